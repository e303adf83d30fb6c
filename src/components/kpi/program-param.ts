// `?program=madoguchi` opens the 事業KPI page on a program (the アクションプラン page links there). The program id,
// its Japanese name or (folded) spelling variants of either are accepted; anything else falls back to the first
// program and is reported.

import {pageHref} from "../page-link.js";
import type {KpiProgram} from "./kpi-types.js";

export const PROGRAM_PARAM = "program";

export type ProgramChoice =
  | {kind: "none"}
  | {kind: "found"; program: KpiProgram}
  | {kind: "unknown"; raw: string};

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

export function resolveProgramParam(search: string, programs: readonly KpiProgram[]): ProgramChoice {
  const raw = new URLSearchParams(search).get(PROGRAM_PARAM);
  if (raw === null || raw.trim() === "") return {kind: "none"};
  const wanted = fold(raw);
  const program = programs.find((p) => fold(p.programId) === wanted || fold(p.name) === wanted);
  return program ? {kind: "found", program} : {kind: "unknown", raw};
}

/** The query string with `program` set, keeping the other parameters. */
export function searchWithProgram(search: string, programId: string): string {
  const params = new URLSearchParams(search);
  params.set(PROGRAM_PARAM, programId);
  return `?${params.toString()}`;
}

/** The 事業KPI page of a program, relative to any page of the site. */
export function programPageHref(programId: string): string {
  return pageHref("programs", {[PROGRAM_PARAM]: programId});
}
