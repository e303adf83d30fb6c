// How applicants are counted: by the name as written in the export (出願人名（原文）), by entity after 名寄せ
// (the default), or by corporate group. Every applicant chart takes a mode and works on integer keys.

import {pageHref} from "../page-link.js";
import type {LandscapeData} from "./landscape-data.js";

export type NameMode = "entity" | "name" | "group";

export const NAME_MODES: readonly NameMode[] = ["entity", "name", "group"];

export const NAME_MODE_LABELS: Record<NameMode, string> = {
  entity: "名寄せ後",
  name: "出願人名（原文）",
  group: "グループ"
};

export function parseNameMode(value: string | null | undefined): NameMode {
  return NAME_MODES.includes(value as NameMode) ? (value as NameMode) : "entity";
}

export interface ApplicantKeys {
  mode: NameMode;
  /** The key of each raw name id under this mode. */
  keyOfName: Int32Array;
  /** The label of each key. */
  labels: readonly string[];
}

const cache = new WeakMap<LandscapeData, Map<NameMode, ApplicantKeys>>();

export function applicantKeys(data: LandscapeData, mode: NameMode): ApplicantKeys {
  let byMode = cache.get(data);
  if (!byMode) cache.set(data, (byMode = new Map()));
  let keys = byMode.get(mode);
  if (!keys) {
    keys =
      mode === "name"
        ? {mode, keyOfName: Int32Array.from(data.names, (_, i) => i), labels: data.names}
        : mode === "entity"
          ? {mode, keyOfName: data.entityOfName, labels: data.entities}
          : {mode, keyOfName: data.groupOfName, labels: data.groups};
    byMode.set(mode, keys);
  }
  return keys;
}

/** The key whose label is exactly `label`, or -1. */
export function keyOfLabel(keys: ApplicantKeys, label: string): number {
  return keys.labels.indexOf(label);
}

/** The 出願人 page of one applicant under a mode, as a relative link (safe for any name: it is URL-encoded). */
export function applicantHref(label: string, mode: NameMode): string {
  return pageHref("applicant", {name: label, mode});
}
