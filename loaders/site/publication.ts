// A publication build (CHIZAI_PUBLISH=1 npm run build): the site is to be shown outside the bureau, so nothing
// derived from the support records at company level may reach dist/ — the company table, the links, the raw text of
// rejected support rows — and the support outcomes are published only as aggregates with small cells suppressed
// (small-cells.ts). The flag is read by the data loaders, which the build runs with its own environment.

export const PUBLISH_ENV = "CHIZAI_PUBLISH";

/** Input kinds whose rows are public (patent publications, program aggregates): their rejects stay on the site. */
export const PUBLIC_KINDS = ["jplatpat", "kpi"] as const;

/** CHIZAI_PUBLISH set to anything but "", "0", "false" or "no". */
export function isPublicationBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env[PUBLISH_ENV] ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false" && value !== "no";
}

/** SQL: the batches whose kind is public (for the alias `b` of batches). */
export const PUBLIC_BATCH_SQL = `b.kind IN (${PUBLIC_KINDS.map((kind) => `'${kind}'`).join(", ")})`;
