// The text of the keyword search: 発明の名称, 要約 and applicants by application id (loaders/site/search-text.ts).
// Pages fetch it only when the first query is typed.
import {searchTextParquet} from "../../loaders/site/search-text.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("search-text.parquet", searchTextParquet);
