import {describe, expect, test} from "vitest";
import {ProgressBar} from "../../loaders/cli/progress.js";

/** A terminal that records what is written to it. */
function fakeTerminal(): {stream: NodeJS.WriteStream; written: string[]} {
  const written: string[] = [];
  const stream = {isTTY: true, columns: 200, write: (chunk: string) => written.push(chunk) > 0};
  return {stream: stream as unknown as NodeJS.WriteStream, written};
}

describe("ProgressBar", () => {
  test("redraws with its own CR and erase-line sequence, and shows the file name's control characters escaped", () => {
    const {stream, written} = fakeTerminal();
    const bar = new ProgressBar(2, stream);
    bar.update(0, 0, "data/inbox/a\u001b]0;pwned\u0007\r\u202eb.csv");
    expect(written).toHaveLength(1);
    const line = written[0]!;
    expect(line.startsWith("\r")).toBe(true);
    expect(line.endsWith("\u001b[K")).toBe(true);
    const inner = line.slice(1, -"\u001b[K".length);
    expect(inner).toContain("0/2 files  0 rows  data/inbox/a\\x1b]0;pwned\\x07\\r\\u202eb.csv");
    expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(inner)).toBe(false);
  });

  test("writes nothing when the stream is not a terminal", () => {
    const {stream, written} = fakeTerminal();
    (stream as {isTTY: boolean}).isTTY = false;
    new ProgressBar(2, stream).update(0, 0, "a.csv");
    expect(written).toEqual([]);
  });
});
