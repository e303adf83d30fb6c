// @vitest-environment jsdom
import {afterEach, describe, expect, test, vi} from "vitest";
import {downloadBlob, safeFileName} from "../../src/components/download.js";

describe("safeFileName", () => {
  test("keeps Japanese and replaces characters Windows forbids", () => {
    expect(safeFileName("出願件数_年度・区分別", "csv")).toBe("出願件数_年度・区分別.csv");
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j', ".svg")).toBe("a_b_c_d_e_f_g_h_i_j.svg");
  });

  test("drops trailing dots and spaces, renames reserved device names, never returns an empty stem", () => {
    expect(safeFileName("report. . ", "png")).toBe("report.png");
    expect(safeFileName("CON", "csv")).toBe("CON_.csv");
    expect(safeFileName("  ", "csv")).toBe("chizai-atlas.csv");
  });

  test("limits the length", () => {
    expect(Array.from(safeFileName("特".repeat(300), "csv")).length).toBe(104);
  });
});

describe("downloadBlob", () => {
  afterEach(() => vi.restoreAllMocks());

  test("clicks a temporary <a download> pointing at a blob URL", () => {
    const createObjectURL = vi.fn(() => "blob:http://localhost/1");
    Object.assign(URL, {createObjectURL, revokeObjectURL: vi.fn()});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadBlob(new Blob(["x"]), "a.csv");
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("a.csv");
    expect(clicked[0]!.href).toBe("blob:http://localhost/1");
    expect(document.querySelectorAll("a").length).toBe(0);
  });
});
