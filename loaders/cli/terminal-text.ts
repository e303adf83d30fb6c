// Text from data (file and collection names, a reject's raw line, an applicant's name) printed to a terminal.
// A control character in it would act instead of showing: ESC starts a sequence that can retitle the terminal or
// recolour the output, CR returns to the start of the line and lets the rest overwrite what was printed ("✓"),
// a bidi override reverses what follows. Every such character is shown as an escape (\x1b, \r, \u202e) instead.
// Callers escape each value taken from data, never the whole message, so their own newlines keep working.

// C0 controls, DEL, C1 controls, and the Unicode bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = {"\n": "\\n", "\r": "\\r", "\t": "\\t"};

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `value` with every control character shown as a visible escape; printable text (Japanese included) unchanged. */
export function terminalText(value: string): string {
  return value.replace(UNSAFE, escapeOne);
}

/**
 * Text of several lines that carries values from data it did not escape itself (a refusal that quotes a header, an
 * error from DuckDB or Node that quotes a path, a reject's raw lines): each line escaped, the line breaks kept (a
 * CRLF as a plain line break).
 */
export function terminalLines(text: string): string {
  return text.split(/\r?\n/).map(terminalText).join("\n");
}

// JSON.stringify escapes C0 controls itself (U+001B becomes \u001b) but writes DEL, the C1 controls and the bidi
// characters as they are. Inside a JSON string they may be written as \uXXXX escapes instead, which JSON.parse turns
// back into the same text: the output stays valid JSON that means exactly the same, and none of them reaches the
// terminal raw. They only ever occur inside strings, since everything else in JSON text is ASCII.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, 2)` with every character that could act on a terminal written as a \uXXXX escape. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, unicodeEscape);
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
