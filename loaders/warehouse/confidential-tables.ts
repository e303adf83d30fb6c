// The warehouse tables whose rows are about identified people or firms outside the patent record (the support
// program's case records): left out of anything that leaves the warehouse in bulk (the Parquet lake) unless a user
// names them. One list, so that a new confidential table is kept back everywhere by adding it here.
//
// A file of such a kind can also leave its rows in `rejects` (a rejected row keeps its raw text): those rows go
// with the table, kept back unless the table is named.

export interface ConfidentialTable {
  table: string;
  /** The batches.kind of the files that load this table: their rejected rows are as confidential as the table. */
  fileKinds: readonly string[];
}

export const CONFIDENTIAL_TABLES: readonly ConfidentialTable[] = [{table: "support_records", fileKinds: ["support"]}];

export function isConfidentialTable(table: string): boolean {
  return CONFIDENTIAL_TABLES.some((entry) => entry.table === table);
}

/** The file kinds whose rejected rows stay out when `included` names none of their tables. */
export function confidentialFileKinds(included: readonly string[]): string[] {
  return CONFIDENTIAL_TABLES.filter((entry) => !included.includes(entry.table)).flatMap((entry) => entry.fileKinds);
}
