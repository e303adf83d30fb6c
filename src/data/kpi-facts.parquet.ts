// Every KPI figure, monthly and annual, as Parquet (loaders/site/kpi-facts.ts).
import {kpiFactsParquet} from "../../loaders/site/kpi-facts.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("kpi-facts.parquet", kpiFactsParquet);
