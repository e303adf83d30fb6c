// The support-outcome part of the warehouse schema (included in loaders/warehouse/schema.ts): the support records
// (支援実績) as loaded, their links to applicant entities through the 名寄せ, and the outcome per supported company
// and program. A public SQL interface, documented in the README ("Support outcomes").
//
// Why this shape:
// - support_records keeps the company name exactly as written beside its entity key (computed in JS: the key needs
//   NFKC, which DuckDB lacks). Everything else is views, so that a dictionary import or a new J-PlatPat export
//   changes the links and the outcomes at once, with nothing to recompute.
// - A company is its entity key: rows and spellings with one key are one company. The key has no location and
//   folds legal forms, so a key supported in two prefectures, under two legal forms (株式会社X / 有限会社X) or with
//   two 法人番号, or one that matches two applicant entities, is ambiguous: listed in support_links for review and
//   never counted as linked in support_outcomes.
// - Everything is in 年度 (April–March), the unit the programs report in: the 年度 of a date is its year, minus one
//   for January–March.

export const SUPPORT_SCHEMA = `
-- One row per accepted row of a support-record file (支援実績).
CREATE TABLE IF NOT EXISTS support_records (
  record_id BIGINT NOT NULL,          -- unique, in load order
  batch_id INTEGER NOT NULL,          -- batches.batch_id of the file
  line_start INTEGER NOT NULL,        -- the row's physical lines in the file (header = line 1)
  line_end INTEGER NOT NULL,
  fiscal_year INTEGER NOT NULL,       -- 年度 of the support (from 支援日 when only the date is given): 令和6年度 = 2024
  support_date DATE,                  -- 支援日; NULL when the row gives only its 年度
  prefecture_code VARCHAR NOT NULL,   -- prefectures.code: '01' … '47'
  bureau VARCHAR NOT NULL,            -- bureaus.bureau of that prefecture: 関東 …
  program_id VARCHAR NOT NULL,        -- programs.program_id
  company_raw VARCHAR NOT NULL,       -- 企業名 exactly as written
  company_key VARCHAR NOT NULL,       -- its entity key (loaders/names/entity-key.ts): how it meets applicant names
  corporate_number VARCHAR,           -- 法人番号, 13 digits, check digit verified; NULL = not given
  content VARCHAR,                    -- 支援内容
  note VARCHAR,                       -- 備考
  is_sample BOOLEAN NOT NULL,         -- from the bundled fictional sample (架空のデータ)
  legal_form VARCHAR                  -- the company form company_raw is written with (株式会社, 有限会社 …); NULL = none
);

-- One row per (company_key, entity_key) candidate link between a supported company and an applicant entity:
--   'corporate_number'  the dictionary gives the entity the 法人番号 a support row gives;
--   'key'               the entity's key is the company's key (the automatic 名寄せ alone joins them);
--   'dictionary'        the dictionary places the company's spelling (exactly, or by its key) under the entity, or
--                       places an applicant spelling with the company's key there (a rename: 旧社名 → 新社名).
-- One kind per link, the first of these that applies. Only entities with applications are linked. ambiguous: the company key cannot be trusted to be one company
-- (reasons in ambiguity, Japanese); such links are listed for review and not counted in support_outcomes.
CREATE OR REPLACE VIEW support_links AS
WITH
companies AS (
  SELECT
    company_key,
    first(company_raw ORDER BY spelling_rows DESC, company_raw) AS company_name,
    count(DISTINCT prefecture_code) AS prefectures,
    count(DISTINCT legal_form) AS legal_forms,
    count(DISTINCT corporate_number) AS corporate_numbers
  FROM (SELECT *, count(*) OVER (PARTITION BY company_key, company_raw) AS spelling_rows FROM support_records)
  GROUP BY company_key
),
spellings AS (SELECT DISTINCT company_key, company_raw, corporate_number FROM support_records),
-- The 名寄せ is computed once here and read three times below.
resolution AS MATERIALIZED (SELECT name, name_entity_key, entity_key, entity FROM applicant_resolution),
entities AS (
  SELECT entity_key, first(entity ORDER BY entity) AS entity FROM resolution GROUP BY entity_key
),
candidates AS (
  SELECT s.company_key, a.entity_key, 1 AS strength
  FROM spellings AS s JOIN applicant_aliases_in_force AS a ON a.corporate_number = s.corporate_number
  UNION ALL
  SELECT s.company_key, r.entity_key, 2
  FROM spellings AS s JOIN resolution AS r ON r.entity_key = s.company_key
  UNION ALL
  SELECT s.company_key, a.entity_key, 3
  FROM spellings AS s JOIN applicant_aliases_in_force AS a ON a.name = s.company_raw
  UNION ALL
  SELECT s.company_key, a.entity_key, 3
  FROM spellings AS s JOIN applicant_aliases_in_force AS a ON a.name_entity_key = s.company_key
  UNION ALL
  -- An applicant spelling with the company's key that the dictionary places under an entity of another key.
  SELECT s.company_key, r.entity_key, 3
  FROM spellings AS s JOIN resolution AS r ON r.name_entity_key = s.company_key
),
links AS (
  SELECT company_key, entity_key, min(strength) AS strength
  FROM candidates JOIN entities USING (entity_key)
  GROUP BY company_key, entity_key
),
entity_counts AS (SELECT company_key, count(*) AS entities FROM links GROUP BY company_key),
reasons AS (
  -- concat_ws skips the NULLs: '' when there is no reason.
  SELECT
    c.company_key,
    concat_ws('・',
      CASE WHEN c.prefectures > 1 THEN '複数の都道府県' END,
      CASE WHEN c.legal_forms > 1 THEN '法人格が異なる' END,
      CASE WHEN c.corporate_numbers > 1 THEN '法人番号が異なる' END,
      CASE WHEN ec.entities > 1 THEN '複数の出願人に一致' END
    ) AS reasons
  FROM companies AS c LEFT JOIN entity_counts AS ec USING (company_key)
)
SELECT
  l.company_key,
  c.company_name,
  l.entity_key,
  e.entity,
  ['corporate_number', 'key', 'dictionary'][l.strength] AS link_kind,
  r.reasons <> '' AS ambiguous,
  nullif(r.reasons, '') AS ambiguity
FROM links AS l
JOIN companies AS c USING (company_key)
JOIN entities AS e USING (entity_key)
JOIN reasons AS r USING (company_key);

-- One row per supported company (company_key) and program: when it was first supported there, and the applications
-- of its linked applicant entities by relative 年度 t = 年度 of 出願日 − first_fiscal_year.
--   filed_after        ≥ 1 application at t = 1 or 2 (出願日 from (Y+1)-04-01 to (Y+3)-03-31, Y = first_fiscal_year)
--   first_time_filer   filed_after, and no application at all with 出願日 before (Y+1)-04-01 (not only t ≥ −3)
--   incomplete         参考値: the window t = 1 … 2 reaches into the 18 months before the latest 出願日 in the
--                      warehouse (applications are published about 18 months after filing), or there is none
-- A company with an ambiguous key counts as not linked (linked false, every count 0) and has ambiguous true.
CREATE OR REPLACE VIEW support_outcomes AS
WITH
firsts AS (
  SELECT
    program_id,
    company_key,
    min(fiscal_year) AS first_fiscal_year,
    arg_min(bureau, (fiscal_year, coalesce(support_date, DATE '9999-12-31'), record_id)) AS bureau,
    arg_min(prefecture_code, (fiscal_year, coalesce(support_date, DATE '9999-12-31'), record_id)) AS prefecture_code,
    bool_and(is_sample) AS is_sample
  FROM support_records
  GROUP BY program_id, company_key
),
names AS (
  SELECT company_key, first(company_raw ORDER BY spelling_rows DESC, company_raw) AS company_name
  FROM (SELECT company_key, company_raw, count(*) AS spelling_rows FROM support_records GROUP BY ALL)
  GROUP BY company_key
),
links AS MATERIALIZED (SELECT company_key, entity_key, ambiguous FROM support_links),
link_state AS (
  SELECT company_key, bool_or(ambiguous) AS ambiguous FROM links GROUP BY company_key
),
-- The applications of the linked entities: patent_applicants_resolved's join, limited to those entities.
company_applications AS (
  SELECT DISTINCT l.company_key, p.application_number, p.filing_date,
         year(p.filing_date) - CASE WHEN month(p.filing_date) < 4 THEN 1 ELSE 0 END AS filing_fiscal_year
  FROM links AS l
  JOIN applicant_resolution AS r USING (entity_key)
  JOIN patent_applicants AS a USING (name)
  JOIN patents AS p USING (application_number)
  WHERE NOT l.ambiguous
),
latest AS (SELECT max(filing_date) AS latest_filing_date FROM patents),
counts AS (
  SELECT
    f.program_id,
    f.company_key,
    count(ca.application_number) AS applications,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = -3) AS apps_m3,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = -2) AS apps_m2,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = -1) AS apps_m1,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = 0) AS apps_0,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = 1) AS apps_p1,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = 2) AS apps_p2,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year = 3) AS apps_p3,
    count(*) FILTER (WHERE ca.filing_fiscal_year - f.first_fiscal_year <= 0) AS apps_up_to_0
  FROM firsts AS f
  LEFT JOIN company_applications AS ca USING (company_key)
  GROUP BY f.program_id, f.company_key
)
SELECT
  f.program_id,
  coalesce(pr.name, f.program_id) AS program,
  f.company_key,
  n.company_name,
  f.first_fiscal_year::INTEGER AS first_fiscal_year,
  f.bureau,
  f.prefecture_code,
  pf.name AS prefecture,
  c.applications > 0 AS linked,
  coalesce(ls.ambiguous, false) AS ambiguous,
  c.apps_m3::INTEGER AS apps_m3,
  c.apps_m2::INTEGER AS apps_m2,
  c.apps_m1::INTEGER AS apps_m1,
  c.apps_0::INTEGER AS apps_0,
  c.apps_p1::INTEGER AS apps_p1,
  c.apps_p2::INTEGER AS apps_p2,
  c.apps_p3::INTEGER AS apps_p3,
  c.apps_p1 + c.apps_p2 > 0 AS filed_after,
  c.apps_p1 + c.apps_p2 > 0 AND c.apps_up_to_0 = 0 AS first_time_filer,
  coalesce(make_date(f.first_fiscal_year + 3, 3, 31) > latest.latest_filing_date - INTERVAL 18 MONTH, true) AS incomplete,
  f.is_sample
FROM firsts AS f
JOIN names AS n USING (company_key)
JOIN counts AS c USING (program_id, company_key)
LEFT JOIN link_state AS ls USING (company_key)
LEFT JOIN programs AS pr USING (program_id)
LEFT JOIN prefectures AS pf ON pf.code = f.prefecture_code
CROSS JOIN latest;
`;
