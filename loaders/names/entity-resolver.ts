// The precedence rule: a dictionary entry always wins over the automatic key.
//
// For a raw applicant name, in this order:
//   1. an entry whose `name` is exactly this spelling;
//   2. else entries whose `name` has the same entity key, if they all agree on the entity (so one entry for
//      ソニー株式会社 also covers ソニー　株式会社 and (株)ソニー; entries that disagree apply to their exact spelling only,
//      which is how a dictionary keeps apart two companies whose names fold to one key);
//   3. else the automatic key.
// A name resolved through the dictionary belongs to the entity whose key is entityKey(entry.entity), so every
// spelling of the entity itself joins it too. The group is the one the dictionary gives that entity key, whichever
// way the name got there.

import type {AliasEntry} from "./aliases-file.js";
import {entityKey} from "./entity-key.js";

export interface ResolvedEntity {
  /** The entity the name belongs to: the key of the dictionary's entity name, or the name's own key. */
  entityKey: string;
  /** The dictionary's canonical name; null when no dictionary entity has this key (the caller names the entity). */
  entity: string | null;
  /** "" when the dictionary gives the entity no group. */
  group: string;
  source: "dictionary-exact" | "dictionary-key" | "automatic";
}

export type EntityResolver = (name: string) => ResolvedEntity;

export function createEntityResolver(entries: readonly AliasEntry[]): EntityResolver {
  const byName = new Map<string, AliasEntry>();
  for (const entry of entries) if (!byName.has(entry.name)) byName.set(entry.name, entry);

  // null marks a key whose entries disagree: those apply to their exact spellings only.
  const byKey = new Map<string, AliasEntry | null>();
  for (const entry of byName.values()) {
    const key = entityKey(entry.name);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, entry);
    else if (known !== null && entityKey(known.entity) !== entityKey(entry.entity)) byKey.set(key, null);
  }

  const groupByEntityKey = new Map<string, string>();
  const entityByEntityKey = new Map<string, string>();
  for (const entry of entries) {
    const key = entityKey(entry.entity);
    if (entry.group !== "" && !groupByEntityKey.has(key)) groupByEntityKey.set(key, entry.group);
    if (!entityByEntityKey.has(key)) entityByEntityKey.set(key, entry.entity);
  }

  const fromEntry = (entry: AliasEntry, source: ResolvedEntity["source"]): ResolvedEntity => {
    const key = entityKey(entry.entity);
    return {entityKey: key, entity: entry.entity, group: groupByEntityKey.get(key) ?? "", source};
  };

  return (name) => {
    const exact = byName.get(name.trim());
    if (exact) return fromEntry(exact, "dictionary-exact");
    const key = entityKey(name);
    const sameKey = byKey.get(key);
    if (sameKey) return fromEntry(sameKey, "dictionary-key");
    // A spelling of a dictionary entity itself (ソニーグループ（株）) joins it through the key alone.
    const entity = entityByEntityKey.get(key) ?? null;
    return {entityKey: key, entity, group: groupByEntityKey.get(key) ?? "", source: "automatic"};
  };
}
