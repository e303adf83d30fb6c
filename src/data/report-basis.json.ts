// The report's data basis (loaders/report/report-basis.ts): per collection its 検索式, 検索日 and files.
import {readReportBasis} from "../../loaders/report/report-basis.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("report-basis.json", async (site) => JSON.stringify(await readReportBasis(site.connection)));
