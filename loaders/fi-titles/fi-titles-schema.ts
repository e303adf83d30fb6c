// The warehouse table of FI titles that users ingested, part of WAREHOUSE_SCHEMA (warehouse/schema.ts). The
// shipped section and class titles stay in data/reference/fi-titles.csv; the site lays these over them.

export const FI_TITLES_SCHEMA = `
-- FI titles from title files a user ingested (code,title). The site shows them beside the codes, over the shipped
-- section and class titles; when two files title one code, the one ingested last wins. Ingesting a changed file from
-- the same path again replaces that file's entries.
CREATE TABLE IF NOT EXISTS fi_titles (
  code VARCHAR NOT NULL,          -- folded (NFKC, upper case, no spaces): H01M10/052
  code_raw VARCHAR NOT NULL,      -- as written in the file
  title VARCHAR NOT NULL,
  source_path VARCHAR NOT NULL,   -- the file's full path: which entries a new version of the file replaces
  batch_id INTEGER NOT NULL,
  line INTEGER NOT NULL           -- physical line in the file (header = line 1)
);
`;
