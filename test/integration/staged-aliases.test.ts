// names import checks a dictionary file in SQL (staged-aliases.ts, import-conflicts.ts) so that its memory does
// not grow with the file. The pure checks (AliasesReader, checkAliasImport) are the oracle: for the fixture files
// and for crafted files that reach every rule, both must find the same things, on the same lines, in the same words.
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {replaceAliasSource, readStoredAliases, toStoredEntries, type AliasSourceKind} from "../../loaders/names/alias-store.js";
import {parseAliasesText} from "../../loaders/names/aliases-file.js";
import {checkAliasImport} from "../../loaders/names/check-alias-import.js";
import {findImportConflicts} from "../../loaders/names/import-conflicts.js";
import {AliasesFileRefusal} from "../../loaders/names/read-aliases-or-refuse.js";
import {refreshApplicantNames} from "../../loaders/names/refresh-names.js";
import {sqlText, stageAliasesFile, STAGED_ENTRIES_TABLE} from "../../loaders/names/staged-aliases.js";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {queryRows} from "../../loaders/warehouse/query.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, tempWarehouse} from "../support/warehouse.js";

const FIXTURE_FILES = ["client-group.csv", "conflicting.csv", "key-rules.csv", "other-client.csv"].map((f) =>
  fixture(`names/${f}`)
);

/** Files that reach every rule of AliasesReader.finish, including the order-dependent chains. */
const CRAFTED: Record<string, string> = {
  "chain-forwards": "name,entity\nA社,B社\nB社,C社\nC社,D社\n",
  "chain-backwards": "name,entity\nC社,D社\nB社,C社\nA社,B社\n",
  "chain-through-a-conflict": "name,entity\nA社,B社\nB社,C社\nB社,E社\n",
  "two-groups": "name,entity,group\nA社,E社,G1\nB社,E社,G2\nC社,E社,\nD社,E社,G3\n",
  "duplicates": "name,entity,group\nA社,B社,G\nA社,B社,G\nA社,B社,H\nC社,D社,\n",
  "row-errors-and-conflicts": 'name,entity,group\n,B社,G\nA社,,G\nA社,B社,\nA社,C社,\nX社,"Y社"z\nP社,Q社,G\nR社,Q社,H\n',
  "empty": ""
};

async function stagedOutcome(file: string) {
  try {
    const staged = await stageAliasesFile(file, file);
    try {
      const instance = await DuckDBInstance.create(staged.databasePath, {access_mode: "READ_ONLY"});
      const connection = await instance.connect();
      try {
        const entries = await queryRows<{name: string; entity: string; group: string; line: number}>(
          connection,
          `SELECT name, entity, grp AS "group", line FROM ${STAGED_ENTRIES_TABLE} ORDER BY line`
        );
        return {entries, errors: [], count: staged.entries};
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    } finally {
      staged.dispose();
    }
  } catch (error) {
    if (!(error instanceof AliasesFileRefusal)) throw error;
    return {entries: [], errors: error.errors.map((e) => ({line: e.line, message: e.message})), count: 0};
  }
}

function oracleOutcome(text: string) {
  const file = parseAliasesText(text);
  const errors = file.errors.map((e) => ({line: e.line, message: e.message}));
  // A file with errors is refused as a whole: nothing of it is staged.
  return errors.length > 0 ? {entries: [], errors, count: 0} : {entries: file.entries, errors, count: file.entries.length};
}

describe("the staged file's checks across rows are AliasesReader's", () => {
  const dir = makeTempDir("staged-aliases");
  const cases: [string, string][] = [
    ...FIXTURE_FILES.map((f): [string, string] => [path.basename(f), f]),
    ...Object.entries(CRAFTED).map(([label, text]): [string, string] => {
      const file = path.join(dir, `${label}.csv`);
      fs.writeFileSync(file, text);
      return [label, file];
    })
  ];

  it.each(cases)("%s", async (_label, file) => {
    const expected = oracleOutcome(fs.readFileSync(file, "utf8").replace(/^\ufeff/, ""));
    expect(await stagedOutcome(file)).toEqual(expected);
  });

  it("the crafted files do reach the rules they are meant for", () => {
    const messages = (label: string) => oracleOutcome(CRAFTED[label]!).errors.map((e) => e.message).join("\n");
    expect(messages("chain-forwards").match(/is itself mapped/g)).toHaveLength(2);
    expect(messages("chain-backwards").match(/is itself mapped/g)).toHaveLength(1);
    expect(messages("two-groups").match(/two groups/g)).toHaveLength(2);
    expect(oracleOutcome(CRAFTED.duplicates!).entries.map((e) => e.line)).toEqual([2, 5]);
  });
});

type Row = [name: string, entity: string, group?: string];

function csv(rows: Row[]): string {
  return "name,entity,group\n" + rows.map(([name, entity, group = ""]) => `${name},${entity},${group}`).join("\n") + "\n";
}

describe("the staged file's checks against the warehouse are checkAliasImport's", () => {
  const shippedRows: Row[] = [
    ["架空電機株式会社", "架空ホールディングス株式会社", "架空グループ"],
    ["架空化学株式会社", "架空化学株式会社", "架空グループ"]
  ];
  // [label, rows of files imported before, rows of the new file]
  const cases: [string, Row[][], Row[]][] = [
    ["agrees with everything", [], [["架空電機（株）", "架空ホールディングス（株）"], ["架空鉄工株式会社", "架空鉄工株式会社", "顧客"]]],
    ["overrides the shipped dictionary", [], [["架空電機株式会社", "架空電機株式会社"], ["架空化学株式会社", "架空化学株式会社", "顧客"]]],
    ["contradicts another import's name", [[["架空鉄工株式会社", "架空鉄工株式会社", "顧客"]]], [["架空鉄工株式会社", "架空重工株式会社"]]],
    [
      "contradicts another import's group",
      [[["架空鉄工株式会社", "架空鉄工株式会社", "顧客"]]],
      [["架空鉄工販売株式会社", "架空鉄工株式会社", "別の顧客"], ["架空化学（株）", "架空化学株式会社", "顧客"]]
    ],
    ["chains onwards", [[["架空鉄工株式会社", "架空重工株式会社"]]], [["架空工機株式会社", "架空鉄工株式会社"]]],
    ["leaves a name behind", [[["架空鉄工株式会社", "架空重工株式会社"]]], [["架空重工株式会社", "架空造船株式会社"]]],
    [
      "meets two imports, the first by precedence named",
      [[["架空一号株式会社", "架空本社株式会社", "甲"]], [["架空二号株式会社", "架空本社株式会社", "甲"]]],
      [["架空三号株式会社", "架空本社株式会社", "乙"], ["架空電機株式会社", "架空電機株式会社", "丙"]]
    ]
  ];

  it.each(cases)("%s", async (label, earlier, rows) => {
    const dir = makeTempDir("import-conflicts");
    const shipped = path.join(dir, "shipped.csv");
    fs.writeFileSync(shipped, csv(shippedRows));
    const warehouse = await openWarehouse(tempWarehouse("import-conflicts"));
    const {connection} = warehouse;
    try {
      await refreshApplicantNames(connection, {shippedPath: shipped});
      for (const [i, fileRows] of earlier.entries()) {
        const source = path.join(dir, `earlier-${i}.csv`);
        const entries = fileRows.map(([name, entity, group = ""], j) => ({name, entity, group, line: j + 2}));
        await replaceAliasSource(connection, source, "imported" as AliasSourceKind, toStoredEntries(entries, source, "imported"));
      }
      const file = path.join(dir, "new.csv");
      fs.writeFileSync(file, csv(rows));
      const newEntries = toStoredEntries(parseAliasesText(csv(rows)).entries, file, "imported");
      const expected = checkAliasImport(newEntries, await readStoredAliases(connection));

      const staged = await stageAliasesFile(file, file);
      try {
        await connection.run(`ATTACH ${sqlText(staged.databasePath)} AS staged_import (READ_ONLY)`);
        const found = await findImportConflicts(connection, `staged_import.${STAGED_ENTRIES_TABLE}`, file, 1000);
        await connection.run(`DETACH staged_import`);
        expect(found).toEqual({
          errors: {shown: expected.errors, total: expected.errors.length},
          overrides: {shown: expected.overrides, total: expected.overrides.length}
        });
        if (label !== "agrees with everything") expect(expected.errors.length + expected.overrides.length).toBeGreaterThan(0);
        // Only the first findings come back to JS, with the count of all of them.
        const capped = await (async () => {
          await connection.run(`ATTACH ${sqlText(staged.databasePath)} AS staged_import (READ_ONLY)`);
          try {
            return await findImportConflicts(connection, `staged_import.${STAGED_ENTRIES_TABLE}`, file, 1);
          } finally {
            await connection.run(`DETACH staged_import`);
          }
        })();
        expect(capped.overrides).toEqual({shown: expected.overrides.slice(0, 1), total: expected.overrides.length});
      } finally {
        staged.dispose();
      }
    } finally {
      warehouse.close();
    }
  });
});
