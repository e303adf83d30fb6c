// The applicant-name part of the warehouse schema (名寄せ), included in loaders/warehouse/schema.ts. A public SQL
// interface, documented in docs/applicant-names.md.
//
// Why this shape:
// - Entity keys need Unicode NFKC, which DuckDB does not have, so they are computed in JS once per distinct raw
//   name and stored in applicant_names; the resolution itself is SQL over that table, the dictionary and
//   patent_applicants, so editing the dictionary changes every query at once without re-ingesting anything.
// - No primary keys on applicant_names or applicant_aliases: an ART index makes every checkpoint of a large table
//   slow. applicant_names.name is unique by construction (register-names.ts); applicant_aliases may hold the same
//   name from two sources on purpose, and applicant_aliases_in_force picks the one that applies.
// - `entity` is a function of `entity_key` (one display name per entity), so a ranking by `entity` never shows one
//   entity twice under two labels.

export const NAMES_SCHEMA = `
-- One row per distinct raw applicant name, with its automatic entity key (loaders/names/entity-key.ts).
CREATE TABLE IF NOT EXISTS applicant_names (
  name VARCHAR NOT NULL,          -- exactly as patent_applicants.name; unique
  name_key VARCHAR NOT NULL,      -- the light fold of patent_applicants.name_key (▲▼ removed, spaces folded)
  entity_key VARCHAR NOT NULL,    -- the automatic entity key: width, spaces, punctuation and legal form removed
  rules_version VARCHAR NOT NULL  -- digest of the entity-key rules that computed entity_key
);

-- The applicant-aliases dictionary (名寄せ辞書): the shipped data/reference/applicant-aliases.csv and imported files.
CREATE TABLE IF NOT EXISTS applicant_aliases (
  name VARCHAR NOT NULL,            -- a raw spelling
  entity VARCHAR NOT NULL,          -- the canonical name of the entity it belongs to
  group_name VARCHAR,               -- the corporate group of the entity; NULL = none
  name_entity_key VARCHAR NOT NULL, -- entity key of name: the entry also covers other spellings with this key
  entity_key VARCHAR NOT NULL,      -- entity key of entity: the entity the name joins
  source VARCHAR NOT NULL,          -- which file: 'data/reference/applicant-aliases.csv', or the full path of an imported one
  source_kind VARCHAR NOT NULL,     -- 'shipped' | 'imported'; imported entries win over shipped ones
  source_path_known BOOLEAN NOT NULL, -- false: imported before schema 2, which kept only the file name (source)
  line INTEGER NOT NULL,            -- physical line in the source file (header = line 1)
  rules_version VARCHAR NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  corporate_number VARCHAR          -- 法人番号 of the entity (optional 4th column of a dictionary file); NULL = not given
);

-- The dictionary in force: one entry per name. An imported entry wins over a shipped one; among entries of the same
-- kind (only ever identical mappings, conflicts are refused at import), the first by source and line.
CREATE OR REPLACE VIEW applicant_aliases_in_force AS
SELECT name, entity, group_name, name_entity_key, entity_key, source, source_kind, line, corporate_number
FROM applicant_aliases
QUALIFY row_number() OVER (PARTITION BY name ORDER BY source_kind = 'shipped', source, line) = 1;

-- One row per distinct raw name: where it belongs (loaders/names/entity-resolver.ts, in SQL).
--   1. an entry whose name is exactly this spelling                          resolution = 'dictionary'
--   2. else entries whose name has the same entity key, if they agree        resolution = 'dictionary-key'
--   3. else the automatic key                                                resolution = 'automatic'
-- entity: the dictionary's entity name for the resulting key, else the most frequent raw spelling among the names
-- placed under that key (applicant rows over the whole warehouse; ties: the smallest name in code-point order).
-- group_name: the dictionary's group for the key (from any entry whose entity has that key), else the entity.
CREATE OR REPLACE VIEW applicant_resolution AS
WITH
by_key AS (
  SELECT name_entity_key, min(entity_key) AS entity_key
  FROM applicant_aliases_in_force
  GROUP BY name_entity_key
  HAVING count(DISTINCT entity_key) = 1
),
placed AS (
  SELECT
    n.name,
    n.entity_key AS name_entity_key,
    coalesce(exact.entity_key, by_key.entity_key, n.entity_key) AS entity_key,
    CASE
      WHEN exact.name IS NOT NULL THEN 'dictionary'
      WHEN by_key.entity_key IS NOT NULL THEN 'dictionary-key'
      ELSE 'automatic'
    END AS resolution
  FROM applicant_names AS n
  LEFT JOIN applicant_aliases_in_force AS exact ON exact.name = n.name
  LEFT JOIN by_key ON by_key.name_entity_key = n.entity_key
),
dictionary_entities AS (
  SELECT
    entity_key,
    first(entity ORDER BY source_kind = 'shipped', source, line) AS entity,
    first(group_name ORDER BY source_kind = 'shipped', source, line) FILTER (WHERE group_name IS NOT NULL) AS group_name
  FROM applicant_aliases_in_force
  GROUP BY entity_key
),
spelling_uses AS (
  SELECT name, count(*) AS uses FROM patent_applicants GROUP BY name
),
top_spellings AS (
  SELECT placed.entity_key, first(placed.name ORDER BY spelling_uses.uses DESC, placed.name) AS entity
  FROM placed JOIN spelling_uses USING (name)
  GROUP BY placed.entity_key
)
SELECT
  placed.name,
  placed.name_entity_key,
  placed.entity_key,
  coalesce(dictionary_entities.entity, top_spellings.entity, placed.name) AS entity,
  coalesce(dictionary_entities.group_name, dictionary_entities.entity, top_spellings.entity, placed.name) AS group_name,
  placed.resolution
FROM placed
LEFT JOIN dictionary_entities USING (entity_key)
LEFT JOIN top_spellings USING (entity_key);

-- patent_applicants with every name resolved to its entity and group: what every 名寄せ後 chart counts.
-- A name not registered yet (a warehouse written before names were registered, until its next ingest or
-- 'chizai names rekey') stands for itself, with resolution 'unregistered', so that no row ever disappears.
CREATE OR REPLACE VIEW patent_applicants_resolved AS
SELECT
  a.application_number,
  a.position,
  a.name,
  coalesce(r.entity, a.name) AS entity,
  coalesce(r.group_name, a.name) AS group_name,
  r.entity_key,
  coalesce(r.resolution, 'unregistered') AS resolution
FROM patent_applicants AS a
LEFT JOIN applicant_resolution AS r USING (name);
`;
