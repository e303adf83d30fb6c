// The result shapes shared by the KPI cell parsers. Error types use the Frictionless vocabulary
// (Frictionless Data's validation error types: type-error, constraint-error, …) so that rejects from every kind
// of file read alike in the `rejects` table.

/** A cell that could not be read (`type-error`) or was read but breaks a rule (`constraint-error`). */
export interface CellFailure {
  ok: false;
  errorType: "type-error" | "constraint-error";
  reason: string;
}

export function typeError(reason: string): CellFailure {
  return {ok: false, errorType: "type-error", reason};
}

export function constraintError(reason: string): CellFailure {
  return {ok: false, errorType: "constraint-error", reason};
}
