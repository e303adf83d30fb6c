// 法人番号 check digits, against numbers 国税庁 publishes on its 法人番号公表サイト.
import {describe, expect, it} from "vitest";
import {corporateCheckDigit, isValidCorporateNumber, parseCorporateNumber} from "../../loaders/support/corporate-number.js";

// Published numbers: 国税庁 itself, トヨタ自動車株式会社, ソニーグループ株式会社.
const PUBLISHED = ["7000012050002", "1180301018771", "5010401067252"];

describe("the 法人番号 check digit", () => {
  it("agrees with published numbers", () => {
    for (const number of PUBLISHED) {
      expect(corporateCheckDigit(number.slice(1)), number).toBe(Number(number[0]));
      expect(isValidCorporateNumber(number), number).toBe(true);
    }
  });

  it("catches a changed digit and two swapped neighbours", () => {
    expect(isValidCorporateNumber("7000012050003")).toBe(false);
    expect(isValidCorporateNumber("6000012050002")).toBe(false);
    // 1180301018771 with its last two digits swapped: weights 1 and 2 make the swap visible.
    expect(isValidCorporateNumber("1180301018717")).toBe(false);
  });

  it("is 9 when the weighted sum is a multiple of 9 (never 0)", () => {
    expect(corporateCheckDigit("000000000000")).toBe(9);
    expect(corporateCheckDigit("000000000009")).toBe(9);
  });
});

describe("a 法人番号 cell", () => {
  it("reads full-width digits, hyphens and spaces as the same number; empty is no number", () => {
    expect(parseCorporateNumber("７００００１２０５０００２")).toEqual({ok: true, corporateNumber: "7000012050002"});
    expect(parseCorporateNumber("7-0000-1205-0002")).toEqual({ok: true, corporateNumber: "7000012050002"});
    expect(parseCorporateNumber(" 1180 3010 1877 1 ")).toEqual({ok: true, corporateNumber: "1180301018771"});
    expect(parseCorporateNumber("")).toEqual({ok: true, corporateNumber: null});
  });

  it("refuses a wrong check digit, a wrong length and anything not a number, saying why", () => {
    const wrong = parseCorporateNumber("7000012050003");
    expect(wrong).toMatchObject({ok: false, errorType: "constraint-error"});
    expect(wrong.ok || wrong.reason).toMatch(/check digit 7 should be 6/);
    const short = parseCorporateNumber("180301018771");
    expect(short.ok || short.reason).toMatch(/has 12 digits: a 法人番号 has 13/);
    expect(parseCorporateNumber("1.18E+12")).toMatchObject({ok: false, errorType: "type-error"});
  });
});
