// DuckDB's memory limit for a step whose need depends on the data: tried with a small limit first, so that the
// usual case stays small, and with a larger one each time DuckDB reports that it ran out (a step that needs more
// than the last limit fails with DuckDB's message). The step must be safe to run again (a query, or a CREATE OR
// REPLACE of a temp table).

import type {DuckDBConnection} from "@duckdb/node-api";

/** Runs `step` under each limit of `limits` in turn until it succeeds; leaves the limit at `limits[0]`. */
export async function withGrowingMemoryLimit<T>(
  connection: DuckDBConnection,
  limits: readonly string[],
  step: () => Promise<T>
): Promise<T> {
  try {
    for (let i = 0; ; i++) {
      await connection.run(`SET memory_limit = '${limits[i]}'`);
      try {
        return await step();
      } catch (error) {
        const outOfMemory = /Out of Memory Error/i.test(error instanceof Error ? error.message : String(error));
        if (!outOfMemory || i === limits.length - 1) throw error;
      }
    }
  } finally {
    await connection.run(`SET memory_limit = '${limits[0]}'`);
  }
}
