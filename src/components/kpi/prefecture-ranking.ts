// Prefecture lists in the two orders Japanese statistics use (landscape-and-kpi.md §4.2): 都道府県順 (JIS code,
// 北海道 … 沖縄, as government tables print them) and 数値順 (largest first). The rank is by value in both orders,
// so a reader of the code-ordered table still sees where a prefecture stands.

export type PrefectureOrder = "code" | "value";

export const PREFECTURE_ORDERS: ReadonlyArray<{value: PrefectureOrder; label: string}> = [
  {value: "code", label: "都道府県順"},
  {value: "value", label: "数値順"}
];

export type Ranked<T> = T & {
  /** The value ranked by. */
  value: number | null;
  /** 1 = largest; equal values share a rank (1, 2, 2, 4); null without a value. */
  rank: number | null;
};

export function rankPrefectures<T extends {code: string}>(
  rows: readonly T[],
  valueOf: (row: T) => number | null,
  order: PrefectureOrder
): Array<Ranked<T>> {
  const withValues = rows.map((row) => ({...row, value: valueOf(row), rank: null as number | null}));
  const byValue = withValues
    .filter((row) => row.value != null && Number.isFinite(row.value))
    .sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
  byValue.forEach((row, i) => {
    const before = byValue[i - 1];
    row.rank = before && before.value === row.value ? before.rank : i + 1;
  });
  if (order === "code") return withValues.sort((a, b) => a.code.localeCompare(b.code));
  const unranked = withValues.filter((row) => row.rank == null).sort((a, b) => a.code.localeCompare(b.code));
  return [...byValue, ...unranked];
}
