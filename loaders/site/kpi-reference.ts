// The KPI pages' reference dataset (data/kpi-reference.json): prefectures with their tile-grid positions, bureaus,
// programs, metrics with units, the action plan's measures and their program links, the 年度 that have figures,
// and the KPI files behind the figures (for the provenance note and the fictional-sample banner).
//
// The reference tables come from the warehouse, which every ingest run refreshes from data/reference/: the labels
// then match the facts the same build ships. Before any ingest (no warehouse, or one written before the reference
// tables existed) they are read from data/reference/ through the same loader, so the map still has its 47 tiles
// and the action plan its measures.

import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import type {
  ActionPlanMeasure, KpiBatch, KpiBureau, KpiMetric, KpiPrefecture, KpiProgram, KpiReference, KpiSampleShare,
  ProgramMeasureLink
} from "../../src/components/kpi/kpi-types.js";
import {refreshReferenceTables} from "../kpi/load-reference.js";
import {ensureSchema} from "../warehouse/migrate.js";
import {queryRows, queryValue} from "../warehouse/query.js";
import type {SiteWarehouse} from "./site-warehouse.js";

/** Shown by the KPI pages when there is nothing to show. */
export const HOW_TO_LOAD_KPI =
  "KPI の CSV（Excel で作成したもの。縦持ち・横持ちのどちらの形式でも、UTF-8・Shift_JIS のどちらでも可）を " +
  "data/inbox/ に置いて npm start を実行するか、npm run ingest -- <ファイルまたはフォルダー> で取り込んでください。";

type ReferenceTables = Pick<KpiReference, "prefectures" | "bureaus" | "programs" | "metrics" | "measures" | "programMeasures">;

async function readReferenceTables(connection: DuckDBConnection): Promise<ReferenceTables> {
  return {
    prefectures: await queryRows<KpiPrefecture>(
      connection,
      `SELECT code, name, short_name AS "shortName", bureau, tile_col::INTEGER AS "tileCol", tile_row::INTEGER AS "tileRow"
       FROM prefectures ORDER BY code`
    ),
    bureaus: await queryRows<KpiBureau>(
      connection,
      `SELECT bureau, name, seat, sort_order::INTEGER AS "sortOrder" FROM bureaus ORDER BY sort_order, bureau`
    ),
    programs: await queryRows<KpiProgram>(
      connection,
      `SELECT program_id AS "programId", name, agency, description, sort_order::INTEGER AS "sortOrder"
       FROM programs ORDER BY sort_order, program_id`
    ),
    metrics: await queryRows<KpiMetric>(
      connection,
      `SELECT metric_id AS "metricId", program_id AS "programId", name, unit, value_kind AS "valueKind", description,
              sort_order::INTEGER AS "sortOrder"
       FROM program_metrics ORDER BY sort_order, metric_id`
    ),
    measures: await queryRows<ActionPlanMeasure>(
      connection,
      `SELECT measure_id AS "measureId", parent_measure_id AS "parentMeasureId", pillar, section, subsection, measure,
              agencies, timing, is_new AS "isNew", counterpart_2021 AS "counterpart2021", source_page AS "sourcePage",
              sort_order::INTEGER AS "sortOrder"
       FROM action_plan_measures ORDER BY sort_order, measure_id`
    ),
    programMeasures: await queryRows<ProgramMeasureLink>(
      connection,
      `SELECT program_id AS "programId", measure_id AS "measureId" FROM program_measures ORDER BY program_id, measure_id`
    )
  };
}

/** The tables as data/reference/ holds them, loaded into a scratch in-memory database by the ingest's own code. */
async function readShippedReferenceTables(): Promise<ReferenceTables> {
  const instance = await DuckDBInstance.create(":memory:", {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  const connection = await instance.connect();
  try {
    await ensureSchema(connection);
    await refreshReferenceTables(connection);
    return await readReferenceTables(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function sampleShareOf(batches: readonly KpiBatch[]): KpiSampleShare {
  const sample = batches.filter((b) => b.isSample).length;
  if (sample === 0) return "none";
  return sample === batches.length ? "all" : "some";
}

export async function readKpiReference(site: SiteWarehouse): Promise<KpiReference> {
  const {connection} = site;
  const stored = (await queryValue<number>(connection, `SELECT count(*)::INTEGER FROM prefectures`)) ?? 0;
  const tables = stored > 0 ? await readReferenceTables(connection) : await readShippedReferenceTables();
  const fiscalYears = await queryRows<{fiscalYear: number}>(
    connection,
    `SELECT DISTINCT fiscal_year::INTEGER AS "fiscalYear" FROM kpi_facts ORDER BY 1 DESC`
  );
  const batches = await queryRows<KpiBatch>(
    connection,
    `SELECT b.batch_id::INTEGER AS "batchId", b.file_name AS "fileName", b.is_sample AS "isSample",
            strftime(b.ingested_at, '%Y-%m-%d %H:%M:%S') AS "ingestedAt", count(*)::INTEGER AS facts
     FROM kpi_facts f JOIN batches b USING (batch_id)
     GROUP BY ALL ORDER BY 1`
  );
  const status = site.state === "missing" ? "missing" : fiscalYears.length === 0 ? "empty" : "ready";
  return {
    status,
    warehouseName: site.fileName,
    generatedAt: new Date().toISOString(),
    sample: sampleShareOf(batches),
    howToLoad: HOW_TO_LOAD_KPI,
    fiscalYears: fiscalYears.map((row) => row.fiscalYear),
    ...tables,
    batches
  };
}
