// Every row that was not loaded, with its file, lines, reason and raw text (loaders/site/quality.ts).
import {isPublicationBuild} from "../../loaders/site/publication.js";
import {rejectsParquet} from "../../loaders/site/quality.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("rejects.parquet", (site) => rejectsParquet(site, {publication: isPublicationBuild()}));
