// npm run report -- [--db PATH] [--collection NAME]... [--from YEAR] [--to YEAR] [--basis filing|publication]
//   [--names entity|name|group] [--fi PREFIX] [--applicant NAME] [--q QUERY] [--view QUERY_STRING]
//   [--style FILE] [--json] --out FILE.pptx [--xlsx FILE.xlsx]
//
// The report the ランドスケープ page's レポート buttons make, from a script: the same chart registry, shaping,
// deck and workbook code, over the same datasets (built from the warehouse with the site's loader code). --view
// takes the query string of a page's address; the other options override what it says.

import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import PptxGenJS from "pptxgenjs";
import {ALL_COLLECTIONS} from "../../src/components/landscape/view-state.js";
import {buildDeck, type PptxConstructor} from "../../src/components/report/deck.js";
import {reportModel} from "../../src/components/report/report-model.js";
import {buildWorkbook} from "../../src/components/report/workbook.js";
import {jsdomImager} from "../report/jsdom-images.js";
import {parseReportArgs, REPORT_USAGE as USAGE} from "../report/report-args.js";
import {readReportStyleFile} from "../report/report-style-file.js";
import {readWarehouseLandscape} from "../report/warehouse-landscape.js";
import {readFiTitles} from "../site/fi-titles.js";
import {UsageError} from "./args.js";
import {runCommand} from "./run-command.js";
import {terminalJson, terminalLines} from "./terminal-text.js";


function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Writes through a temporary file, so an interrupted run never leaves a half-written deck under the name. */
function writeFileAtomically(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
}

async function main(argv: string[]): Promise<number> {
  const args = parseReportArgs(argv);
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const log = (line: string) => console.error(terminalLines(line));
  const style = readReportStyleFile(args.style);
  log(`Reading ${args.db} …`);
  const landscape = await readWarehouseLandscape(args.db, {searchText: args.view.q.trim() !== ""});
  const known = landscape.data.meta.collections.map((c) => c.name);
  const unknown = args.view.collections.filter((name) => name !== ALL_COLLECTIONS && !known.includes(name));
  if (unknown.length) {
    throw new UsageError(`no collection ${unknown.map((n) => `"${n}"`).join(", ")} in ${args.db}; known: ${known.join(", ")}`);
  }
  const model = reportModel(landscape.data, args.view, {
    basis: landscape.basis,
    style,
    extras: {fiTitles: readFiTitles()},
    ...(landscape.searchText ? {searchText: landscape.searchText} : {})
  });
  log(
    `${model.selection.count.toLocaleString("ja-JP")} of ${model.data.applications.toLocaleString("ja-JP")} applications ` +
      `(${model.conditionsLine}) in ${seconds(started)}`
  );
  const imager = await jsdomImager();
  if (!imager) log("jsdom is not installed (npm install): the network, matrix and lifecycle slides show their tables");
  const deckStarted = performance.now();
  const deck = await buildDeck(PptxGenJS as unknown as PptxConstructor, model, {
    imageOf: imager ?? (async () => null),
    progress: (done, total, title) => title && log(`  slide ${done + 1}/${total}: ${title}`)
  });
  writeFileAtomically(args.out, deck);
  log(`Wrote ${args.out} (${model.charts.length + 3} slides, ${(deck.byteLength / 1024).toFixed(0)} KB) in ${seconds(deckStarted)}`);
  let workbookBytes: number | null = null;
  if (args.xlsx) {
    const bookStarted = performance.now();
    const workbook = await buildWorkbook(ExcelJS, model, landscape.documents);
    writeFileAtomically(args.xlsx, workbook);
    workbookBytes = workbook.byteLength;
    log(`Wrote ${args.xlsx} (${model.charts.length + 2} sheets, ${(workbook.byteLength / 1024).toFixed(0)} KB) in ${seconds(bookStarted)}`);
  }
  if (args.json) {
    console.log(
      terminalJson({
        out: args.out,
        xlsx: args.xlsx,
        slides: model.charts.length + 3,
        sheets: args.xlsx ? model.charts.length + 2 : null,
        deckBytes: deck.byteLength,
        workbookBytes,
        applications: model.selection.count,
        collections: model.collectionNames,
        conditions: model.conditionsLine,
        charts: model.charts.map((c) => ({id: c.entry.id, title: c.title, deck: c.entry.deck})),
        seconds: Number(((performance.now() - started) / 1000).toFixed(2))
      })
    );
  }
  log(`Done in ${seconds(started)}.`);
  return 0;
}

runCommand(main, USAGE);
