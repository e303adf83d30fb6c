// The 支援成果 page's aggregates (loaders/site/outcomes.ts), suppressed in a publication build (CHIZAI_PUBLISH=1).
import {readOutcomes} from "../../loaders/site/outcomes.js";
import {isPublicationBuild} from "../../loaders/site/publication.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("outcomes.json", async (site) =>
  JSON.stringify(await readOutcomes(site, {publication: isPublicationBuild()}))
);
