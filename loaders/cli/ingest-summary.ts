// Human-readable lines for an ingest run: one per file, the first rejects of each file, and a total. Everything
// taken from the file (its path, collection, reasons that quote a cell) is escaped for the terminal.

import type {FileReport} from "../ingest/ingest-file.js";
import type {RunTotals} from "../ingest/ingest-run.js";
import {terminalLines, terminalText} from "./terminal-text.js";

const number = new Intl.NumberFormat("ja-JP");
const REJECTS_SHOWN = 5;

export function formatFileReport(report: FileReport): string {
  const seconds = `${(report.durationMs / 1000).toFixed(2)} s`;
  const filePath = terminalText(report.path);
  // A refusal message has lines of its own and quotes the file (its header); a skip names an earlier file.
  const message = indent(terminalLines(report.message ?? ""));
  if (report.status === "refused") return `✗ ${filePath}\n    refused: ${message}`;
  if (report.status === "skipped") return `= ${filePath}\n    ${message}`;
  const counts =
    `read ${number.format(report.rowsRead)}  loaded ${number.format(report.rowsLoaded)}  ` +
    `merged ${number.format(report.rowsMerged)}  rejected ${number.format(report.rowsRejected)}` +
    (report.rowsSuperseded ? `  superseded ${number.format(report.rowsSuperseded)}` : "");
  const collection = terminalText(report.collection);
  const about = `${report.kind}, ${report.encoding}, ${report.columnCount} columns, collection "${collection}", ${seconds}`;
  const lines = [`✓ ${filePath}`, `    ${counts}`, `    (${about})`];
  for (const warning of report.warnings) lines.push(`    note: ${terminalText(warning)}`);
  for (const reject of report.rejects.slice(0, REJECTS_SHOWN)) {
    const span = reject.lineStart === reject.lineEnd ? `line ${reject.lineStart}` : `lines ${reject.lineStart}–${reject.lineEnd}`;
    lines.push(`    rejected ${span}: ${reject.errorType}: ${terminalText(reject.reason)}`);
  }
  if (report.rejects.length > REJECTS_SHOWN) {
    lines.push(`    … ${report.rejects.length - REJECTS_SHOWN} more rejected rows (npm run chizai -- rejects --batch ${report.batchId})`);
  }
  return lines.join("\n");
}

export function formatTotals(totals: RunTotals): string {
  const parts = [
    `${totals.files} files: ${totals.loaded} loaded, ${totals.skipped} already ingested, ${totals.refused} refused`,
    `rows read ${number.format(totals.rowsRead)} = loaded ${number.format(totals.rowsLoaded)} + merged ` +
      `${number.format(totals.rowsMerged)} + rejected ${number.format(totals.rowsRejected)}`,
    `${(totals.durationMs / 1000).toFixed(2)} s`
  ];
  return `Total: ${parts.join("; ")}`;
}

function indent(text: string): string {
  return text.replace(/\n/g, "\n    ");
}
