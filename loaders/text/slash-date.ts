// Calendar dates as J-PlatPat writes them (`2021/06/16`), and the variants people make of them in Excel
// (`2021-6-16`, `2021.06.16`, full-width digits). Returns ISO `YYYY-MM-DD`.

const DATE = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/;

export type DateParse =
  | {ok: true; iso: string}
  | {ok: false; errorType: "type-error" | "constraint-error"; reason: string};

/** Parses a date cell. An empty cell is not handled here: callers decide whether it is allowed. */
export function parseSlashDate(raw: string): DateParse {
  const text = raw.normalize("NFKC").trim();
  const match = DATE.exec(text);
  if (!match) return {ok: false, errorType: "type-error", reason: `not a date in YYYY/MM/DD form: "${raw}"`};
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {ok: false, errorType: "constraint-error", reason: `impossible date: "${raw}"`};
  }
  return {ok: true, iso: `${match[1]}-${pad2(month)}-${pad2(day)}`};
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
