// Two processes and one warehouse file: DuckDB allows one writer or many readers. The second comer waits a
// bounded time, then fails with a message that says what is going on, never with a stack trace.
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import path from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {fixture, ingest, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let holder: ChildProcess | null = null;

afterEach(() => {
  holder?.kill("SIGKILL");
  holder = null;
});

/** Starts a process that opens the warehouse (read-write or read-only) and keeps it open until killed. */
function holdWarehouse(db: string, readOnly: boolean): Promise<void> {
  const script = `
    import {openWarehouse} from "./loaders/warehouse/connection.ts";
    await openWarehouse(${JSON.stringify(db)}, {readOnly: ${readOnly}});
    console.log("holding");
    setInterval(() => {}, 1000);`;
  holder = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {cwd: ROOT});
  return new Promise((resolve, reject) => {
    holder!.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("holding") && resolve());
    holder!.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

function runIngest(db: string, file: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/ingest.ts", "--db", db, file], {
    cwd: ROOT, encoding: "utf8", env: {...process.env, CHIZAI_LOCK_TIMEOUT_MS: "600"}
  });
}

describe("warehouse locking", () => {
  it("an ingest while a reader holds the warehouse waits, then fails with a clear message", async () => {
    const db = tempWarehouse("lock-reader");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    await holdWarehouse(db, true);
    const result = runIngest(db, fixture("jplatpat/status-15col.csv"));
    expect(result.status).toBe(1);
    // It says at once what it waits for, then gives up with the same holder named.
    const holderName = `another process \\(PID ${holder!.pid}, node --import tsx --input-type=module -e`;
    expect(result.stderr).toMatch(new RegExp(`^waiting: ${holderName}.* has the warehouse open…\\n`));
    expect(result.stderr).toMatch(new RegExp(`\\nerror: the warehouse .* is busy: ${holderName}.* has it open\\. Wait for .* and try again\\.\\n$`));
  });

  it("an ingest while a SQL shell is left open names the shell, and succeeds once the shell is closed", async () => {
    const db = tempWarehouse("lock-shell");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const shell = spawn(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "sql", "--db", db], {cwd: ROOT});
    holder = shell;
    await new Promise<void>((resolve, reject) => {
      shell.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("open") && resolve());
      shell.on("exit", (code) => reject(new Error(`the shell exited with ${code}`)));
      shell.stdin!.write("SELECT 'open' AS shell;\n");
    });
    const busy = runIngest(db, fixture("jplatpat/status-15col.csv"));
    expect(busy.status).toBe(1);
    expect(busy.stderr).toMatch(new RegExp(`^waiting: another process \\(PID ${shell.pid}, chizai sql\\) has the warehouse open…\\n`));
    expect(busy.stderr).toContain(`is busy: another process (PID ${shell.pid}, chizai sql) has it open.`);
    const exited = new Promise((resolve) => shell.on("exit", resolve));
    shell.stdin!.end(".quit\n");
    await exited;
    expect(runIngest(db, fixture("jplatpat/status-15col.csv")).status).toBe(0);
  });

  it("a reader while an ingest holds the warehouse fails the same way", async () => {
    const db = tempWarehouse("lock-writer");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    await holdWarehouse(db, false);
    const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "status", "--db", db], {
      cwd: ROOT, encoding: "utf8", env: {...process.env, CHIZAI_LOCK_TIMEOUT_MS: "600"}
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is busy: .* has it open for writing\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("works again once the holder is gone", async () => {
    const db = tempWarehouse("lock-released");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    await holdWarehouse(db, true);
    holder!.kill("SIGKILL");
    await new Promise((resolve) => holder!.on("exit", resolve));
    expect(runIngest(db, fixture("jplatpat/status-15col.csv")).status).toBe(0);
  });
});
