import {describe, expect, it} from "vitest";
import {parseMonth} from "../../loaders/kpi/month.js";

describe("parseMonth", () => {
  it.each([
    ["4", 4],
    ["04", 4],
    ["４", 4],
    ["4月", 4],
    ["４月", 4],
    ["04月", 4],
    [" 12 ", 12],
    ["1", 1],
    ["3月", 3],
    ["１２月", 12]
  ])("reads %j as %i", (raw, month) => {
    expect(parseMonth(raw)).toEqual({ok: true, month});
  });

  it.each(["", "   ", "　", "年間", "通年"])("reads %j as an annual figure (null)", (raw) => {
    expect(parseMonth(raw)).toEqual({ok: true, month: null});
  });

  it.each(["0", "13", "00", "99月"])("refuses %j as outside 1–12", (raw) => {
    const result = parseMonth(raw);
    expect(result).toMatchObject({ok: false, errorType: "constraint-error"});
  });

  it.each(["4.5", "April", "四月", "4月分", "合計", "計", "2024/4", "-4", "123"])("refuses %j as not a month", (raw) => {
    const result = parseMonth(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errorType).toBe("type-error");
      expect(result.reason).toContain(raw);
    }
  });
});
