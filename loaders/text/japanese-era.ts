// Japanese era (和暦) years to Western years. Used by application numbers (特願平11-…) and fiscal years (令和6年度).

export type Era = "明治" | "大正" | "昭和" | "平成" | "令和";

const ERA_OFFSETS: Record<Era, number> = {明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018};

// Every way an era is written in the files we read: full name, one kanji, one Latin letter (R6, H31).
const ERA_ALIASES: Record<string, Era> = {
  明治: "明治", 明: "明治", M: "明治",
  大正: "大正", 大: "大正", T: "大正",
  昭和: "昭和", 昭: "昭和", S: "昭和",
  平成: "平成", 平: "平成", H: "平成",
  令和: "令和", 令: "令和", R: "令和"
};

/** The era named by `label` (`平`, `平成`, `H`, `r`…), or null. */
export function eraFromLabel(label: string): Era | null {
  return ERA_ALIASES[label] ?? ERA_ALIASES[label.toUpperCase()] ?? null;
}

/** Western year of year `year` of `era` (`元` is year 1 and is passed as 1). */
export function westernYear(era: Era, year: number): number {
  return ERA_OFFSETS[era] + year;
}

// The last year of each closed era; 令和 is open-ended. 平成31 ran until 2019-04-30, so 平成31年度 = FY2019 exists.
const ERA_LAST_YEARS: Partial<Record<Era, number>> = {明治: 45, 大正: 15, 昭和: 64, 平成: 31};

/** Whether `era` had a year `year` (1 = 元年 … its last year). */
export function isYearOfEra(era: Era, year: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= (ERA_LAST_YEARS[era] ?? Number.POSITIVE_INFINITY);
}
