// Checks an imported aliases file against the dictionary already in the warehouse (pure; readAliasesFile has
// already checked the file on its own).
//
// The rule: an imported file may override the shipped dictionary (its entries win, and each override is reported
// so that nobody is surprised), but never another imported file. Two imported files that disagree would make the
// result depend on which one happens to sort first, so the new file is refused with both places named:
//   - one name mapped to two entities;
//   - one entity given two groups;
//   - chains: this file maps a name to an entity that the other file maps on elsewhere (map it there directly),
//     or moves elsewhere an entity that the other file maps names into (those names would stay behind).
// Entities are compared by entity key: `ソニーグループ株式会社` and `ソニーグループ（株）` are one entity.

import type {StoredAliasEntry} from "./alias-store.js";

export interface ImportFinding {
  /** Line of the imported file. */
  line: number;
  message: string;
}

export interface ImportCheck {
  /** Conflicts with other imported files: the file is refused. */
  errors: ImportFinding[];
  /** Shipped entries this file overrides or contradicts: reported, the import goes ahead. */
  overrides: ImportFinding[];
}

/**
 * `entries`: the new file's entries (keys computed); `dictionary`: every stored entry. Entries of the new file's
 * own source are ignored, since importing it again replaces them.
 */
export function checkAliasImport(
  entries: readonly StoredAliasEntry[],
  dictionary: readonly StoredAliasEntry[]
): ImportCheck {
  const source = entries[0]?.source;
  const others = inForce(dictionary.filter((e) => !(e.sourceKind === "imported" && e.source === source)));
  const importedNames = new Set(entries.map((e) => e.name));
  // Shipped entries the new file overrides no longer apply, so they cannot conflict with it.
  const remaining = others.filter((e) => e.sourceKind === "imported" || !importedNames.has(e.name));

  const errors: ImportFinding[] = [];
  const overrides: ImportFinding[] = [];
  const report = (other: StoredAliasEntry, line: number, message: string): void => {
    const list = other.sourceKind === "imported" ? errors : overrides;
    list.push({line, message});
  };

  const byName = new Map(others.map((e) => [e.name, e]));
  const byNameKey = groupBy(remaining, (e) => e.nameEntityKey);
  const byEntityKey = groupBy(remaining, (e) => e.entityKey);

  for (const entry of entries) {
    const sameName = byName.get(entry.name);
    if (sameName && sameName.entityKey !== entry.entityKey) {
      report(sameName, entry.line, importFindingMessage("other-entity", entry, sameName));
    } else if (sameName && sameName.group !== entry.group) {
      report(sameName, entry.line, importFindingMessage("other-group", entry, sameName));
    }

    if (entry.group !== "") {
      const other = (byEntityKey.get(entry.entityKey) ?? []).find((o) => o.group !== "" && o.group !== entry.group);
      if (other) report(other, entry.line, importFindingMessage("entity-group", entry, other));
    }

    // This file maps a name into `entity`, but another file maps that entity's spellings on elsewhere.
    const onwards = (byNameKey.get(entry.entityKey) ?? []).find((other) => other.entityKey !== entry.entityKey);
    if (onwards) report(onwards, entry.line, importFindingMessage("onwards", entry, onwards));

    // This file moves a name away from its own key, but another file maps names into that key.
    if (entry.nameEntityKey !== entry.entityKey) {
      const left = (byEntityKey.get(entry.nameEntityKey) ?? []).find((other) => !importedNames.has(other.name));
      if (left) report(left, entry.line, importFindingMessage("left-behind", entry, left));
    }
  }
  errors.sort((a, b) => a.line - b.line);
  overrides.sort((a, b) => a.line - b.line);
  return {errors, overrides};
}

/** The checks above, in the order they run for each entry (import-conflicts.ts runs them in SQL in this order). */
export const IMPORT_CHECKS = ["other-entity", "other-group", "entity-group", "onwards", "left-behind"] as const;
export type ImportCheckKind = (typeof IMPORT_CHECKS)[number];

type EntryRef = Pick<StoredAliasEntry, "name" | "entity" | "group">;
type OtherRef = Pick<StoredAliasEntry, "name" | "entity" | "group" | "source" | "sourceKind" | "line">;

/** What a finding says about `entry` (the new file's row) and `other` (the stored entry it meets). */
export function importFindingMessage(kind: ImportCheckKind, entry: EntryRef, other: OtherRef): string {
  const imported = other.sourceKind === "imported";
  const resolution = imported ? "; keep one of the two" : "; this file's row applies";
  switch (kind) {
    case "other-entity":
      return `"${entry.name}" is mapped to "${entry.entity}" here and to "${other.entity}" in ${where(other)}${resolution}`;
    case "other-group":
      return (
        `"${entry.name}" has group "${entry.group || "(none)"}" here and "${other.group || "(none)"}" in ` +
        `${where(other)}${resolution}`
      );
    case "entity-group":
      return (
        `entity "${entry.entity}" is in group "${entry.group}" here and in "${other.group}" in ${where(other)}` +
        (imported ? "; keep one of the two" : "; this file's group applies")
      );
    case "onwards":
      return (
        `entity "${entry.entity}" is itself mapped to "${other.entity}" by "${other.name}" in ${where(other)}; ` +
        `map "${entry.name}" to "${other.entity}" directly`
      );
    case "left-behind":
      return (
        `"${entry.name}" is mapped on to "${entry.entity}" here, but "${other.name}" is mapped to ` +
        `"${other.entity}" in ${where(other)} and would stay behind; map it to "${entry.entity}" as well`
      );
  }
}

/** One entry per name: the first in precedence order (imported before shipped, then source and line). */
function inForce(entries: readonly StoredAliasEntry[]): StoredAliasEntry[] {
  const sorted = [...entries].sort(
    (a, b) =>
      Number(a.sourceKind === "shipped") - Number(b.sourceKind === "shipped") ||
      compareText(a.source, b.source) ||
      a.line - b.line
  );
  const seen = new Set<string>();
  return sorted.filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function where(entry: Pick<StoredAliasEntry, "source" | "line">): string {
  return `${entry.source}:${entry.line}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
