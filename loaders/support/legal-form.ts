// The legal form a supported company's name is written with. The entity key folds it away (株式会社X and X meet,
// which is right for spellings of one applicant), but 株式会社X and 有限会社X supported by a bureau can be two
// different companies that happen to share a name: support_links marks such a key ambiguous instead of counting it.
// Only the forms of companies are told apart here; a name written without a form has none (it is taken as a
// spelling of the others, not as a third company).

// After NFKC, ㈱ and （株） are (株). Abbreviations are read as the form they stand for; (合) is left as written,
// since it is used for both 合同会社 and 合資会社.
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ["株式会社", "株式会社"],
  ["有限会社", "有限会社"],
  ["合同会社", "合同会社"],
  ["合資会社", "合資会社"],
  ["合名会社", "合名会社"],
  ["相互会社", "相互会社"],
  ["(株)", "株式会社"],
  ["(有)", "有限会社"],
  ["(同)", "合同会社"],
  ["(資)", "合資会社"],
  ["(名)", "合名会社"],
  ["(合)", "(合)"]
];

/** 株式会社 for 株式会社X, ㈱X and X（株）; null for a name written without a company form. */
export function legalFormOf(name: string): string | null {
  const text = name.normalize("NFKC").replace(/\s+/g, "");
  let found: {at: number; form: string} | null = null;
  for (const [spelling, form] of FORMS) {
    const at = text.indexOf(spelling);
    if (at >= 0 && (found === null || at < found.at)) found = {at, form};
  }
  return found?.form ?? null;
}
