// FI titles by code (loaders/site/fi-titles.ts), shown beside the codes on the ランドスケープ page.
import {readFiTitles} from "../../loaders/site/fi-titles.js";

try {
  process.stdout.write(JSON.stringify(readFiTitles()));
} catch (error) {
  console.error(`fi-titles.json: error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
