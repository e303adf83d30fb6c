// The warehouse schema: the public SQL interface that analysts query directly (documented in README.md).
// English snake_case identifiers; Japanese only in values. This DDL creates a new warehouse at SCHEMA_VERSION; an
// existing one is brought to the same shape by the steps in migrations/migrations.ts (upgrade.ts). Change both
// together: bump SCHEMA_VERSION and append a step.

import {FI_TITLES_SCHEMA} from "../fi-titles/fi-titles-schema.js";
import {KPI_SCHEMA} from "../kpi/kpi-schema.js";
import {NAMES_SCHEMA} from "../names/names-schema.js";
import {SUPPORT_SCHEMA} from "../support/support-schema.js";

export const SCHEMA_VERSION = 5;

export const WAREHOUSE_SCHEMA = `
CREATE TABLE IF NOT EXISTS schema_info (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);

-- One row per schema version this warehouse was upgraded to (a warehouse created at the current version has none).
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER NOT NULL,         -- the schema version reached
  applied_at TIMESTAMP NOT NULL,    -- local time
  backup_file VARCHAR NOT NULL,     -- the copy of the file as it was before the upgrade, beside it
  chizai_version VARCHAR NOT NULL   -- the chizai-atlas release that upgraded it (package.json version)
);

-- One row per input file that was ingested (status 'loaded') or refused as a whole (status 'refused').
CREATE TABLE IF NOT EXISTS batches (
  batch_id INTEGER PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  file_path VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  file_bytes BIGINT NOT NULL,
  kind VARCHAR,                 -- 'jplatpat', 'kpi', … ; NULL when refused before the kind was known
  collection VARCHAR,
  is_sample BOOLEAN NOT NULL DEFAULT false, -- the bundled fictional sample (架空のデータ)
  encoding VARCHAR,             -- 'utf-8', 'cp932', 'utf-16le', 'utf-16be'
  encoding_evidence VARCHAR,    -- 'bom', 'strict-utf8', 'strict-cp932'
  column_count INTEGER,         -- columns of the (first) header
  columns VARCHAR,              -- the header as written, comma-joined
  header_count INTEGER,         -- headers seen: more than 1 when exports were pasted together
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_loaded INTEGER NOT NULL DEFAULT 0,
  rows_merged INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  rows_superseded INTEGER NOT NULL DEFAULT 0,
  blank_lines INTEGER NOT NULL DEFAULT 0,
  status VARCHAR NOT NULL,      -- 'loaded' | 'refused'
  message VARCHAR,              -- why a file was refused
  warnings VARCHAR,             -- e.g. unknown columns
  ingested_at TIMESTAMP NOT NULL,
  duration_ms INTEGER
);

-- Every row of an input file that was not loaded, with its physical line span (header = line 1).
CREATE TABLE IF NOT EXISTS rejects (
  batch_id INTEGER NOT NULL,
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL,
  error_type VARCHAR NOT NULL,  -- Frictionless-style: 'field-count', 'stray-quote', 'unclosed-quote', 'type-error', 'required-value', 'constraint-error', …
  reason VARCHAR NOT NULL,
  raw VARCHAR NOT NULL
);

-- One row per application. Merged across files: a later non-empty value wins, an empty one never erases.
-- application_number and application_key are unique, kept so by the loader (loaders/jplatpat/known-applications.ts) rather than
-- by an index: DuckDB rewrites a whole index at every checkpoint, which made large ingests slow.
CREATE TABLE IF NOT EXISTS patents (
  application_number VARCHAR NOT NULL,    -- 出願番号 as written: 特願2021-100093, 特願平11-367973
  application_key VARCHAR NOT NULL,       -- spelling-independent: 特願1999-367973; unique (see the note above)
  law VARCHAR NOT NULL,                   -- 特許 | 実用新案
  application_year INTEGER NOT NULL,
  application_serial INTEGER NOT NULL,
  document_number VARCHAR,                -- 文献番号
  document_kind VARCHAR,                  -- 特開, 特表, 再表, 特許, 実登, …
  filing_date DATE NOT NULL,              -- 出願日
  publication_date DATE,                  -- 公知日
  title VARCHAR,                          -- 発明の名称
  abstract VARCHAR,                       -- 要約, <BR> → line break
  abstract_raw VARCHAR,                   -- 要約 as written
  publication_number VARCHAR,             -- 公開番号
  publication_kind VARCHAR,
  examined_number VARCHAR,                -- 公告番号
  registration_number VARCHAR,            -- 登録番号
  registration_kind VARCHAR,
  appeal_numbers VARCHAR[],               -- 審判番号 split, literal null dropped
  appeal_numbers_raw VARCHAR,
  other_numbers VARCHAR,                  -- その他
  stage VARCHAR,                          -- ステージ; NULL = unknown
  last_event VARCHAR,                     -- イベント詳細
  url VARCHAR,                            -- 文献URL
  applicants_raw VARCHAR,                 -- 出願人/権利者 as written
  fi_raw VARCHAR,                         -- FI as written
  first_batch_id INTEGER NOT NULL,
  last_batch_id INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS patent_applicants (
  application_number VARCHAR NOT NULL,
  position INTEGER NOT NULL,              -- 1 = 筆頭出願人
  name VARCHAR NOT NULL,                  -- exactly as in the export
  name_key VARCHAR NOT NULL               -- ▲▼ removed, spaces folded
);

CREATE TABLE IF NOT EXISTS patent_fi (
  application_number VARCHAR NOT NULL,
  position INTEGER NOT NULL,              -- 1 = 筆頭FI
  fi VARCHAR NOT NULL,                    -- full code: B01D53/14,200@A
  section VARCHAR,                        -- B
  class VARCHAR,                          -- B01
  subclass VARCHAR,                       -- B01D
  main_group VARCHAR,                     -- B01D53
  subgroup VARCHAR,                       -- 14
  subdivision VARCHAR,                    -- 200 (展開記号)
  file_index VARCHAR,                     -- A (分冊識別記号)
  is_indexing BOOLEAN NOT NULL,           -- B23K103:18
  is_lead BOOLEAN NOT NULL
);

-- Which applications belong to which named collection; an application can be in several. Each pair once.
CREATE TABLE IF NOT EXISTS collections (
  collection VARCHAR NOT NULL,
  application_number VARCHAR NOT NULL
);

-- What the user recorded about how a collection was searched (the exports do not carry it), for the report's data
-- basis slide: \`npm run chizai -- collection set NAME --query … --date …\`. One row per collection at most.
CREATE TABLE IF NOT EXISTS collection_notes (
  collection VARCHAR PRIMARY KEY,
  search_query VARCHAR,             -- 検索式 as typed into J-PlatPat
  search_date DATE,                 -- 検索日
  note VARCHAR,                     -- free text (the database searched, who searched, …)
  updated_at TIMESTAMP NOT NULL     -- local time
);

-- Every distinct FI code seen, broken into its parts once (loaders/jplatpat/fi.ts); patent_fi copies the parts.
CREATE TABLE IF NOT EXISTS fi_codes (
  fi VARCHAR NOT NULL,
  section VARCHAR,
  class VARCHAR,
  subclass VARCHAR,
  main_group VARCHAR,
  subgroup VARCHAR,
  subdivision VARCHAR,
  file_index VARCHAR,
  is_indexing BOOLEAN NOT NULL
);

-- Provenance: every file and line an application was read from.
CREATE TABLE IF NOT EXISTS patent_sources (
  application_number VARCHAR NOT NULL,
  batch_id INTEGER NOT NULL,
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL
);
${KPI_SCHEMA}${NAMES_SCHEMA}${SUPPORT_SCHEMA}${FI_TITLES_SCHEMA}`;
