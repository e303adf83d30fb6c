// Every ingested or refused file, for the データ品質 page (loaders/site/quality.ts).
import {batchesParquet} from "../../loaders/site/quality.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("batches.parquet", batchesParquet);
