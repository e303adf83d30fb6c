// The shape every data loader in src/data/ shares: open the warehouse read-only, produce the bytes, write them to
// stdout in one go, close. On failure: one clear line on stderr and a non-zero exit, so Framework fails the build
// (or the preview request) with that message instead of publishing a half-written or silently empty file.

import {terminalLines} from "../cli/terminal-text.js";
import {WarehouseError} from "../warehouse/connection.js";
import {openSiteWarehouse, type SiteWarehouse} from "./site-warehouse.js";

export async function runSiteLoader(
  name: string,
  produce: (site: SiteWarehouse) => Promise<Uint8Array | string>
): Promise<void> {
  const started = performance.now();
  try {
    const site = await openSiteWarehouse();
    let output: Uint8Array | string;
    try {
      output = await produce(site);
    } finally {
      site.close();
    }
    await new Promise<void>((done, fail) => process.stdout.write(output, (error) => (error ? fail(error) : done())));
    const bytes = typeof output === "string" ? Buffer.byteLength(output) : output.byteLength;
    const note = site.state === "missing" ? ` (no warehouse at ${site.path}: empty datasets)` : "";
    const ms = Math.round(performance.now() - started);
    console.error(`${name}: ${bytes.toLocaleString("en-US")} bytes in ${ms} ms${note}`);
  } catch (error) {
    // A busy or unreadable warehouse is the user's situation, not a bug: no stack trace, just what to do.
    const message =
      error instanceof WarehouseError ? error.message : error instanceof Error ? error.stack : String(error);
    console.error(terminalLines(`${name}: error: ${message}`));
    process.exitCode = 1;
  }
}
