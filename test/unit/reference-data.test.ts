// Checks the hand-kept tables in data/reference/ against each other, against landscape-and-kpi.md §5 and against
// the action plan text in the shared seed (when that folder is beside the repository, as in CI).

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {readPrefectures} from "../../loaders/kpi/prefecture.js";
import {AGENCIES, readProgramMetrics, readPrograms} from "../../loaders/kpi/program-catalogue.js";
import {readReferenceTable, splitListCell} from "../../loaders/kpi/reference-table.js";

const prefectures = readPrefectures();
const bureaus = readReferenceTable("bureaus.csv", ["bureau", "name", "seat", "sort_order", "source"]);
const programs = readPrograms();
const metrics = readProgramMetrics();
const measures = readReferenceTable("action-plan-measures.csv", [
  "measure_id",
  "parent_measure_id",
  "pillar",
  "section",
  "subsection",
  "measure",
  "agencies",
  "timing",
  "is_new",
  "counterpart_2021",
  "source_page",
  "sort_order"
]);
const links = readReferenceTable("program-measures.csv", ["program_id", "measure_id"]);

const PILLARS = {I: "I. 知財経営支援の基盤整備", II: "II. 知財経営支援の強化"} as const;
const TIMINGS = ["", "R5fy", "R6fy", "実施済", "実施中", "進行中"];

function namesIn(bureau: string): string[] {
  return prefectures.filter((p) => p.bureau === bureau).map((p) => p.shortName);
}

describe("prefectures.csv", () => {
  it("has the 47 prefectures with unique JIS codes 01–47", () => {
    expect(prefectures).toHaveLength(47);
    const codes = prefectures.map((p) => p.code).sort();
    expect(codes).toEqual(Array.from({length: 47}, (_, i) => String(i + 1).padStart(2, "0")));
  });

  it("has unique names, short names and romaji; the short name drops 都/府/県 except for 北海道", () => {
    for (const key of ["name", "shortName", "nameRomaji"] as const) {
      expect(new Set(prefectures.map((p) => p[key])).size).toBe(47);
    }
    for (const p of prefectures) {
      if (p.name === "北海道") expect(p.shortName).toBe("北海道");
      else expect(p.name).toBe(`${p.shortName}${p.name.slice(-1)}`), expect("都府県").toContain(p.name.slice(-1));
      expect(p.nameRomaji).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(prefectures.filter((p) => p.name.endsWith("府")).map((p) => p.shortName).sort()).toEqual(["京都", "大阪"].sort());
    expect(prefectures.filter((p) => p.name.endsWith("都")).map((p) => p.shortName)).toEqual(["東京"]);
  });

  it("puts every prefecture in one of the 9 blocks of bureaus.csv", () => {
    const blocks = new Set(bureaus.map((b) => b.bureau));
    expect(blocks.size).toBe(9);
    for (const p of prefectures) expect(blocks).toContain(p.bureau);
    expect(new Set(prefectures.map((p) => p.bureau)).size).toBe(9);
  });

  it("follows the METI block quirks of landscape-and-kpi.md §5", () => {
    expect(namesIn("関東")).toHaveLength(11);
    expect(namesIn("関東")).toEqual(expect.arrayContaining(["新潟", "山梨", "長野", "静岡", "東京", "茨城"]));
    expect(namesIn("中部").sort()).toEqual(["富山", "石川", "岐阜", "愛知", "三重"].sort());
    expect(prefectures.find((p) => p.shortName === "福井")?.bureau).toBe("近畿");
    expect(namesIn("北海道")).toEqual(["北海道"]);
    expect(namesIn("沖縄")).toEqual(["沖縄"]);
    const counts = Object.fromEntries(bureaus.map((b) => [b.bureau, namesIn(b.bureau!).length]));
    expect(counts).toEqual({北海道: 1, 東北: 6, 関東: 11, 中部: 5, 近畿: 7, 中国: 5, 四国: 4, 九州: 7, 沖縄: 1});
  });

  it("gives every prefecture its own tile", () => {
    const tiles = prefectures.map((p) => `${p.tileCol},${p.tileRow}`);
    expect(new Set(tiles).size).toBe(47);
    for (const p of prefectures) {
      expect(Number.isInteger(p.tileCol) && p.tileCol >= 0).toBe(true);
      expect(Number.isInteger(p.tileRow) && p.tileRow >= 0).toBe(true);
    }
  });

  it("keeps each block's tiles contiguous (edge to edge)", () => {
    for (const bureau of new Set(prefectures.map((p) => p.bureau))) {
      const tiles = prefectures.filter((p) => p.bureau === bureau);
      const key = (col: number, row: number) => `${col},${row}`;
      const inBlock = new Set(tiles.map((p) => key(p.tileCol, p.tileRow)));
      const seen = new Set([key(tiles[0]!.tileCol, tiles[0]!.tileRow)]);
      const queue = [[tiles[0]!.tileCol, tiles[0]!.tileRow] as const];
      while (queue.length > 0) {
        const [col, row] = queue.pop()!;
        for (const [dc, dr] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
          const next = key(col + dc, row + dr);
          if (inBlock.has(next) && !seen.has(next)) seen.add(next), queue.push([col + dc, row + dr]);
        }
      }
      expect(seen.size, `tiles of ${bureau}`).toBe(tiles.length);
    }
  });

  it("is roughly geographic: Hokkaido north-east of Okinawa, Tokyo east of Osaka", () => {
    const at = (name: string) => prefectures.find((p) => p.shortName === name)!;
    expect(at("北海道").tileRow).toBe(Math.min(...prefectures.map((p) => p.tileRow)));
    expect(at("北海道").tileCol).toBeGreaterThan(at("沖縄").tileCol);
    expect(at("東京").tileCol).toBeGreaterThan(at("大阪").tileCol);
    expect(at("青森").tileRow).toBeLessThan(at("福島").tileRow);
  });
});

describe("bureaus.csv", () => {
  it("has 9 blocks in sort order 1–9 with their official names", () => {
    expect(bureaus.map((b) => Number(b.sort_order))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const b of bureaus) {
      if (b.bureau === "沖縄") expect(b.name).toBe("沖縄総合事務局 経済産業部");
      else expect(b.name).toBe(`${b.bureau}経済産業局`);
      expect(b.seat).not.toBe("");
      expect(b.source).not.toBe("");
    }
  });
});

describe("programs.csv and program-metrics.csv", () => {
  it("give every program an agency and two or three metrics", () => {
    for (const program of programs) {
      expect(AGENCIES).toContain(program.agency);
      expect(program.description.length).toBeGreaterThan(10);
      const own = metrics.filter((m) => m.programId === program.id);
      expect(own.length, program.id).toBeGreaterThanOrEqual(2);
      expect(own.length, program.id).toBeLessThanOrEqual(3);
    }
  });

  it("name the programs of the action plan", () => {
    const names = programs.map((p) => p.name).join("\n");
    for (const name of ["知財総合支援窓口", "加速的支援", "IPAS", "専門家派遣", "知財金融", "知財Gメン", "外国出願補助金", "研修", "知財力開発校"]) {
      expect(names).toContain(name);
    }
  });

  it("has the three KPIs of 知財総合支援窓口 (landscape-and-kpi.md §4.1)", () => {
    expect(metrics.filter((m) => m.programId === "madoguchi").map((m) => m.name)).toEqual([
      "相談件数",
      "専門家活用件数",
      "よろず支援拠点との連携件数"
    ]);
  });

  it("gives every metric an existing program, a unique id and aliases that do not repeat its name", () => {
    const programIds = new Set(programs.map((p) => p.id));
    expect(new Set(metrics.map((m) => m.id)).size).toBe(metrics.length);
    for (const metric of metrics) {
      expect(programIds).toContain(metric.programId);
      expect(metric.aliases).not.toContain(metric.name);
      expect(metric.aliases.length).toBeGreaterThan(0);
    }
  });
});

describe("action-plan-measures.csv", () => {
  const byId = new Map(measures.map((m) => [m.measure_id!, m]));

  it("has unique ids shaped like I-1-1-a / II-1-a / II-1-1-a-2", () => {
    expect(byId.size).toBe(measures.length);
    for (const m of measures) expect(m.measure_id).toMatch(/^(I|II)-\d(-\d)?-[a-z](-\d)?$/);
  });

  it("numbers ids after their pillar, section and subsection", () => {
    for (const m of measures) {
      const parts = m.measure_id!.split("-");
      expect(m.pillar).toBe(PILLARS[parts[0] as keyof typeof PILLARS]);
      expect(m.section!.startsWith(`${parts[1]}. `), m.measure_id).toBe(true);
      const sub = /^\d$/.test(parts[2]!) ? parts[2] : null;
      if (sub) expect(m.subsection!.startsWith(`(${sub}) `), m.measure_id).toBe(true);
      else expect(m.subsection, m.measure_id).toBe("");
    }
  });

  it("links sub-items to an existing ■ item whose id they extend", () => {
    for (const m of measures) {
      if (m.parent_measure_id === "") continue;
      const parent = byId.get(m.parent_measure_id!);
      expect(parent, m.measure_id).toBeDefined();
      expect(m.measure_id!.startsWith(`${m.parent_measure_id}-`)).toBe(true);
      expect(parent!.parent_measure_id).toBe("");
    }
  });

  it("uses only the agencies, timings and flags of the brief", () => {
    for (const m of measures) {
      const agencies = splitListCell(m.agencies!);
      expect(agencies.length, m.measure_id).toBeGreaterThan(0);
      for (const agency of agencies) expect(AGENCIES).toContain(agency);
      // Every measure of the revised plan involves 特許庁・INPIT; the colour says who else.
      expect(agencies).toContain("特許庁・INPIT");
      expect(TIMINGS).toContain(m.timing);
      expect(["true", "false"]).toContain(m.is_new);
    }
  });

  it("calls a measure new exactly when it has no counterpart in the 2021 plans", () => {
    for (const m of measures) expect(m.is_new === "true", m.measure_id).toBe(m.counterpart_2021 === "");
    expect(measures.some((m) => m.is_new === "true")).toBe(true);
    expect(measures.some((m) => m.is_new === "false")).toBe(true);
  });

  it("puts 連携 measures with their partner agency", () => {
    const agenciesOf = (id: string) => splitListCell(byId.get(id)!.agencies!);
    expect(agenciesOf("II-4-a")).toContain("中小企業庁"); // 知財Gメン
    expect(agenciesOf("II-2-1-b")).toContain("産業技術環境局"); // 新市場創造型標準化制度
    expect(agenciesOf("I-3-b")).toEqual(["特許庁・INPIT"]); // J-PlatPat 3000件
  });
});

describe("program-measures.csv", () => {
  it("links existing programs to existing measures, without duplicates", () => {
    const programIds = new Set(programs.map((p) => p.id));
    const measureIds = new Set(measures.map((m) => m.measure_id));
    for (const link of links) {
      expect(programIds).toContain(link.program_id);
      expect(measureIds).toContain(link.measure_id);
    }
    expect(new Set(links.map((l) => `${l.program_id} ${l.measure_id}`)).size).toBe(links.length);
  });

  it("gives every program at least one measure", () => {
    for (const program of programs) expect(links.some((l) => l.program_id === program.id), program.id).toBe(true);
  });

  it("links 知財総合支援窓口 to the measures that name it", () => {
    const linked = new Set(links.filter((l) => l.program_id === "madoguchi").map((l) => l.measure_id));
    for (const m of measures) {
      if (m.parent_measure_id !== "" || !m.measure!.includes("知財総合支援窓口")) continue;
      expect(linked, m.measure).toContain(m.measure_id);
    }
  });
});

// The seed folder sits beside the repository (../shared/seed) on developer machines and in CI.
const SEED_DIR = fileURLToPath(new URL("../../../shared/seed/", import.meta.url));
const seedText = existsSync(SEED_DIR)
  ? readdirSync(SEED_DIR)
      .map((name) => readFileSync(join(SEED_DIR, name), "utf8"))
      .find((text) => text.includes("知財活用アクションプラン改定版"))
  : undefined;

describe.skipIf(seedText === undefined)("action-plan-measures.csv against the seed text", () => {
  // The part of the seed with pages I and II (the 参考 pages start after the colour legend).
  const plan = seedText!.slice(seedText!.indexOf("知財活用アクションプラン改定版【I."), seedText!.indexOf("赤の下線"));
  const fold = (text: string) =>
    text
      .normalize("NFKC")
      .replace(/\s+/g, "")
      .replace(/※1/g, "")
      // The one extraction artefact corrected in the CSV (README): 「…実務指針II → 「…実務指針」.
      .replace("実務指針II", "実務指針」");
  const foldedPlan = fold(plan);

  it("quotes every measure as written in the seed", () => {
    for (const m of measures) expect(foldedPlan, m.measure_id).toContain(fold(m.measure!));
  });

  it("has a row for every ■ and ・ item of pages I and II", () => {
    const items = plan
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^[■・]/.test(line))
      .map((line) => fold(line.slice(1)).replace(/\((R5fy|R6fy|実施済|実施中|進行中)\)$/, ""));
    expect(items.length).toBeGreaterThan(40);
    const folded = measures.map((m) => fold(m.measure!));
    // A line may wrap before its last words ((中央レベル) is on a line of its own), so either may be the longer.
    for (const item of items) {
      expect(folded.some((text) => item.startsWith(text) || text.startsWith(item)), item).toBe(true);
    }
  });

  it("names page headings that exist in the seed", () => {
    for (const m of measures) expect(seedText, m.measure_id).toContain(m.source_page);
  });

  it("records the timing the seed gives in brackets", () => {
    for (const m of measures) {
      if (m.timing === "") continue;
      expect(plan.normalize("NFKC").replace(/\s+/g, ""), m.measure_id).toContain(`(${m.timing})`);
    }
  });
});
