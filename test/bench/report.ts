// Printing benchmark figures: a table per section, and one line per target with its verdict.

export interface BenchResult {
  name: string;
  value: number;
  target: number;
  unit: string;
  pass: boolean;
}

const number = new Intl.NumberFormat("en-US");

export const formatNumber = (n: number) => number.format(n);
export const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function printTable(title: string, rows: Array<[string, string, string]>): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${title}`);
  for (const [label, value, note] of rows) console.log(`  ${label.padEnd(width)}  ${value.padStart(10)}  ${note}`);
}

export function printTargets(results: readonly BenchResult[]): void {
  console.log("\nTargets");
  for (const r of results) {
    const value = r.unit === "ms" ? formatMs(r.value) : `${r.value.toFixed(2)} ${r.unit}`;
    const target = r.unit === "ms" ? formatMs(r.target) : `${r.target} ${r.unit}`;
    console.log(`  ${r.pass ? "✓" : "✗"} ${r.name}: ${value} (target ${r.unit === "×" ? "≤" : "<"} ${target})`);
  }
}
