// The units a KPI metric may be counted in, and what kind of number each allows. A count (件, 社, 人 …) is a
// whole number ≥ 0; a percentage is a share in percentage points, 0–100, decimals allowed.

export type ValueKind = "count" | "percent";

const UNIT_KINDS: Readonly<Record<string, ValueKind>> = {
  件: "count",
  社: "count",
  人: "count",
  回: "count",
  校: "count",
  機関: "count",
  "%": "percent"
};

/** The kind of number a unit allows; null for a unit this project does not know (reference data error). */
export function valueKindOf(unit: string): ValueKind | null {
  return UNIT_KINDS[unit] ?? null;
}

export const KNOWN_UNITS: readonly string[] = Object.keys(UNIT_KINDS);
