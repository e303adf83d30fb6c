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
