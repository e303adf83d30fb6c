// FI titles by code (loaders/site/fi-titles.ts): the shipped ones and those users ingested, shown beside the codes
// on the ランドスケープ page.
import {siteFiTitles} from "../../loaders/site/fi-titles.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("fi-titles.json", async (site) => JSON.stringify(await siteFiTitles(site)));
