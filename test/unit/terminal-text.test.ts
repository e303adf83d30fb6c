import {describe, expect, test} from "vitest";
import {terminalText} from "../../loaders/cli/terminal-text.js";

describe("terminalText", () => {
  test("shows control characters as escapes", () => {
    expect(terminalText("a\u001b]0;pwned\u0007b")).toBe("a\\x1b]0;pwned\\x07b");
    expect(terminalText("bad.csv\r✓ ok.csv")).toBe("bad.csv\\r✓ ok.csv");
    expect(terminalText("line1\nline2\tx")).toBe("line1\\nline2\\tx");
    expect(terminalText("\u009b31m")).toBe("\\x9b31m");
    expect(terminalText("abc\u202edef")).toBe("abc\\u202edef");
    expect(terminalText("\u007f")).toBe("\\x7f");
  });

  test("leaves printable text alone, Japanese and full-width forms included", () => {
    const text = "株式会社ＡＢＣ　テスト・〒100-0001 (1/2) \"quoted\" 😀";
    expect(terminalText(text)).toBe(text);
  });

  test("the result never contains a control character", () => {
    const every = Array.from({length: 0x2070}, (_, i) => String.fromCharCode(i)).join("");
    expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(terminalText(every))).toBe(false);
  });
});
