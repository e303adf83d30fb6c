import {describe, expect, it} from "vitest";
import {parseKpiNumber} from "../../loaders/kpi/number.js";

describe("parseKpiNumber for counts (件)", () => {
  it.each([
    ["1234", 1234],
    ["1,234", 1234],
    ["１，２３４", 1234],
    ["１２３４", 1234],
    [" 1234 ", 1234],
    ["1234件", 1234],
    ["1,234 件", 1234],
    ["12,345,678", 12345678],
    ["0", 0],
    ["+5", 5],
    ["12.0", 12],
    ["007", 7]
  ])("reads %j as %d", (raw, value) => {
    expect(parseKpiNumber(raw, "件")).toEqual({ok: true, value, note: null});
  });

  it.each(["", "  ", "　"])("reads %j as no figure", (raw) => {
    expect(parseKpiNumber(raw, "件")).toEqual({ok: true, value: null, note: null});
  });

  it.each(["-", "－", "―", "‐", "−", "ー", "--"])("reads the dash %j as no figure, with a note", (raw) => {
    const result = parseKpiNumber(raw, "件");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toBeNull();
      expect(result.note).toMatch(/no figure/);
    }
  });

  it.each(["△1,000", "▲1,000", "-5", "−5", "－5", "△ 3"])("refuses the negative count %j", (raw) => {
    const result = parseKpiNumber(raw, "件");
    expect(result).toMatchObject({ok: false, errorType: "constraint-error"});
    if (!result.ok) expect(result.reason).toMatch(/negative/);
  });

  it.each(["12.5", "0.5", "1,234.5"])("refuses the fractional count %j", (raw) => {
    expect(parseKpiNumber(raw, "件")).toMatchObject({ok: false, errorType: "constraint-error"});
  });

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#n/a"])("refuses the Excel error %j, asking for a fix", (raw) => {
    const result = parseKpiNumber(raw, "件");
    expect(result).toMatchObject({ok: false, errorType: "type-error"});
    if (!result.ok) expect(result.reason).toMatch(/Excel error/);
  });

  it.each(["2.02012E+09", "1E+15", "1.5e3", "２．０２Ｅ＋０９"])("refuses scientific notation %j", (raw) => {
    const result = parseKpiNumber(raw, "件");
    expect(result).toMatchObject({ok: false, errorType: "type-error"});
    if (!result.ok) expect(result.reason).toMatch(/scientific/);
  });

  it.each(["abc", "1,23", "12,34,567", "1.2.3", "1 234", "(1,000)", "△", "12.5%", "5人", "1234円", "百", "1,234,", "."])(
    "refuses %j as not a count in 件",
    (raw) => {
      expect(parseKpiNumber(raw, "件")).toMatchObject({ok: false, errorType: "type-error"});
    }
  );

  it("accepts the metric's own unit and refuses another", () => {
    expect(parseKpiNumber("30人", "人")).toMatchObject({ok: true, value: 30});
    expect(parseKpiNumber("30人", "社")).toMatchObject({ok: false, errorType: "type-error"});
    expect(parseKpiNumber("3機関", "機関")).toMatchObject({ok: true, value: 3});
  });

  it("refuses a number too large to be exact", () => {
    expect(parseKpiNumber("99999999999999999999", "件")).toMatchObject({ok: false, errorType: "type-error"});
  });
});

describe("parseKpiNumber for percentages (%)", () => {
  it.each([
    ["12.5", 12.5],
    ["12.5%", 12.5],
    ["１２．５％", 12.5],
    ["85", 85],
    ["100%", 100],
    ["0", 0]
  ])("reads %j as %d", (raw, value) => {
    expect(parseKpiNumber(raw, "%")).toEqual({ok: true, value, note: null});
  });

  it.each(["120%", "100.1", "△5", "-0.5%"])("refuses %j as outside 0–100", (raw) => {
    expect(parseKpiNumber(raw, "%")).toMatchObject({ok: false, errorType: "constraint-error"});
  });

  it("refuses a count unit on a percentage", () => {
    expect(parseKpiNumber("85件", "%")).toMatchObject({ok: false, errorType: "type-error"});
  });
});

it("throws on a unit the project does not know (a reference data bug, not a row error)", () => {
  expect(() => parseKpiNumber("1", "ダース")).toThrow(RangeError);
});
