// Prefectures, bureaus, programs, metrics, action-plan measures and the KPI files (loaders/site/kpi-reference.ts).
import {readKpiReference} from "../../loaders/site/kpi-reference.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("kpi-reference.json", async (site) => JSON.stringify(await readKpiReference(site)));
