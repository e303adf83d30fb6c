// The KPI figures for the 地域KPI, 事業KPI and アクションプラン pages (data/kpi-facts.parquet): kpi_facts as it is,
// one row per figure, monthly and annual (month NULL). Shaping (年度累計, achievement, year-on-year, bureau sums)
// happens in the browser with src/components/kpi/, because every filter on the pages (month range, bureau, metric)
// changes it; 26,000 figures a sample year are a few hundred kilobytes of Parquet.
//
// Columns: fiscal_year INTEGER, month INTEGER (NULL = annual), prefecture_code VARCHAR, program VARCHAR,
// metric VARCHAR, actual DOUBLE, target DOUBLE, batch_id INTEGER. No BIGINT reaches the browser. The bureau of a
// figure is not shipped: the pages take it from the prefecture reference, so the map, the tables and ?bureau= agree.
// Sorted by series then month so that zstd finds the repetition.

import {selectToParquet} from "./parquet-export.js";
import type {SiteWarehouse} from "./site-warehouse.js";

export const KPI_FACTS_SELECT = `
  SELECT fiscal_year::INTEGER AS fiscal_year, month::INTEGER AS month, prefecture_code, program, metric,
         actual::DOUBLE AS actual, target::DOUBLE AS target, batch_id::INTEGER AS batch_id
  FROM kpi_facts
  ORDER BY program, metric, prefecture_code, fiscal_year, month NULLS FIRST`;

export function kpiFactsParquet(site: SiteWarehouse): Promise<Buffer> {
  return selectToParquet(site.connection, KPI_FACTS_SELECT);
}
