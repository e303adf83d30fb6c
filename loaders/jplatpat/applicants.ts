// The 出願人/権利者 cell (docs/jplatpat-format.md §5): names joined by the ASCII comma only. The full-width comma
// (ネルソン　スタッド　ウェルディング，インコーポレイテッド) and 、 (キム、ヨン　グン) are part of one name.

export interface ApplicantName {
  /** 1-based position in the cell; position 1 is the 筆頭出願人. */
  position: number;
  /** The name exactly as in the export (trimmed of surrounding half-width spaces). */
  name: string;
  /** The matching key: ▲▼ gaiji markers removed (their inner text kept), full- and half-width spaces folded. */
  nameKey: string;
}

export function splitApplicants(cell: string): ApplicantName[] {
  const names: ApplicantName[] = [];
  for (const part of cell.split(",")) {
    const name = part.trim();
    if (name === "") continue;
    names.push({position: names.length + 1, name, nameKey: applicantNameKey(name)});
  }
  return names;
}

const GAIJI_MARKS = /[▲▼]/g;
const SPACES = /[\s\u3000]+/g;

/** `▲張▼　▲書▼廷` → `張 書廷`. */
export function applicantNameKey(name: string): string {
  return name.replace(GAIJI_MARKS, "").replace(SPACES, " ").trim();
}
