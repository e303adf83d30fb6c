import {describe, expect, test} from "vitest";
import {terminalJson, terminalLines, terminalText} from "../../loaders/cli/terminal-text.js";

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

describe("terminalLines", () => {
  test("escapes each line and keeps the line breaks, a CRLF as a plain one", () => {
    expect(terminalLines("first \u001b[2J\r\nsecond\rthird\n\u202eback")).toBe("first \\x1b[2J\nsecond\\rthird\n\\u202eback");
    expect(terminalLines("a\n")).toBe("a\n");
  });
});

describe("terminalJson", () => {
  const hostile = {name: "a\u001b]0;x\u0007\r\u202eb\u2066c\u0085d\u007fe", nested: ["\u202d", 1, null]};

  test("writes DEL, C1 and bidi characters as \\u escapes, on top of what JSON.stringify escapes itself", () => {
    const json = terminalJson(hostile);
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(json)).toBe(false);
    expect(json).toContain("a\\u001b]0;x\\u0007\\r\\u202eb\\u2066c\\u0085d\\u007fe");
  });

  test("is valid JSON that means exactly what JSON.stringify would have written", () => {
    expect(JSON.parse(terminalJson(hostile))).toEqual(hostile);
    const plain = {file: "株式会社ＡＢＣ.csv", rows: [1, 2], ok: true};
    expect(terminalJson(plain)).toBe(JSON.stringify(plain, null, 2));
  });
});
