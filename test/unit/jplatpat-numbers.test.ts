// Test vectors from docs/jplatpat-format.md §4.1 and §4.2.
import {describe, expect, it} from "vitest";
import {parseApplicationNumber} from "../../loaders/jplatpat/application-number.js";
import {parseDocumentNumber} from "../../loaders/jplatpat/document-number.js";
import {parseSlashDate} from "../../loaders/text/slash-date.js";

describe("parseApplicationNumber", () => {
  it.each([
    ["特願平11-367973", "特願", "特許", 1999, 367973, "特願1999-367973"],
    ["特願2021-100093", "特願", "特許", 2021, 100093, "特願2021-100093"],
    ["実願2022-002016", "実願", "実用新案", 2022, 2016, "実願2022-002016"],
    ["特願昭63-012345", "特願", "特許", 1988, 12345, "特願1988-012345"],
    ["特願２０２１－１０００９３", "特願", "特許", 2021, 100093, "特願2021-100093"],
    ["特願2020ー123456", "特願", "特許", 2020, 123456, "特願2020-123456"]
  ])("%s → %s %s %i %i", (raw, prefix, law, year, serial, key) => {
    expect(parseApplicationNumber(raw)).toEqual({raw, prefix, law, year, serial, key});
  });

  it.each(["", "2021-100093", "特開2022-191708", "特願21-100093", "特願2021-ABC", "出願2021-000001", "特願元号11-000001"])(
    "rejects %j",
    (raw) => expect(parseApplicationNumber(raw)).toBeNull()
  );
});

describe("parseDocumentNumber", () => {
  it.each([
    ["特開2022-191708", "特開", 2022, 191708],
    ["特表2023-506519", "特表", 2023, 506519],
    ["再表2019/239461", "再表", 2019, 239461],
    ["再表01/000316", "再表", 2001, 316],
    ["WO2019/239461", "WO", 2019, 239461],
    ["WO98/012345", "WO", 1998, 12345],
    ["特開昭50-051518", "特開", 1975, 51518],
    ["特開平11-123456", "特開", 1999, 123456],
    ["特許7183463", "特許", null, 7183463],
    ["実登3238731", "実登", null, 3238731]
  ])("%s → %s %s %i", (raw, kind, year, serial) => {
    expect(parseDocumentNumber(raw)).toEqual({raw, kind, year, serial});
  });

  it("returns null for empty or unknown shapes (the raw text is kept by the caller)", () => {
    expect(parseDocumentNumber("")).toBeNull();
    expect(parseDocumentNumber("特許第7123456号")).toBeNull();
    expect(parseDocumentNumber("US2020/123456")).toBeNull();
  });
});

describe("parseSlashDate", () => {
  it("reads J-PlatPat dates and Excel's re-saved forms", () => {
    expect(parseSlashDate("2021/06/16")).toEqual({ok: true, iso: "2021-06-16"});
    expect(parseSlashDate("2021/6/1")).toEqual({ok: true, iso: "2021-06-01"});
    expect(parseSlashDate("2021-06-16")).toEqual({ok: true, iso: "2021-06-16"});
    expect(parseSlashDate("２０２１／０６／１６")).toEqual({ok: true, iso: "2021-06-16"});
    expect(parseSlashDate("2024/02/29")).toEqual({ok: true, iso: "2024-02-29"});
  });

  it("tells an impossible date (constraint-error) from text that is not a date (type-error)", () => {
    expect(parseSlashDate("2021/02/30")).toMatchObject({ok: false, errorType: "constraint-error"});
    expect(parseSlashDate("2023/02/29")).toMatchObject({ok: false, errorType: "constraint-error"});
    expect(parseSlashDate("2022/13/01")).toMatchObject({ok: false, errorType: "constraint-error"});
    expect(parseSlashDate("令和3年6月16日")).toMatchObject({ok: false, errorType: "type-error"});
    expect(parseSlashDate("20210616")).toMatchObject({ok: false, errorType: "type-error"});
  });
});
