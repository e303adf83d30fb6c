// Real migrations: a warehouse written by release 0.1.0 (schema 1, test/fixtures/warehouse/) is upgraded by the first
// writer, keeps every row, leaves a backup, and records the upgrade; readers refuse it and name the command; a
// failing step leaves it as it was. The oracle for "no row lost" is the unpacked fixture itself, read with plain
// DuckDB before the upgrade, not a list of expected rows.
import {createHash} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {gunzipSync} from "node:zlib";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {aliasSourcePaths} from "../../loaders/names/alias-source-paths-migration.js";
import {openWarehouse, WarehouseError} from "../../loaders/warehouse/connection.js";
import {latestVersion, MIGRATIONS, stepsFrom} from "../../loaders/warehouse/migrations/migrations.js";
import {queryRows, type PlainRow} from "../../loaders/warehouse/query.js";
import {SCHEMA_VERSION} from "../../loaders/warehouse/schema.js";
import {backupPathFor} from "../../loaders/warehouse/upgrade.js";
import {chizai} from "../support/chizai-cli.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {version: string}).version;

/** Row counts of release-0.1.0.duckdb, recorded from the file when it was made (see its README). */
const RELEASE_COUNTS: Record<string, number> = {
  action_plan_measures: 55,
  applicant_aliases: 54,
  applicant_names: 8,
  batches: 8,
  bureaus: 9,
  collections: 8,
  fi_codes: 10,
  kpi_fact_history: 5,
  kpi_facts: 13,
  patent_applicants: 9,
  patent_fi: 13,
  patent_sources: 11,
  patents: 8,
  prefectures: 47,
  program_measures: 49,
  program_metrics: 22,
  programs: 10,
  rejects: 14,
  schema_info: 3
};

/** A copy of the release fixture in a fresh folder: the committed file is never opened. */
function releaseWarehouse(label: string): string {
  const db = path.join(makeTempDir(label), "atlas.duckdb");
  fs.writeFileSync(db, gunzipSync(fs.readFileSync(fixture("warehouse/release-0.1.0.duckdb.gz"))));
  return db;
}

/** Reads a file with plain DuckDB, read-only, bypassing chizai's schema checks. */
async function rawQuery<T = PlainRow>(db: string, sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
  const connection = await instance.connect();
  try {
    return await queryRows<T>(connection, sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function rawCounts(db: string): Promise<Record<string, number>> {
  const tables = await rawQuery<{name: string}>(db, `SELECT table_name AS name FROM duckdb_tables() ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const {name} of tables) counts[name] = (await rawQuery<{n: number}>(db, `SELECT count(*) AS n FROM "${name}"`))[0]!.n;
  return counts;
}

/** Every row of every table as JSON, in a fixed order (applicant_aliases without the columns schemas 2 and 3 add). */
async function contents(db: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of Object.keys(RELEASE_COUNTS)) {
    if (table === "schema_info") continue; // its digest changes with the schema, by design
    const columns =
      table === "applicant_aliases"
        ? "name, entity, group_name, name_entity_key, entity_key, source, source_kind, line, rules_version, loaded_at"
        : "*";
    out[table] = JSON.stringify(await rawQuery(db, `SELECT ${columns} FROM "${table}" ORDER BY ALL`));
  }
  return out;
}

async function schemaVersion(db: string): Promise<string | undefined> {
  const rows = await rawQuery<{value: string}>(db, `SELECT value FROM schema_info WHERE key = 'schema_version'`);
  return rows[0]?.value;
}

/** The shape of every table and view: what a new warehouse and an upgraded one must agree on. */
async function shape(db: string): Promise<PlainRow[]> {
  return rawQuery(
    db,
    `SELECT table_name, column_index, column_name, data_type, is_nullable FROM duckdb_columns()
     WHERE NOT internal ORDER BY table_name, column_index`
  );
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}


describe("the schema history", () => {
  it("is one unbroken chain from schema 1 to the version this release writes", () => {
    expect(latestVersion()).toBe(SCHEMA_VERSION);
    expect(stepsFrom(1).map((step) => step.from)).toEqual(Array.from({length: SCHEMA_VERSION - 1}, (_, i) => i + 1));
    expect(stepsFrom(SCHEMA_VERSION)).toEqual([]);
    const fromTwo = {from: 2, summary: "a later step", run: async () => {}};
    const gap = new RegExp(`no step from version ${SCHEMA_VERSION}`);
    expect(() => stepsFrom(1, [...MIGRATIONS, {...fromTwo, from: SCHEMA_VERSION + 1}])).toThrow(gap);
    expect(() => stepsFrom(1, [fromTwo])).toThrow(/no step from version 1/);
  });

  it("names a backup after the old version and never reuses a taken name", () => {
    const dir = makeTempDir("backup-name");
    const db = path.join(dir, "atlas.duckdb");
    expect(backupPathFor(db, 1)).toBe(path.join(dir, "atlas.schema-1.backup.duckdb"));
    fs.writeFileSync(path.join(dir, "atlas.schema-1.backup.duckdb"), "taken");
    expect(backupPathFor(db, 1)).toBe(path.join(dir, "atlas.schema-1.backup-2.duckdb"));
  });
});

// Each test starts the real CLI a few times and opens the files many times: on a busy 2-core machine that takes
// longer than the default minute.
describe("upgrading the release 0.1.0 warehouse", {timeout: 240_000}, () => {
  it("keeps every row, leaves the old file beside it, records the upgrade, and does nothing the second time", async () => {
    const db = releaseWarehouse("upgrade-release");
    const dir = path.dirname(db);
    expect(await rawCounts(db)).toEqual(RELEASE_COUNTS);
    expect(await schemaVersion(db)).toBe("1");
    const before = await contents(db);
    const originalSha = sha256(db);

    const upgraded = chizai(["upgrade", "--db", db]);
    expect(upgraded.stderr).toBe("");
    expect(upgraded.code).toBe(0);
    const backup = path.join(dir, "atlas.schema-1.backup.duckdb");
    expect(upgraded.stdout).toContain(`Upgraded the warehouse ${db} from schema 1 to ${SCHEMA_VERSION}`);
    expect(upgraded.stdout).toContain(`kept as ${backup}`);

    // Every table of the old release keeps its rows, value for value.
    const after = await rawCounts(db);
    for (const [table, count] of Object.entries(RELEASE_COUNTS)) expect(after[table], table).toBe(count);
    expect(await contents(db)).toEqual(before);
    expect(await schemaVersion(db)).toBe(String(SCHEMA_VERSION));
    // Spot checks, read independently of the fingerprint above.
    expect(await rawQuery(db, `SELECT title FROM patents WHERE application_number = '特願2021-000101'`)).toEqual([
      {title: "架空の電池用電極"}
    ]);
    expect(await rawQuery(db, `SELECT file_name, rows_rejected FROM batches WHERE status = 'refused' OR rows_rejected > 0 ORDER BY batch_id`)).toEqual([
      {file_name: "defects-15col.csv", rows_rejected: 6},
      {file_name: "not-jplatpat.csv", rows_rejected: 0},
      {file_name: "bad-rows.csv", rows_rejected: 8}
    ]);
    // The dictionary imported by file name keeps its entries, marked as having no known folder.
    expect(
      await rawQuery(
        db,
        `SELECT source, source_kind, source_path_known, count(*) AS entries FROM applicant_aliases GROUP BY ALL ORDER BY ALL`
      )
    ).toEqual([
      {source: "client-group.csv", source_kind: "imported", source_path_known: false, entries: 3},
      {source: "data/reference/applicant-aliases.csv", source_kind: "shipped", source_path_known: true, entries: 51}
    ]);

    // The upgraded warehouse has exactly the shape of one created by this release.
    const fresh = path.join(makeTempDir("upgrade-fresh"), "atlas.duckdb");
    (await openWarehouse(fresh)).close();
    expect(await shape(db)).toEqual(await shape(fresh));

    const records = await rawQuery(db, `SELECT version, backup_file, chizai_version FROM schema_migrations ORDER BY version`);
    expect(records).toEqual(
      Array.from({length: SCHEMA_VERSION - 1}, (_, i) => ({
        version: i + 2,
        backup_file: "atlas.schema-1.backup.duckdb",
        chizai_version: PACKAGE_VERSION
      }))
    );
    // Schema 3: the dictionary's entries gain an empty 法人番号, and the support tables are there, empty.
    expect(await rawQuery(db, `SELECT count(*) AS n FROM applicant_aliases WHERE corporate_number IS NOT NULL`)).toEqual([{n: 0}]);
    expect(await rawQuery(db, `SELECT count(*) AS n FROM support_outcomes`)).toEqual([{n: 0}]);

    // The backup is the file as it was: schema 1, every row, and it still opens.
    expect(sha256(backup)).toBe(originalSha);
    expect(await schemaVersion(backup)).toBe("1");
    expect(await rawCounts(backup)).toEqual(RELEASE_COUNTS);

    const files = fs.readdirSync(dir).sort();
    const again = chizai(["upgrade", "--db", db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`is up to date (schema ${SCHEMA_VERSION}): nothing to do`);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
    expect(await rawQuery(db, `SELECT count(*) AS n FROM schema_migrations`)).toEqual([{n: SCHEMA_VERSION - 1}]);

    const listed = chizai(["names", "list", "--db", db]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("client-group.csv (3 entries; imported by an older chizai-atlas, which did not record its folder)");
  });

  it("is refused by readers, which name the command that upgrades it and leave the file alone", async () => {
    const db = releaseWarehouse("upgrade-readers");
    const originalSha = sha256(db);
    await expect(openWarehouse(db, {readOnly: true})).rejects.toThrow(WarehouseError);
    await expect(openWarehouse(db, {readOnly: true})).rejects.toThrow(
      `was written by an older chizai-atlas (schema 1; this version uses schema ${SCHEMA_VERSION}). ` +
        `Upgrade it once with: npm run chizai -- upgrade --db "${db}"`
    );
    for (const command of [["status"], ["names", "list"], ["rejects"]]) {
      const result = chizai([...command, "--db", db]);
      expect(result.code, command.join(" ")).toBe(1);
      expect(result.stderr).toContain("npm run chizai -- upgrade");
    }
    expect(sha256(db)).toBe(originalSha);
    expect(fs.readdirSync(path.dirname(db))).toEqual(["atlas.duckdb"]);
  });

  it("is done by the first ingest, which then loads its file", async () => {
    const db = releaseWarehouse("upgrade-ingest");
    const report = await ingest(db, [fixture("jplatpat/status-15col.csv")]);
    expect(report.files[0]!.status).toBe("loaded");
    const counts = await rawCounts(db);
    expect(counts.batches).toBe(RELEASE_COUNTS.batches! + 1);
    expect(counts.schema_migrations).toBe(SCHEMA_VERSION - 1);
    expect(fs.existsSync(path.join(path.dirname(db), "atlas.schema-1.backup.duckdb"))).toBe(true);
  });

  it("leaves the warehouse as it was when a step fails, and a later upgrade keeps both backups", async () => {
    const db = releaseWarehouse("upgrade-failing");
    const before = await contents(db);
    const failing = {
      from: 1,
      summary: "the real step, then a destructive statement, then a failure",
      async run(connection: Parameters<typeof aliasSourcePaths.run>[0]) {
        await aliasSourcePaths.run(connection);
        await connection.run("DELETE FROM patents");
        throw new Error("step failed on purpose");
      }
    };
    // The failing step in place of the first one, the rest of the history as it is.
    const history = [failing, ...MIGRATIONS.filter((step) => step.from > 1)];
    const error = await openWarehouse(db, {migrations: history, log: () => {}}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WarehouseError);
    expect((error as Error).message).toMatch(
      /^upgrading the warehouse .* from schema 1 to \d+ failed, nothing was changed \(it is still at schema 1; a copy is at .*atlas\.schema-1\.backup\.duckdb\): step failed on purpose$/
    );

    expect(await schemaVersion(db)).toBe("1");
    expect(await rawCounts(db)).toEqual(RELEASE_COUNTS);
    expect(await contents(db)).toEqual(before);
    const columns = await rawQuery(db, `SELECT column_name FROM duckdb_columns() WHERE table_name = 'applicant_aliases'`);
    expect(columns.map((c) => c.column_name)).not.toContain("source_path_known");

    // The next writer upgrades it for real; the first backup is kept, the second takes the next name.
    const lines: string[] = [];
    const warehouse = await openWarehouse(db, {log: (line) => lines.push(line)});
    warehouse.close();
    expect(warehouse.upgrade?.backupPath).toBe(path.join(path.dirname(db), "atlas.schema-1.backup-2.duckdb"));
    expect(lines.join("\n")).toContain(`from schema 1 to ${SCHEMA_VERSION}`);
    expect(fs.readdirSync(path.dirname(db)).sort()).toEqual([
      "atlas.duckdb",
      "atlas.schema-1.backup-2.duckdb",
      "atlas.schema-1.backup.duckdb"
    ]);
    expect(await contents(db)).toEqual(before);
  });

  it("refuses a warehouse written by a newer release, for reading and for writing", async () => {
    const db = path.join(makeTempDir("upgrade-newer"), "atlas.duckdb");
    const warehouse = await openWarehouse(db);
    await warehouse.connection.run(`UPDATE schema_info SET value = '99' WHERE key = 'schema_version'`);
    warehouse.close();
    for (const readOnly of [false, true]) {
      await expect(openWarehouse(db, {readOnly})).rejects.toThrow(/written by a newer chizai-atlas \(schema 99/);
    }
  });
});
