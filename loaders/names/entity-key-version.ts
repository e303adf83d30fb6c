// Which version of the entity-key rules computed a stored key. The warehouse keeps one key per distinct applicant
// name (applicant_names) and per dictionary row (applicant_aliases); after the rules change, keys computed before
// and after would no longer meet, so every run compares the stored version with this one and recomputes the stale
// keys (rekey-names.ts).
//
// The version is a digest of entity-key.ts itself rather than a constant someone must remember to bump: adding one
// legal form to a list changes the keys as surely as a new rule. An edit to a comment also changes it, which costs
// one harmless recomputation (a few hundred milliseconds for 20,000 names).

import {createHash} from "node:crypto";
import fs from "node:fs";
import {projectPath} from "../project-root.js";
import {ENTITY_KEY_RULES, entityKey} from "./entity-key.js";

function rulesDigest(): string {
  const hash = createHash("sha256");
  try {
    hash.update(fs.readFileSync(projectPath("loaders/names/entity-key.ts")));
  } catch {
    // Compiled or bundled without the source next to it: the rules' own text is the next best fingerprint.
    for (const rule of ENTITY_KEY_RULES) hash.update(`${rule.id}\u0000${rule.why}\u0000${rule.apply.toString()}\u0000`);
    hash.update(entityKey.toString());
  }
  return hash.digest("hex").slice(0, 12);
}

export const ENTITY_KEY_RULES_VERSION = rulesDigest();
