// The key under which a KPI cell (prefecture, program, metric, header) is compared with reference data: what
// people type differently in Excel for the same thing. NFKC makes full-width letters, digits and spaces
// half-width; all whitespace goes (東京 都, ＩＰＡＳ　); Latin letters are lower-cased (IPAS, ipas, Tokyo).
// Nothing else is folded: 東京府 and 大坂 must stay unknown rather than be guessed.

export function lookupKey(text: string): string {
  return text.replace(/^\uFEFF/, "").normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}
