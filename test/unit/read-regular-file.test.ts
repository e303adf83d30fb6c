import {execFileSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, test} from "vitest";
import {checkRegularFile, NotARegularFile, readRegularFile} from "../../loaders/files/read-regular-file.js";
import {makeTempDir} from "../support/temp-dir.js";

function refusal(read: () => unknown): NotARegularFile {
  try {
    read();
  } catch (error) {
    if (error instanceof NotARegularFile) return error;
    throw error;
  }
  throw new Error("expected a NotARegularFile refusal");
}

describe("readRegularFile", () => {
  test("reads a regular file whole, up to and including the limit", () => {
    const file = path.join(makeTempDir("regular-file"), "a.csv");
    const bytes = Buffer.from("見出し,列\r\n1,2\r\n".repeat(1000));
    fs.writeFileSync(file, bytes);
    expect(readRegularFile(file, bytes.length).equals(bytes)).toBe(true);
    expect(readRegularFile(file, bytes.length + 1).equals(bytes)).toBe(true);
  });

  test("refuses a file over the limit without reading it, and says how large it is", () => {
    const file = path.join(makeTempDir("regular-file-large"), "big.csv");
    fs.writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 0x61));
    const refused = refusal(() => readRegularFile(file, 2 * 1024 * 1024));
    expect(refused.size).toBe(3 * 1024 * 1024);
    expect(refused.reason).toBe(
      "the file is 3.0 MB, more than the 2.0 MB an input may have: split it into smaller files " +
        "(a J-PlatPat export of 3,000 records is about 4 MB)"
    );
  });

  test("says what a path that is not a regular file is", () => {
    const folder = makeTempDir("regular-file-kinds");
    const fifo = path.join(folder, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    expect(refusal(() => readRegularFile("/dev/zero", 1024)).reason).toMatch(/^it is a character device, not a regular file/);
    expect(refusal(() => readRegularFile(fifo, 1024)).reason).toMatch(/^it is a named pipe \(FIFO\), not a regular file/);
    expect(refusal(() => checkRegularFile(fifo)).reason).toMatch(/^it is a named pipe \(FIFO\)/);
    expect(refusal(() => readRegularFile(folder, 1024)).reason).toMatch(/^it is a folder, not a regular file/);
    expect(refusal(() => readRegularFile(path.join(folder, "none.csv"), 1024)).reason).toBe("no such file");
  });
});
