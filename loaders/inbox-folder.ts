// Where `npm start` picks up new files: data/inbox/ in the project folder. One function, so that the ingest side
// and the site (which shows inbox files by their path inside it) agree, and so that tests can point it elsewhere.

import path from "node:path";
import {projectPath} from "./project-root.js";

/** Absolute path of the inbox: $CHIZAI_INBOX when set (tests), else data/inbox/ in the project folder. */
export function inboxFolder(): string {
  const override = process.env.CHIZAI_INBOX;
  return override ? path.resolve(override) : projectPath("data", "inbox");
}
