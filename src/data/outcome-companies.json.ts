// The 支援成果 page's company table and ambiguous links (loaders/site/outcomes.ts); empty in a publication build.
import {readOutcomeCompanies} from "../../loaders/site/outcomes.js";
import {isPublicationBuild} from "../../loaders/site/publication.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("outcome-companies.json", async (site) =>
  JSON.stringify(await readOutcomeCompanies(site, {publication: isPublicationBuild()}))
);
