// A step whose memory depends on the data runs under a small DuckDB limit first and a larger one when DuckDB runs
// out (names import compares applicant_resolution that way).
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {withGrowingMemoryLimit} from "../../loaders/warehouse/memory-limit.js";
import {queryValue} from "../../loaders/warehouse/query.js";

async function connect() {
  const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
  return {instance, connection: await instance.connect()};
}

// One list of five million numbers: an aggregate that cannot spill to disk.
const BIG_LIST = `SELECT len(list(range)) FROM range(5000000)`;

describe("withGrowingMemoryLimit", () => {
  it("retries with the next limit when DuckDB runs out of memory, then restores the first", async () => {
    const {instance, connection} = await connect();
    try {
      const limits: string[] = [];
      const length = await withGrowingMemoryLimit(connection, ["2MB", "1GB"], async () => {
        limits.push(String(await queryValue(connection, `SELECT current_setting('memory_limit')`)));
        return queryValue<number>(connection, BIG_LIST);
      });
      expect(length).toBe(5_000_000);
      expect(limits).toHaveLength(2);
      expect(await queryValue(connection, `SELECT current_setting('memory_limit')`)).toBe(limits[0]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("gives up with DuckDB's message after the last limit, and does not retry other errors", async () => {
    const {instance, connection} = await connect();
    try {
      await expect(withGrowingMemoryLimit(connection, ["2MB"], () => queryValue(connection, BIG_LIST))).rejects.toThrow(
        /Out of Memory Error/
      );
      let attempts = 0;
      await expect(
        withGrowingMemoryLimit(connection, ["2MB", "1GB"], () => {
          attempts++;
          return queryValue(connection, `SELECT * FROM no_such_table`);
        })
      ).rejects.toThrow(/no_such_table/);
      expect(attempts).toBe(1);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
