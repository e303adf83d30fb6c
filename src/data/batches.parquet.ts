// Every ingested or refused file, for the データ品質 page (loaders/site/quality.ts).
import {isPublicationBuild} from "../../loaders/site/publication.js";
import {batchesParquet} from "../../loaders/site/quality.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("batches.parquet", (site) => batchesParquet(site, {publication: isPublicationBuild()}));
