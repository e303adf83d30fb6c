// The FI cell (docs/jplatpat-format.md §6). Codes are comma-joined, but a code can itself contain a comma before
// its 3-digit 展開記号 (`B01D53/14,200`), so a token that starts with a digit continues the previous code.

export interface FiCode {
  /** 1-based position in the cell; position 1 is the 筆頭FI. */
  position: number;
  /** The full code as written: `B01D53/14,200@A`. */
  fi: string;
  /** `B`; null when the code is not a recognised shape. */
  section: string | null;
  /** `B01` */
  class: string | null;
  /** `B01D` */
  subclass: string | null;
  /** `B01D53`: the text before `/` (or `:` for an indexing code). */
  mainGroup: string | null;
  /** `14` */
  subgroup: string | null;
  /** The 展開記号 `200`, if any. */
  subdivision: string | null;
  /** The 分冊識別記号 `A`, if any. */
  fileIndex: string | null;
  /** An IPC-style indexing code written with a colon (`B23K103:18`). */
  isIndexing: boolean;
  isLead: boolean;
}

const STARTS_NEW_CODE = /^[A-HY]\d/;
const FI_CODE = /^(([A-HY])(\d{2})([A-Z]))(\d+)([/:])(\d+)(?:,(\d{3}))?(?:@([A-Z]))?$/;

/** Splits a cell into its codes, in order, without duplicates of the full code. */
export function splitFiCell(cell: string): string[] {
  const codes: string[] = [];
  for (const rawToken of cell.split(",")) {
    const token = rawToken.trim();
    if (token === "") continue;
    if (codes.length > 0 && !STARTS_NEW_CODE.test(token)) codes[codes.length - 1] += `,${token}`;
    else codes.push(token);
  }
  return [...new Set(codes)];
}

/** Breaks one full code into its parts; the parts are null when the code does not have the FI shape. */
export function parseFiCode(fi: string, position: number): FiCode {
  const match = FI_CODE.exec(fi);
  if (!match) {
    return {
      position, fi, section: null, class: null, subclass: null, mainGroup: null, subgroup: null,
      subdivision: null, fileIndex: null, isIndexing: false, isLead: position === 1
    };
  }
  const [, subclass, section, classDigits, , group, separator, subgroup, subdivision, fileIndex] = match;
  return {
    position,
    fi,
    section: section!,
    class: `${section}${classDigits}`,
    subclass: subclass!,
    mainGroup: `${subclass}${group}`,
    subgroup: subgroup!,
    subdivision: subdivision ?? null,
    fileIndex: fileIndex ?? null,
    isIndexing: separator === ":",
    isLead: position === 1
  };
}

/** Splits and parses a whole FI cell. */
export function parseFiCell(cell: string): FiCode[] {
  return splitFiCell(cell).map((fi, i) => parseFiCode(fi, i + 1));
}
