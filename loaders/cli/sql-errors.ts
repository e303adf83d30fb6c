// What chizai sql says when a statement fails. DuckDB's own message is kept (it points at the mistake); a write is
// explained, because the shell opens the warehouse read-only on purpose and the user should know where writes go.

import {terminalText} from "./terminal-text.js";

export function describeSqlError(error: unknown): string {
  // Line by line: DuckDB's parser errors span lines (the statement, then a caret under the mistake).
  const raw = (error instanceof Error ? error.message : String(error)).replace(/^Failed to extract statements: /, "");
  const message = raw.split("\n").map(terminalText).join("\n");
  if (/read-only mode/i.test(message)) {
    return (
      `chizai sql opens the warehouse read-only, so it cannot change it (${message}). ` +
      `Files are added with npm run ingest, applicant names changed with npm run chizai -- names.`
    );
  }
  return message;
}
