// What a filter chip (a click on a mark, view-state.ts's ChipKind) keeps of a selection. Each chip narrows the mask in
// place with the same rule that made the mark's number, so that after a click the document list holds exactly the
// applications the clicked bar, cell, node or edge counted.

import type {FiScope} from "./fi-hierarchy.js";
import type {LandscapeData} from "./landscape-data.js";
import {UNKNOWN_INDEX} from "./landscape-meta.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {stageLabel} from "./rights-status.js";
import {chipParts, type Chip} from "./view-state.js";
import {MISSING_YEAR, yearsOf, type DateBasis, type YearKind} from "./year-basis.js";

/** The parts of the view a chip is read against: years of its basis and kind, labels of its name mode. */
export interface ChipContext {
  basis: DateBasis;
  yearKind: YearKind;
  names: NameMode;
  fiScope: FiScope;
}

function yearOf(value: string): number {
  return /^\d{4}$/.test(value) ? Number(value) : NaN;
}

/** 1 for each applicant key whose label is exactly one of `labels`. */
function keysLabelled(data: LandscapeData, names: NameMode, labels: readonly string[]): Uint8Array {
  const keys = applicantKeys(data, names);
  const wanted = new Set(labels);
  const matches = new Uint8Array(keys.labels.length);
  keys.labels.forEach((label, key) => {
    if (wanted.has(label)) matches[key] = 1;
  });
  return matches;
}

/** True when one of the applicants of `a` (only the lead with leadOnly) has a key flagged in `keys`. */
function hasApplicant(data: LandscapeData, a: number, keyOfName: Int32Array, keys: Uint8Array, leadOnly = false): boolean {
  const start = data.applicantStart[a]!;
  const end = leadOnly ? Math.min(start + 1, data.applicantStart[a + 1]!) : data.applicantStart[a + 1]!;
  for (let r = start; r < end; ++r) if (keys[keyOfName[data.applicantName[r]!]!]) return true;
  return false;
}

/**
 * 1 for each FI code id lying in `node` at any level (section H, class H01, subclass H01M, main group H01M10 or
 * subgroup H01M10/0562): the formats of the levels never coincide, so equality at any level is the node.
 */
function codesInNode(data: LandscapeData, node: string): Uint8Array {
  const {fiCodes} = data;
  const matches = new Uint8Array(fiCodes.fi.length);
  for (let code = 0; code < matches.length; ++code) {
    if (
      fiCodes.section[code] === node ||
      fiCodes.class[code] === node ||
      fiCodes.subclass[code] === node ||
      fiCodes.mainGroup[code] === node ||
      fiCodes.subgroup[code] === node
    ) {
      matches[code] = 1;
    }
  }
  return matches;
}

function hasFi(data: LandscapeData, a: number, codes: Uint8Array, scope: FiScope): boolean {
  for (let r = data.fiStart[a]!, end = data.fiStart[a + 1]!; r < end; ++r) {
    if (scope === "lead" && !data.fiLead[r]) continue;
    if (codes[data.fiCode[r]!]) return true;
  }
  return false;
}

/** Keeps in `mask` the applications for which `keep` is true. */
function narrow(mask: Uint8Array, keep: (a: number) => boolean): void {
  for (let a = 0; a < mask.length; ++a) if (mask[a] && !keep(a)) mask[a] = 0;
}

/** 1 for each stage or event id whose label (as the charts show it) is `label`. */
function idsLabelled(values: readonly string[], label: string, labelOf: (id: number) => string): Uint8Array {
  const ids = new Uint8Array(values.length);
  values.forEach((_, id) => {
    if (labelOf(id) === label) ids[id] = 1;
  });
  return ids;
}

/**
 * Narrows `mask` (in place) to the applications a chip stands for. An entrant chip is read against the mask as it is
 * when the chip comes: the applicants whose first application in it falls in that year, with all their applications
 * in it (the portfolio they entered with and built since).
 */
export function applyChip(data: LandscapeData, mask: Uint8Array, chip: Chip, context: ChipContext): void {
  const parts = chipParts(chip.value);
  const years = () => yearsOf(data, context.basis, context.yearKind);
  const {keyOfName} = applicantKeys(data, context.names);
  switch (chip.kind) {
    case "year": {
      const year = yearOf(chip.value);
      const of = years();
      narrow(mask, (a) => of[a] === year);
      return;
    }
    case "stack": {
      // The trend's series: a stage when the label is one, else the lead applicant (the stack counts 筆頭出願人).
      const year = yearOf(parts[0] ?? "");
      const series = parts[1] ?? "";
      const of = years();
      const stages = idsLabelled(data.meta.stages, series, (id) => stageLabel(data.meta.stages, id));
      const byStage = stages.includes(1);
      const leads = keysLabelled(data, context.names, [series]);
      narrow(mask, (a) =>
        of[a] === year && (byStage ? stages[data.stage[a]!] === 1 : hasApplicant(data, a, keyOfName, leads, true))
      );
      return;
    }
    case "applicant": {
      const keys = keysLabelled(data, context.names, [chip.value]);
      narrow(mask, (a) => hasApplicant(data, a, keyOfName, keys));
      return;
    }
    case "fi": {
      const codes = codesInNode(data, chip.value);
      narrow(mask, (a) => hasFi(data, a, codes, context.fiScope));
      return;
    }
    case "cell": {
      const keys = keysLabelled(data, context.names, [parts[0] ?? ""]);
      const codes = codesInNode(data, parts[1] ?? "");
      narrow(mask, (a) => hasApplicant(data, a, keyOfName, keys) && hasFi(data, a, codes, context.fiScope));
      return;
    }
    case "pair": {
      const first = keysLabelled(data, context.names, [parts[0] ?? ""]);
      const second = keysLabelled(data, context.names, [parts[1] ?? ""]);
      narrow(mask, (a) => hasApplicant(data, a, keyOfName, first) && hasApplicant(data, a, keyOfName, second));
      return;
    }
    case "stage": {
      const stages = idsLabelled(data.meta.stages, chip.value, (id) => stageLabel(data.meta.stages, id));
      narrow(mask, (a) => stages[data.stage[a]!] === 1);
      return;
    }
    case "event": {
      const events = idsLabelled(data.meta.events, chip.value, (id) => (id === UNKNOWN_INDEX ? "" : data.meta.events[id]!));
      narrow(mask, (a) => events[data.event[a]!] === 1);
      return;
    }
    case "entrant": {
      const year = yearOf(chip.value);
      const of = years();
      const firstYear = new Int32Array(applicantKeys(data, context.names).labels.length).fill(0x7fffffff);
      for (let a = 0; a < mask.length; ++a) {
        if (!mask[a] || of[a] === MISSING_YEAR) continue;
        for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end; ++r) {
          const key = keyOfName[data.applicantName[r]!]!;
          if (of[a]! < firstYear[key]!) firstYear[key] = of[a]!;
        }
      }
      const entrants = Uint8Array.from(firstYear, (first) => (first === year ? 1 : 0));
      narrow(mask, (a) => hasApplicant(data, a, keyOfName, entrants));
      return;
    }
  }
}
