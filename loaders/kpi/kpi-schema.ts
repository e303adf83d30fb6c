// The KPI part of the warehouse schema (included in loaders/warehouse/schema.ts): the figures of the program KPI
// sheets, the values later files replaced, and the reference data they are checked against, as tables analysts
// join. Documented as a public SQL interface in docs/kpi-sheets.md.
//
// Why these choices:
// - actual/target are DOUBLE: counts are whole numbers far below 2^53, so a DOUBLE holds them exactly and sums
//   of them stay exact; percentages keep the decimals they were typed with. One numeric type for both kinds of
//   metric reaches the site as a plain JS number (no BIGINT or DECIMAL conversion at the Parquet/Arrow boundary).
// - kpi_facts has no primary key: an annual figure has month NULL, which a key column cannot hold, so the
//   loader keeps (fiscal_year, month, prefecture_code, program, metric) unique itself (see load-kpi-facts.ts).
// - Superseded values move to kpi_fact_history (same columns, plus who superseded them) instead of staying in
//   kpi_facts with a "current" flag: the table analysts query most stays one row per key, and nothing is lost.
// - The reference tables are replaced from data/reference/*.csv on every ingest run (load-reference.ts), so
//   editing a CSV never requires re-ingesting. They have keys but no foreign keys: a program removed from the
//   CSV must not make its earlier facts impossible to keep.

export const KPI_SCHEMA = `
-- One row per KPI figure: (fiscal_year, month, prefecture_code, program, metric) is unique. The latest file that
-- states a key owns it; an empty cell in a later file never erases a figure (docs/kpi-sheets.md).
CREATE TABLE IF NOT EXISTS kpi_facts (
  fiscal_year INTEGER NOT NULL,       -- 年度 as the Western year it starts in: 令和6年度 = 2024 (2024-04 … 2025-03)
  month INTEGER CHECK (month BETWEEN 1 AND 12), -- calendar month; NULL = an annual figure (the whole 年度)
  prefecture_code VARCHAR NOT NULL,   -- JIS X 0401 two-digit code '01' … '47' (prefectures.code)
  bureau VARCHAR NOT NULL,            -- METI block short name (bureaus.bureau): 北海道, 東北, 関東, …, 沖縄
  program VARCHAR NOT NULL,           -- programs.program_id
  metric VARCHAR NOT NULL,            -- program_metrics.metric_id
  actual DOUBLE,                      -- 実績; NULL = not stated
  target DOUBLE,                      -- 目標; NULL = not stated
  batch_id INTEGER NOT NULL,          -- the file (batches.batch_id) whose row last changed this figure
  line_start INTEGER NOT NULL,        -- that row's physical lines in the file (header = line 1)
  line_end INTEGER NOT NULL
);

-- Every earlier state of a kpi_facts row that a later row replaced: by a later file (batch_id <>
-- superseded_by_batch_id; counted in batches.rows_superseded) or by a later row of the same file (batch_id =
-- superseded_by_batch_id; there the row holds what the earlier line stated).
CREATE TABLE IF NOT EXISTS kpi_fact_history (
  fiscal_year INTEGER NOT NULL,
  month INTEGER,
  prefecture_code VARCHAR NOT NULL,
  bureau VARCHAR NOT NULL,
  program VARCHAR NOT NULL,
  metric VARCHAR NOT NULL,
  actual DOUBLE,
  target DOUBLE,
  batch_id INTEGER NOT NULL,
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL,
  superseded_by_batch_id INTEGER NOT NULL
);

-- data/reference/prefectures.csv
CREATE TABLE IF NOT EXISTS prefectures (
  code VARCHAR PRIMARY KEY,           -- JIS X 0401: '01' … '47'
  name VARCHAR NOT NULL,              -- 東京都
  short_name VARCHAR NOT NULL,        -- 東京
  name_romaji VARCHAR NOT NULL,       -- Tokyo
  bureau VARCHAR NOT NULL,            -- bureaus.bureau
  tile_col INTEGER NOT NULL,          -- tile-grid map position, from the west
  tile_row INTEGER NOT NULL           -- and from the north
);

-- data/reference/bureaus.csv: the nine METI regional blocks.
CREATE TABLE IF NOT EXISTS bureaus (
  bureau VARCHAR PRIMARY KEY,         -- short name: 関東
  name VARCHAR NOT NULL,              -- 関東経済産業局
  seat VARCHAR NOT NULL,
  sort_order INTEGER NOT NULL,
  jurisdiction_note VARCHAR NOT NULL,
  source VARCHAR NOT NULL
);

-- data/reference/programs.csv
CREATE TABLE IF NOT EXISTS programs (
  program_id VARCHAR PRIMARY KEY,     -- stable id: madoguchi
  name VARCHAR NOT NULL,              -- 知財総合支援窓口
  agency VARCHAR NOT NULL,            -- 特許庁・INPIT | 産業技術環境局 | 中小企業庁
  description VARCHAR NOT NULL,
  aliases VARCHAR[] NOT NULL,         -- other spellings a KPI sheet may use
  sort_order INTEGER NOT NULL
);

-- data/reference/program-metrics.csv
CREATE TABLE IF NOT EXISTS program_metrics (
  metric_id VARCHAR PRIMARY KEY,      -- stable id: consultations
  program_id VARCHAR NOT NULL,        -- programs.program_id
  name VARCHAR NOT NULL,              -- 相談件数
  unit VARCHAR NOT NULL,              -- 件, 社, 人, 回, 校, 機関, %
  value_kind VARCHAR NOT NULL,        -- 'count' (whole, adds up over months) | 'percent' (0–100, does not add up)
  aliases VARCHAR[] NOT NULL,
  description VARCHAR NOT NULL,
  sort_order INTEGER NOT NULL
);

-- data/reference/action-plan-measures.csv: the measures of the 知財活用アクションプラン改定版.
CREATE TABLE IF NOT EXISTS action_plan_measures (
  measure_id VARCHAR PRIMARY KEY,     -- I-1-1-a, II-1-1-a-2
  parent_measure_id VARCHAR,          -- the ■ item a ・ sub-item belongs to
  pillar VARCHAR NOT NULL,
  section VARCHAR NOT NULL,
  subsection VARCHAR,
  measure VARCHAR NOT NULL,
  agencies VARCHAR[] NOT NULL,
  timing VARCHAR,                     -- R5fy, 実施中, …
  is_new BOOLEAN NOT NULL,            -- new in the revised plan
  counterpart_2021 VARCHAR,           -- the 2021 measure it continues
  source_page VARCHAR NOT NULL,
  sort_order INTEGER NOT NULL
);

-- data/reference/program-measures.csv: which programs implement which measures.
CREATE TABLE IF NOT EXISTS program_measures (
  program_id VARCHAR NOT NULL,
  measure_id VARCHAR NOT NULL,
  PRIMARY KEY (program_id, measure_id)
);
`;
