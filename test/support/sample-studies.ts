// The bundled fictional sample ingested as two studies, the way a consultant updates a study: the earlier one
// (公知日 up to 2021) and the update (公知日 from August 2021). Their date ranges overlap, so some applications are in
// both: material for the 比較 page's overlap (its integration test and the README's screenshot).

import {readdirSync} from "node:fs";
import path from "node:path";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";

export const SAMPLE_PATENTS = path.resolve(import.meta.dirname, "../../data/sample/patents");
export const EARLIER_STUDY = "全固体電池（前回調査：公知日〜2021年）";
export const UPDATE_STUDY = "全固体電池（更新：公知日2021年8月〜）";

/** The update's files: the two newest 公知日 ranges. */
const isUpdate = (file: string) => /公知日(20210801|2024)/.test(file);

export async function ingestSampleStudies(db: string): Promise<void> {
  const files = readdirSync(SAMPLE_PATENTS).filter((f) => f.endsWith(".csv"));
  const study = (name: string, keep: (file: string) => boolean) =>
    collectInputs(
      files.filter(keep).map((f) => path.join(SAMPLE_PATENTS, f)),
      name
    ).map((input) => ({...input, isSample: true}));
  const run = await ingestFiles(db, [...study(EARLIER_STUDY, (f) => !isUpdate(f)), ...study(UPDATE_STUDY, isUpdate)]);
  const refused = run.files.filter((file) => file.status !== "loaded");
  if (refused.length > 0) throw new Error(`the sample studies were not all loaded: ${JSON.stringify(refused)}`);
}
