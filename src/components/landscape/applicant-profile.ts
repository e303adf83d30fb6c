// The 出願人 page: one applicant (a raw name, an entity or a group) with its applications and the raw spellings
// (表記) behind it, so a user can check what 名寄せ merged.

import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {searchKey} from "./text-match.js";

/** Applications where the applicant (key under `mode`) appears, at any position. */
export function applicationsOf(data: LandscapeData, mode: NameMode, key: number): {mask: Uint8Array; count: number} {
  const {keyOfName} = applicantKeys(data, mode);
  const mask = new Uint8Array(data.applications);
  let count = 0;
  for (let a = 0; a < data.applications; ++a) {
    for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end; ++r) {
      if (keyOfName[data.applicantName[r]!] === key) {
        mask[a] = 1;
        ++count;
        break;
      }
    }
  }
  return {mask, count};
}

export interface SpellingRow {
  /** The name exactly as written in the exports. */
  name: string;
  entity: string;
  group: string;
  /** Applications (all, unfiltered) that carry this spelling. */
  applications: number;
  /** Of these, where the spelling is the lead applicant (筆頭出願人). */
  lead: number;
}

/** The raw spellings that make up one applicant under `mode`, most used first. */
export function spellingsOf(data: LandscapeData, mode: NameMode, key: number): SpellingRow[] {
  const {keyOfName} = applicantKeys(data, mode);
  const applications = new Map<number, number>();
  const lead = new Map<number, number>();
  const lastApp = new Map<number, number>();
  for (let a = 0; a < data.applications; ++a) {
    const start = data.applicantStart[a]!;
    for (let r = start, end = data.applicantStart[a + 1]!; r < end; ++r) {
      const name = data.applicantName[r]!;
      if (keyOfName[name] !== key || lastApp.get(name) === a) continue;
      lastApp.set(name, a);
      applications.set(name, (applications.get(name) ?? 0) + 1);
      if (r === start) lead.set(name, (lead.get(name) ?? 0) + 1);
    }
  }
  return [...applications]
    .map(([name, count]) => ({
      name: data.names[name]!,
      entity: data.entities[data.entityOfName[name]!]!,
      group: data.groups[data.groupOfName[name]!]!,
      applications: count,
      lead: lead.get(name) ?? 0
    }))
    .sort((x, y) => y.applications - x.applications || (x.name < y.name ? -1 : 1));
}

export interface ApplicantChoice {
  key: number;
  label: string;
  applications: number;
}

/** Applicants whose label contains `query` (width, case and spaces ignored), most applications first. */
export function findApplicants(
  data: LandscapeData,
  mode: NameMode,
  query: string,
  counts: Int32Array,
  limit = 20
): ApplicantChoice[] {
  const wanted = searchKey(query);
  const {labels} = applicantKeys(data, mode);
  const found: ApplicantChoice[] = [];
  labels.forEach((label, key) => {
    if (counts[key]! > 0 && (wanted === "" || searchKey(label).includes(wanted))) {
      found.push({key, label, applications: counts[key]!});
    }
  });
  found.sort((x, y) => y.applications - x.applications || x.key - y.key);
  return found.slice(0, limit);
}

/**
 * The same applicant under another name mode: the target key that most of its applications carry. A group maps to
 * its largest entity, an entity to its most used spelling, a spelling to its entity or group.
 */
export function convertKey(data: LandscapeData, from: NameMode, key: number, to: NameMode): number {
  if (from === to || key < 0) return key;
  const source = applicantKeys(data, from).keyOfName;
  const target = applicantKeys(data, to).keyOfName;
  const votes = new Map<number, number>();
  for (let r = 0; r < data.applicantName.length; ++r) {
    const name = data.applicantName[r]!;
    if (source[name] === key) votes.set(target[name]!, (votes.get(target[name]!) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [candidate, count] of votes) {
    if (count > most || (count === most && candidate < best)) [best, most] = [candidate, count];
  }
  return best;
}
