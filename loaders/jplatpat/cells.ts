// Cells that need only a small clean-up: 要約 and 審判番号 (docs/jplatpat-format.md §4, §4.3).

/** 要約 for display: the gazette's literal `<BR>` becomes a line break and CRLF becomes LF. */
export function cleanAbstract(raw: string): string {
  return raw.replace(/<BR>/gi, "\n").replace(/\r\n?/g, "\n");
}

/** 審判番号 split on the comma; J-PlatPat writes a literal `null` for an empty slot. */
export function splitAppealNumbers(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "" && s.toLowerCase() !== "null");
}
