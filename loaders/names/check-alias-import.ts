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
    const resolution = sameName?.sourceKind === "imported" ? "; keep one of the two" : "; this file's row applies";
    if (sameName && sameName.entityKey !== entry.entityKey) {
      report(
        sameName,
        entry.line,
        `"${entry.name}" is mapped to "${entry.entity}" here and to "${sameName.entity}" in ${where(sameName)}${resolution}`
      );
    } else if (sameName && sameName.group !== entry.group) {
      report(
        sameName,
        entry.line,
        `"${entry.name}" has group "${entry.group || "(none)"}" here and "${sameName.group || "(none)"}" in ` +
          `${where(sameName)}${resolution}`
      );
    }

    if (entry.group !== "") {
      for (const other of byEntityKey.get(entry.entityKey) ?? []) {
        if (other.group === "" || other.group === entry.group) continue;
        report(
          other,
          entry.line,
          `entity "${entry.entity}" is in group "${entry.group}" here and in "${other.group}" in ${where(other)}` +
            (other.sourceKind === "imported" ? "; keep one of the two" : "; this file's group applies")
        );
        break;
      }
    }

    // This file maps a name into `entity`, but another file maps that entity's spellings on elsewhere.
    const onwards = (byNameKey.get(entry.entityKey) ?? []).find((other) => other.entityKey !== entry.entityKey);
    if (onwards) {
      report(
        onwards,
        entry.line,
        `entity "${entry.entity}" is itself mapped to "${onwards.entity}" by "${onwards.name}" in ${where(onwards)}; ` +
          `map "${entry.name}" to "${onwards.entity}" directly`
      );
    }

    // This file moves a name away from its own key, but another file maps names into that key.
    if (entry.nameEntityKey !== entry.entityKey) {
      const left = (byEntityKey.get(entry.nameEntityKey) ?? []).find((other) => !importedNames.has(other.name));
      if (left) {
        report(
          left,
          entry.line,
          `"${entry.name}" is mapped on to "${entry.entity}" here, but "${left.name}" is mapped to ` +
            `"${left.entity}" in ${where(left)} and would stay behind; map it to "${entry.entity}" as well`
        );
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  overrides.sort((a, b) => a.line - b.line);
  return {errors, overrides};
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

function where(entry: StoredAliasEntry): string {
  return `${entry.source}:${entry.line}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
