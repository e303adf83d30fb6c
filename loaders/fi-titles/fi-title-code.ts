// FI codes as a title file names them, written the way the landscape charts write them: width and case folded,
// spaces dropped (ｈ０１Ｍ → H01M). Pure.
//
// Two shapes: the levels the charts label (section H, class H01, subclass H01M, main group H01M10, subgroup
// H01M10/052), which is all the shipped file holds; and, in a user's file, also the full code with its 展開記号 and
// 分冊識別記号 (H01M10/052,101@A) and the Y section, as the FI 分類表 lists them: kept, though no chart shows them yet.

/** A code of any level the landscape charts label: H, H01, H01M, H01M10, H01M10/052. */
const CHART_LEVEL = /^[A-H](?:\d{2}(?:[A-Z](?:\d{1,4}(?:\/\d{1,6})?)?)?)?$/;

/** Any FI code a title file may give: the chart levels, the Y section, and 展開記号/分冊識別記号 after a subgroup. */
const ANY_LEVEL = /^[A-HY](?:\d{2}(?:[A-Z](?:\d{1,4}(?:\/\d{1,6}(?:,\d{3})?(?:@[A-Z])?)?)?)?)?$/;

export const FI_TITLE_CODE_EXAMPLES = "H, H01, H01M, H01M10, H01M10/052, H01M10/052,101@A";

export function foldFiCode(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** The folded code when it is one the charts label, else null. */
export function chartLevelFiCode(raw: string): string | null {
  const code = foldFiCode(raw);
  return CHART_LEVEL.test(code) ? code : null;
}

/** The folded code when it is any FI code a title file may give, else null. */
export function titledFiCode(raw: string): string | null {
  const code = foldFiCode(raw);
  return ANY_LEVEL.test(code) ? code : null;
}
