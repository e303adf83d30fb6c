// The reference data a KPI row is checked against, read once and passed to the pure row normaliser.

import {loadPrefectureLookup, type PrefectureLookup} from "./prefecture.js";
import {loadProgramCatalogue, type ProgramCatalogue} from "./program-catalogue.js";

export interface KpiLookups {
  prefectures: PrefectureLookup;
  programs: ProgramCatalogue;
}

/** Lookups over data/reference/ (or the same files in `dir`). */
export function loadKpiLookups(dir?: string): KpiLookups {
  return {prefectures: loadPrefectureLookup(dir), programs: loadProgramCatalogue(dir)};
}
