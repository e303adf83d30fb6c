// The bundled support-record sample: the committed file is what the generator writes, and every row of it loads.
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {loadKpiLookups} from "../../loaders/kpi/kpi-lookups.js";
import {readSupportFile} from "../../loaders/support/read-support-file.js";
import {generateSupportSample, SUPPORT_SAMPLE_FILE} from "../../loaders/sample/support-sample.js";
import {decodeBytes} from "../../loaders/text/decode.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the support-record sample", () => {
  it("is committed exactly as the generator writes it (regenerate with npx tsx loaders/cli/support-sample.ts)", () => {
    const committed = fs.readFileSync(path.join(ROOT, "data/sample/support", SUPPORT_SAMPLE_FILE));
    expect(Buffer.from(generateSupportSample().bytes).equals(committed)).toBe(true);
  });

  it("loads every row, names only fictional (架空) companies and gives no 法人番号", () => {
    const decoded = decodeBytes(generateSupportSample().bytes);
    expect(decoded.encoding).toBe("utf-8");
    const file = readSupportFile(decoded.text, loadKpiLookups());
    expect(file?.rejects).toEqual([]);
    expect(file?.records.length).toBeGreaterThan(10);
    for (const record of file!.records) {
      expect(record.companyRaw).toContain("架空");
      expect(record.corporateNumber).toBeNull();
    }
  });
});
