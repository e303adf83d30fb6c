// The look of the report's deck and workbook (data/reference/report-style.json, checked, with its logo inlined).
import {readReportStyleFile} from "../../loaders/report/report-style-file.js";

try {
  process.stdout.write(JSON.stringify(readReportStyleFile()));
} catch (error) {
  console.error(`report-style.json: error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
