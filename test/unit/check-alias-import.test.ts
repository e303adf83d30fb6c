// Checking an imported aliases file against the dictionary already in the warehouse (fictional names).
import {describe, expect, it} from "vitest";
import {toStoredEntries, type AliasSourceKind, type StoredAliasEntry} from "../../loaders/names/alias-store.js";
import {checkAliasImport} from "../../loaders/names/check-alias-import.js";

type Row = [name: string, entity: string, group?: string];

function file(source: string, kind: AliasSourceKind, ...rows: Row[]): StoredAliasEntry[] {
  return toStoredEntries(
    rows.map(([name, entity, group = ""], i) => ({name, entity, group, line: i + 2})),
    source,
    kind
  );
}

const shipped = file(
  "data/reference/applicant-aliases.csv",
  "shipped",
  ["架空電機株式会社", "架空ホールディングス株式会社", "架空グループ"],
  ["架空化学株式会社", "架空化学株式会社", "架空グループ"]
);

describe("checkAliasImport", () => {
  it("accepts a file that agrees with everything, whatever the spelling of the entity", () => {
    const client = file("client.csv", "imported", ["架空電機（株）", "架空ホールディングス（株）"], ["架空鉄工株式会社", "架空鉄工株式会社", "顧客"]);
    expect(checkAliasImport(client, shipped)).toEqual({errors: [], overrides: []});
  });

  it("reports overrides of the shipped dictionary and lets the import go ahead", () => {
    const client = file("client.csv", "imported", ["架空電機株式会社", "架空電機株式会社"], ["架空化学株式会社", "架空化学株式会社", "顧客"]);
    const check = checkAliasImport(client, shipped);
    expect(check.errors).toEqual([]);
    expect(check.overrides.map((f) => f.line)).toEqual([2, 3]);
    expect(check.overrides[0]!.message).toContain('and to "架空ホールディングス株式会社" in data/reference/applicant-aliases.csv:2');
    expect(check.overrides[1]!.message).toContain(`"架空化学株式会社" has group "顧客" here and "架空グループ" in data/reference/applicant-aliases.csv:3`);
  });

  it("refuses contradictions with another imported file, names and groups", () => {
    const earlier = file("a.csv", "imported", ["架空鉄工株式会社", "架空鉄工株式会社", "顧客"]);
    const later = file("b.csv", "imported", ["架空鉄工株式会社", "架空重工株式会社"], ["架空鉄工販売株式会社", "架空鉄工株式会社", "別の顧客"]);
    const check = checkAliasImport(later, [...shipped, ...earlier]);
    expect(check.errors.map((f) => [f.line, f.message.includes("a.csv:2")])).toEqual([[2, true], [3, true]]);
    // Importing a.csv again replaces a.csv: it does not contradict itself.
    expect(checkAliasImport(file("a.csv", "imported", ["架空鉄工株式会社", "架空重工株式会社"]), [...shipped, ...earlier]).errors).toEqual([]);
  });

  it("refuses chains through another imported file, in both directions", () => {
    const earlier = file("a.csv", "imported", ["架空鉄工株式会社", "架空重工株式会社"]);
    const onwards = checkAliasImport(file("b.csv", "imported", ["架空工機株式会社", "架空鉄工株式会社"]), earlier);
    expect(onwards.errors[0]!.message).toContain('entity "架空鉄工株式会社" is itself mapped to "架空重工株式会社"');
    const behind = checkAliasImport(file("b.csv", "imported", ["架空重工株式会社", "架空造船株式会社"]), earlier);
    expect(behind.errors[0]!.message).toContain('"架空鉄工株式会社" is mapped to "架空重工株式会社" in a.csv:2 and would stay behind');
  });
});
