import {describe, expect, it} from "vitest";
import {
  createProgramCatalogue,
  loadProgramCatalogue,
  type Program,
  type ProgramMetric
} from "../../loaders/kpi/program-catalogue.js";
import {ReferenceDataError} from "../../loaders/kpi/reference-table.js";

const catalogue = loadProgramCatalogue();

describe("program lookup over data/reference/programs.csv", () => {
  it.each([
    ["知財総合支援窓口", "madoguchi"],
    ["madoguchi", "madoguchi"],
    ["MADOGUCHI", "madoguchi"],
    ["知財総合支援窓口 ", "madoguchi"],
    ["知財総合　支援窓口", "madoguchi"],
    ["窓口", "madoguchi"],
    ["IPAS", "ipas"],
    ["ＩＰＡＳ", "ipas"],
    ["ipas", "ipas"],
    ["IPAS（スタートアップ支援）", "ipas"],
    ["知財Gメン", "torihiki_tekiseika"],
    ["知財Ｇメン", "torihiki_tekiseika"],
    ["外国出願補助金", "kaigai"],
    ["加速的支援", "kasokuteki"]
  ])("resolves %j to %s", (cell, id) => {
    expect(catalogue.resolveProgram(cell)?.id).toBe(id);
  });

  it.each(["知財総合支援", "支援窓口", "IPA", "", "相談件数", "よろず支援拠点"])("does not guess the program %j", (cell) => {
    expect(catalogue.resolveProgram(cell)).toBeNull();
  });

  it("resolves every program by its id, name and each alias", () => {
    for (const program of catalogue.programs) {
      for (const spelling of [program.id, program.name, ...program.aliases]) {
        expect(catalogue.resolveProgram(spelling)).toBe(program);
      }
    }
  });
});

describe("metric lookup within a program", () => {
  it.each([
    ["madoguchi", "相談件数", "consultations"],
    ["madoguchi", "窓口相談件数", "consultations"],
    ["madoguchi", "相談数", "consultations"],
    ["madoguchi", "consultations", "consultations"],
    ["madoguchi", "専門家活用件数", "expert_support"],
    ["madoguchi", "よろず支援拠点との連携件数", "yorozu_collaboration"],
    ["madoguchi", "連携件数", "yorozu_collaboration"],
    ["torihiki_tekiseika", "連携件数", "kakekomi_collaboration"],
    ["seminar", "満足度（％）", "seminar_satisfaction"]
  ])("in %s resolves %j to %s", (programId, cell, id) => {
    expect(catalogue.resolveMetric(programId, cell)?.id).toBe(id);
  });

  it("does not find a metric of another program", () => {
    expect(catalogue.resolveMetric("madoguchi", "参加者数")).toBeNull();
    expect(catalogue.resolveMetric("seminar", "相談件数")).toBeNull();
    expect(catalogue.resolveMetric("no_such_program", "相談件数")).toBeNull();
    expect(catalogue.resolveMetric("madoguchi", "")).toBeNull();
  });

  it("resolves every metric by its id, name and each alias within its own program", () => {
    for (const metric of catalogue.metrics) {
      for (const spelling of [metric.id, metric.name, ...metric.aliases]) {
        expect(catalogue.resolveMetric(metric.programId, spelling)).toBe(metric);
      }
    }
  });

  it("derives the kind of number from the unit", () => {
    expect(catalogue.metric("consultations")?.valueKind).toBe("count");
    expect(catalogue.metric("seminar_satisfaction")?.valueKind).toBe("percent");
    for (const metric of catalogue.metrics) expect(metric.valueKind).toBe(metric.unit === "%" ? "percent" : "count");
  });

  it("lists metrics per program in sort order", () => {
    const ids = catalogue.metricsOf("madoguchi").map((m) => m.id);
    expect(ids).toEqual(["consultations", "expert_support", "yorozu_collaboration"]);
  });
});

describe("createProgramCatalogue refuses ambiguous reference data", () => {
  const program = (id: string, name: string, aliases: string[] = []): Program => ({
    id,
    name,
    agency: "特許庁・INPIT",
    description: "",
    aliases,
    sortOrder: 1
  });
  const metric = (id: string, programId: string, name: string, aliases: string[] = []): ProgramMetric => ({
    id,
    programId,
    name,
    unit: "件",
    valueKind: "count",
    aliases,
    description: "",
    sortOrder: 1
  });

  it("when two programs share an alias", () => {
    expect(() => createProgramCatalogue([program("a", "甲", ["共通"]), program("b", "乙", ["共通"])], [])).toThrow(
      ReferenceDataError
    );
  });

  it("when two programs differ only in width or case", () => {
    expect(() => createProgramCatalogue([program("a", "ＡＢＣ"), program("b", "abc")], [])).toThrow(ReferenceDataError);
  });

  it("when two metrics of one program share a spelling, but not across programs", () => {
    const programs = [program("a", "甲"), program("b", "乙")];
    expect(() => createProgramCatalogue(programs, [metric("m1", "a", "件数"), metric("m2", "a", "数", ["件数"])])).toThrow(
      ReferenceDataError
    );
    expect(() => createProgramCatalogue(programs, [metric("m1", "a", "件数"), metric("m2", "b", "件数")])).not.toThrow();
  });

  it("when a metric id repeats or names an unknown program", () => {
    const programs = [program("a", "甲"), program("b", "乙")];
    expect(() => createProgramCatalogue(programs, [metric("m", "a", "x"), metric("m", "b", "y")])).toThrow(/twice/);
    expect(() => createProgramCatalogue(programs, [metric("m", "c", "x")])).toThrow(/unknown program/);
  });
});
