// The 47 prefectures, from data/reference/prefectures.csv, and the lookup that resolves a 都道府県 cell written
// as the full name (東京都), the short name (東京), the JIS X 0401 code (13, 1, 01), the ISO 3166-2 code (JP-13)
// or romaji (Tokyo, TOKYO, Tōkyō). Anything else is unknown: 東京府 or 大坂 are never guessed.

import {lookupKey} from "./fold-key.js";
import {readReferenceTable, ReferenceDataError, type ReferenceRow} from "./reference-table.js";

export interface Prefecture {
  /** JIS X 0401 code, two digits: '01' … '47'. */
  code: string;
  /** 東京都 */
  name: string;
  /** 東京 (北海道 stays 北海道) */
  shortName: string;
  nameRomaji: string;
  /** Short name of the METI block (経済産業局): 関東, 近畿, 沖縄 … */
  bureau: string;
  tileCol: number;
  tileRow: number;
}

export interface PrefectureLookup {
  /** Every prefecture in code order. */
  readonly all: readonly Prefecture[];
  /** The prefecture a cell names, or null. */
  resolve(cell: string): Prefecture | null;
  byCode(code: string): Prefecture | null;
}

export const PREFECTURES_FILE = "prefectures.csv";
const COLUMNS = ["code", "name", "short_name", "name_romaji", "bureau", "tile_col", "tile_row"] as const;

export function prefectureFromRow(row: ReferenceRow): Prefecture {
  return {
    code: row.code!,
    name: row.name!,
    shortName: row.short_name!,
    nameRomaji: row.name_romaji!,
    bureau: row.bureau!,
    tileCol: Number(row.tile_col),
    tileRow: Number(row.tile_row)
  };
}

export function readPrefectures(dir?: string): Prefecture[] {
  return readReferenceTable(PREFECTURES_FILE, COLUMNS, dir).map(prefectureFromRow);
}

// A cell that is only digits is a JIS code: `1` and `01` are Hokkaido, `001` is not a code anyone writes.
const JIS_CODE = /^(\d{1,2})$/;
const ISO_CODE = /^jp-(\d{2})$/;

export function createPrefectureLookup(prefectures: readonly Prefecture[]): PrefectureLookup {
  const all = [...prefectures].sort((a, b) => a.code.localeCompare(b.code));
  const byCodeMap = new Map(all.map((p) => [p.code, p]));
  const byName = new Map<string, Prefecture>();
  const add = (spelling: string, prefecture: Prefecture) => {
    const key = lookupKey(spelling);
    const earlier = byName.get(key);
    if (earlier && earlier !== prefecture) {
      const both = `${earlier.name} and ${prefecture.name}`;
      throw new ReferenceDataError(`${PREFECTURES_FILE}: "${spelling}" names both ${both}`);
    }
    byName.set(key, prefecture);
  };
  for (const p of all) {
    if (!/^\d{2}$/.test(p.code)) {
      throw new ReferenceDataError(`${PREFECTURES_FILE}: code "${p.code}" is not two digits`);
    }
    add(p.name, p);
    add(p.shortName, p);
    add(stripDiacritics(p.nameRomaji), p);
  }

  const byCode = (code: string): Prefecture | null => byCodeMap.get(code) ?? null;
  const resolve = (cell: string): Prefecture | null => {
    const key = lookupKey(cell);
    if (key === "") return null;
    const digits = JIS_CODE.exec(key) ?? ISO_CODE.exec(key);
    if (digits) return byCode(digits[1]!.padStart(2, "0"));
    return byName.get(stripDiacritics(key)) ?? null;
  };
  return {all, resolve, byCode};
}

let defaultLookup: PrefectureLookup | null = null;

/** The lookup over data/reference/prefectures.csv, read once per process. */
export function loadPrefectureLookup(dir?: string): PrefectureLookup {
  if (dir !== undefined) return createPrefectureLookup(readPrefectures(dir));
  defaultLookup ??= createPrefectureLookup(readPrefectures());
  return defaultLookup;
}

// Tōkyō → tokyo, for romaji only: decomposing kana would split dakuten off (が → か + ゙).
function stripDiacritics(key: string): string {
  if (!/^[\p{Script=Latin}\-]+$/u.test(key)) return key;
  return key.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
