// `npm run chizai -- ARGS` as a real process from the TypeScript sources, with CHIZAI_DB cleared so that only the
// test's own --db counts.
import {spawnSync} from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function chizai(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
