// The action plan's grouping, colour legend, timing and program links (action-plan.ts), on hand-made measures
// and on the shipped reference table.
import {describe, expect, it} from "vitest";
import {readReferenceTable, splitListCell} from "../../loaders/kpi/reference-table.js";
import {
  agencyStyleOf, filterMeasures, groupMeasures, measureCounts, measureTiming, programsOfMeasure
} from "../../src/components/kpi/action-plan.js";
import type {ActionPlanMeasure, KpiProgram} from "../../src/components/kpi/kpi-types.js";

function measure(measureId: string, sortOrder: number, fields: Partial<ActionPlanMeasure> = {}): ActionPlanMeasure {
  return {
    measureId, parentMeasureId: null, pillar: "I. 基盤整備", section: "1. 連携強化", subsection: null,
    measure: `施策 ${measureId}`, agencies: ["特許庁・INPIT"], timing: null, isNew: false, counterpart2021: null,
    sourcePage: "", sortOrder, ...fields
  };
}

const measures = [
  measure("I-1-a", 1, {timing: "R5fy", isNew: true}),
  measure("I-1-a-1", 2, {parentMeasureId: "I-1-a"}),
  measure("I-1-b", 3, {agencies: ["産業技術環境局", "特許庁・INPIT"], timing: "実施済"}),
  measure("I-2-a", 4, {section: "2. 人材育成", subsection: "(1) 研究者", agencies: ["中小企業庁", "特許庁・INPIT"]}),
  measure("II-1-a", 5, {pillar: "II. 支援の強化", timing: "進行中"})
];

describe("action plan", () => {
  it("colours by the seed's legend: 産業技術環境局 yellow, 中小企業庁 green, else 特許庁・INPIT", () => {
    expect(agencyStyleOf(["産業技術環境局", "特許庁・INPIT"])).toBe("sangi");
    expect(agencyStyleOf(["中小企業庁", "特許庁・INPIT"])).toBe("chusho");
    expect(agencyStyleOf(["特許庁・INPIT"])).toBe("jpo");
  });

  it("reads timing marks, and lets a sub-item inherit its item's", () => {
    expect(measureTiming("R5fy")).toMatchObject({label: "令和5年度（2023年度）", status: "planned", statusLabel: "実施予定"});
    expect(measureTiming("R6fy").label).toBe("令和6年度（2024年度）");
    expect(measureTiming("実施済")).toMatchObject({status: "done", statusLabel: "実施済"});
    expect(measureTiming("進行中")).toMatchObject({label: "進行中", status: "ongoing", statusLabel: "実施中"});
    expect(measureTiming(null, "R5fy")).toMatchObject({status: "planned", inherited: true});
    expect(measureTiming(null)).toMatchObject({label: "記載なし", status: "unspecified", inherited: false});
  });

  it("groups by pillar, section and subsection with sub-items under their item", () => {
    const pillars = groupMeasures(measures);
    expect(pillars.map((p) => p.pillar)).toEqual(["I. 基盤整備", "II. 支援の強化"]);
    expect(pillars[0]!.sections.map((s) => s.section)).toEqual(["1. 連携強化", "2. 人材育成"]);
    const first = pillars[0]!.sections[0]!.subsections[0]!;
    expect(first.subsection).toBeNull();
    expect(first.items.map((i) => [i.measure.measureId, i.children.map((c) => c.measureId)])).toEqual([
      ["I-1-a", ["I-1-a-1"]],
      ["I-1-b", []]
    ]);
    expect(pillars[0]!.sections[1]!.subsections[0]!.subsection).toBe("(1) 研究者");
  });

  it("filters by agency and novelty; an orphaned sub-item stands on its own", () => {
    const onlyNew = filterMeasures(measures, {styles: new Set(["sangi", "chusho", "jpo"]), newOnly: true});
    expect(onlyNew.map((m) => m.measureId)).toEqual(["I-1-a"]);
    const jpoNotNew = filterMeasures(measures, {styles: new Set(["jpo"]), newOnly: false}).filter((m) => !m.isNew);
    const pillars = groupMeasures(jpoNotNew);
    expect(pillars[0]!.sections[0]!.subsections[0]!.items.map((i) => i.measure.measureId)).toEqual(["I-1-a-1"]);
  });

  it("links programs to measures in program order", () => {
    const programs: KpiProgram[] = [
      {programId: "seminar", name: "研修・セミナー", agency: "", description: "", sortOrder: 9},
      {programId: "madoguchi", name: "知財総合支援窓口", agency: "", description: "", sortOrder: 1}
    ];
    const links = [
      {programId: "seminar", measureId: "I-1-a"},
      {programId: "madoguchi", measureId: "I-1-a"},
      {programId: "madoguchi", measureId: "II-1-a"}
    ];
    expect(programsOfMeasure("I-1-a", links, programs).map((p) => p.programId)).toEqual(["madoguchi", "seminar"]);
    expect(programsOfMeasure("I-1-b", links, programs)).toEqual([]);
  });

  it("counts measures per pillar and agency", () => {
    expect(measureCounts(measures).filter((c) => c.count > 0).map((c) => [c.pillar, c.style, c.count])).toEqual([
      ["I. 基盤整備", "sangi", 1],
      ["I. 基盤整備", "chusho", 1],
      ["I. 基盤整備", "jpo", 2],
      ["II. 支援の強化", "jpo", 1]
    ]);
  });

  it("covers the shipped plan: every timing mark is understood, both pillars and all three colours appear", () => {
    const rows = readReferenceTable("action-plan-measures.csv", ["measure_id", "agencies", "timing", "pillar"]);
    for (const row of rows) {
      if (row.timing) expect(measureTiming(row.timing).status, row.timing).not.toBe("unspecified");
    }
    expect(new Set(rows.map((r) => r.pillar)).size).toBe(2);
    const styles = new Set(rows.map((r) => agencyStyleOf(splitListCell(r.agencies!))));
    expect(styles).toEqual(new Set(["sangi", "chusho", "jpo"]));
  });
});
