// names import of a large generated dictionary: peak memory and time of the real command, in a process of its own.
// The issue's aim: a peak that does not grow with the file (under 300 MiB). Larger files: --dictionary-rows N
// (1,050,000 rows ≈ 100 MB).

import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {formatMs, formatNumber, printTable, type BenchResult} from "./report.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

export interface NamesBenchOptions {
  workDir: string;
  /** 260,000 rows ≈ 25 MB. */
  rows?: number;
}

export async function runNamesBench({workDir, rows = 260_000}: NamesBenchOptions): Promise<BenchResult[]> {
  const file = path.join(workDir, `dictionary-${rows}.csv`);
  if (!fs.existsSync(file)) writeDictionary(file, rows);
  const db = path.join(workDir, "names-bench.duckdb");
  for (const suffix of ["", ".wal"]) fs.rmSync(db + suffix, {force: true});

  // The command runs as npm run chizai runs it; the wrapper reports the process's peak RSS when it exits.
  const launch = path.join(ROOT, "loaders/cli/launch.mjs");
  const wrapper =
    `process.on("exit", () => console.error("peak-rss-kib " + process.resourceUsage().maxRSS));` +
    `process.argv = [process.argv[0], ${JSON.stringify(launch)}, ...process.argv.slice(1)];` +
    `await import(${JSON.stringify(new URL(`file://${launch}`).href)});`;
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", wrapper, "chizai", "names", "import", "--db", db, file],
    {cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26, env: {...process.env, CHIZAI_DB: ""}}
  );
  const ms = performance.now() - started;
  const peak = /peak-rss-kib (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !peak) throw new Error(`names import failed (${result.status}):\n${result.stderr}`);
  const peakMiB = Number(peak[1]) / 1024;
  const megabytes = fs.statSync(file).size / 1e6;
  printTable("names import (generated dictionary)", [
    ["file", `${megabytes.toFixed(0)} MB`, `${formatNumber(rows)} rows`],
    ["wall time", formatMs(ms), "read, checks, copy into the warehouse, resolution compared"],
    ["peak RSS", `${peakMiB.toFixed(0)} MiB`, "the whole process"]
  ]);
  return [{name: "names import peak memory", value: peakMiB, target: 300, unit: "MiB", pass: peakMiB < 300}];
}

/** Four spellings per entity, a group for every third entity: a file with no errors and no chains. */
function writeDictionary(file: string, rows: number): void {
  const word = (n: number) => {
    let s = "";
    do {
      s += KANA[n % KANA.length];
      n = Math.floor(n / KANA.length);
    } while (n > 0);
    return s;
  };
  const fd = fs.openSync(file, "w");
  try {
    let lines = ["name,entity,group"];
    for (let i = 0; i < rows; i++) {
      const e = Math.floor(i / 4);
      const k = i % 4;
      const name = [`株式会社${word(e)}製作所第${k}工場`, `${word(e)}製作所　第${k}事業所（株）`, `有限会社${word(e)}製作所支店${k}`, `${word(e)}セイサクショ営業部${k}`][k];
      const group = e % 3 === 0 ? `${word(Math.floor(e / 3))}グループ本社` : "";
      lines.push(`${name},${word(e)}ホールディングス株式会社,${group}`);
      if (lines.length === 10_000) {
        fs.writeSync(fd, lines.join("\n") + "\n");
        lines = [];
      }
    }
    fs.writeSync(fd, lines.join("\n") + "\n");
  } finally {
    fs.closeSync(fd);
  }
}
