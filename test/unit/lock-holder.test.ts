import {describe, expect, it} from "vitest";
import {describeCommandLine, formatLockHolder, lockHolderOf} from "../../loaders/warehouse/lock-holder.js";

describe("the process that holds the warehouse", () => {
  it("names our own commands as the user typed them", () => {
    expect(describeCommandLine(["/usr/bin/node", "/home/u/atlas/loaders/cli/launch.mjs", "chizai", "sql", "--db", "x"])).toBe("chizai sql");
    expect(describeCommandLine(["node", "--import", "tsx", "loaders/cli/chizai.ts", "names", "import", "--db", "x", "a.csv"])).toBe(
      "chizai names import"
    );
    expect(describeCommandLine(["C:\\node\\node.exe", "C:\\atlas\\loaders\\cli\\launch.mjs", "start"])).toBe("npm start");
    expect(describeCommandLine(["node", "/a/.build/cli-x/ingest.mjs", "file.csv"])).toBe("npm run ingest");
    expect(describeCommandLine(["node", "/p/node_modules/tsx/dist/cli.mjs", "/p/src/data/overview.json.ts"])).toBe(
      "the site's data loader for overview.json"
    );
  });

  it("shows another program without its folders, escaped and cut short", () => {
    expect(describeCommandLine(["/usr/local/bin/duckdb", "-readonly", "/data/atlas.duckdb"])).toBe("duckdb -readonly atlas.duckdb");
    expect(describeCommandLine(["evil\u001b]0;x"])).toBe("evil\\x1b]0;x");
    expect(describeCommandLine(["python3", "-c", "y".repeat(200)])!.length).toBe(80);
    expect(describeCommandLine([])).toBeNull();
  });

  it("reads the PID from DuckDB's message and the command of a live process", () => {
    const holder = lockHolderOf(`IO Error: Could not set lock on file "x": Conflicting lock is held in /usr/bin/node (PID ${process.pid})`);
    expect(holder.pid).toBe(process.pid);
    if (process.platform === "linux") expect(holder.command).not.toBeNull();
    expect(formatLockHolder(holder)).toMatch(new RegExp(`^another process \\(PID ${process.pid}`));
    expect(lockHolderOf("Could not set lock")).toEqual({pid: null, command: null});
    expect(formatLockHolder({pid: null, command: null})).toBe("another process");
  });
});
