// The 概要 page's figures (loaders/site/overview.ts) as JSON.
import {readOverview} from "../../loaders/site/overview.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("overview.json", async (site) => JSON.stringify(await readOverview(site)));
