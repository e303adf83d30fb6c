// The landscape datasets as one archive (loaders/site/landscape-archive.ts); pages read data/landscape/<member>.
import {landscapeArchive} from "../../loaders/site/landscape-archive.js";
import {runSiteLoader} from "../../loaders/site/run-loader.js";

await runSiteLoader("landscape.tar", landscapeArchive);
