// Reads a report style file (data/reference/report-style.json or the one given to `npm run report -- --style`):
// the logo, a path relative to the file, is read and inlined as a data URL so that the page and the deck carry the
// image itself.

import fs from "node:fs";
import path from "node:path";
import {reportStyle, type ReportStyle} from "../../src/components/report/report-style.js";
import {PROJECT_ROOT} from "../project-root.js";

export const DEFAULT_STYLE_FILE = path.join(PROJECT_ROOT, "data/reference/report-style.json");

const IMAGE_TYPES: Record<string, string> = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"};

export function readReportStyleFile(file = DEFAULT_STYLE_FILE): ReportStyle {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`report style ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof json.logo === "string" && json.logo !== "") {
    const logoPath = path.resolve(path.dirname(file), json.logo);
    const type = IMAGE_TYPES[path.extname(logoPath).toLowerCase()];
    if (!type) throw new Error(`report style ${file}: the logo must be a .png or .jpg file (got ${json.logo})`);
    if (!fs.existsSync(logoPath)) throw new Error(`report style ${file}: no logo at ${logoPath}`);
    json = {...json, logo: `data:${type};base64,${fs.readFileSync(logoPath).toString("base64")}`};
  } else json = {...json, logo: null};
  try {
    return reportStyle(json);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
