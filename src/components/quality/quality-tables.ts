// The データ品質 page's summaries of the batches and rejects datasets (src/data/batches.parquet.ts,
// rejects.parquet.ts): Japanese labels for the warehouse's codes and the small tables and chart rows built from them.

export type Row = Record<string, unknown>;

export const KIND_LABELS: Record<string, string> = {jplatpat: "J-PlatPat", kpi: "KPI", "": "不明"};

export const STATUS_LABELS: Record<string, string> = {loaded: "取り込み済み", refused: "拒否"};

export const OUTCOME_LABELS = {rows_loaded: "取り込み", rows_merged: "統合", rows_rejected: "除外"} as const;

/** Frictionless-style error types (README, rejects) in plain Japanese. */
export const REJECT_TYPE_LABELS: Record<string, string> = {
  "field-count": "列の数が違う",
  "missing-cell": "列が足りない",
  "extra-cell": "列が多い",
  "stray-quote": "引用符の誤り",
  "unclosed-quote": "閉じていない引用符",
  "required-value": "必須の値がない",
  "type-error": "値の形式が違う",
  "constraint-error": "ありえない値",
  "foreign-key": "参照先にない値",
  "blank-row": "空の行"
};

export const BATCH_COLUMNS = [
  {key: "batch_id", label: "番号"},
  {key: "file_name", label: "ファイル"},
  {key: "kind", label: "種類"},
  {key: "collection", label: "コレクション"},
  {key: "is_sample", label: "架空データ"},
  {key: "status", label: "状態"},
  {key: "encoding", label: "文字コード"},
  {key: "encoding_evidence", label: "判定の根拠"},
  {key: "column_count", label: "列数"},
  {key: "header_count", label: "見出し行の数"},
  {key: "rows_read", label: "読んだ行"},
  {key: "rows_loaded", label: "取り込み"},
  {key: "rows_merged", label: "統合"},
  {key: "rows_rejected", label: "除外"},
  {key: "rows_superseded", label: "置き換えた既存値（KPI）"},
  {key: "blank_lines", label: "空行"},
  {key: "message", label: "メッセージ"},
  {key: "warnings", label: "警告"},
  {key: "columns", label: "見出し行（列名）"},
  {key: "file_bytes", label: "バイト数"},
  {key: "ingested_at", label: "取り込み日時"},
  {key: "display_path", label: "パス"}
] as const;

export const ENCODING_COLUMNS = [
  {key: "encoding", label: "文字コード"},
  {key: "evidence", label: "判定の根拠"},
  {key: "files", label: "ファイル数"},
  {key: "rows", label: "読んだ行"}
] as const;

export const VARIANT_COLUMNS = [
  {key: "kind", label: "種類"},
  {key: "columnCount", label: "列数"},
  {key: "files", label: "ファイル数"},
  {key: "columns", label: "見出し行（列名）"}
] as const;

export const REJECT_COLUMNS = [
  {key: "file_name", label: "ファイル"},
  {key: "line_start", label: "開始行"},
  {key: "line_end", label: "終了行"},
  {key: "error_type", label: "種類"},
  {key: "reason", label: "理由"},
  {key: "raw", label: "元の文字列"}
] as const;

const number = (value: unknown) => (typeof value === "number" ? value : 0);
const string = (value: unknown) => (value == null ? "" : String(value));

export interface OutcomeRow {
  file_name: string;
  outcome: string;
  rows: number;
}

/** Loaded files × (取り込み, 統合, 除外), for the stacked bars; zero parts are left out. */
export function batchOutcomeRows(batches: readonly Row[]): OutcomeRow[] {
  return batches
    .filter((batch) => batch.status === "loaded")
    .flatMap((batch) =>
      (Object.keys(OUTCOME_LABELS) as Array<keyof typeof OUTCOME_LABELS>).map((key) => ({
        file_name: string(batch.file_name),
        outcome: OUTCOME_LABELS[key],
        rows: number(batch[key])
      }))
    )
    .filter((row) => row.rows > 0);
}

export interface EncodingRow {
  encoding: string;
  evidence: string;
  files: number;
  rows: number;
}

export function encodingSummary(batches: readonly Row[]): EncodingRow[] {
  const rows = new Map<string, EncodingRow>();
  for (const batch of batches) {
    const encoding = string(batch.encoding) || "（判定できず）";
    const evidence = string(batch.encoding_evidence);
    const key = `${encoding}\u0000${evidence}`;
    const row = rows.get(key) ?? {encoding, evidence, files: 0, rows: 0};
    row.files += 1;
    row.rows += number(batch.rows_read);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.files - a.files || (a.encoding < b.encoding ? -1 : 1));
}

export interface VariantRow {
  kind: string;
  columnCount: number;
  files: number;
  columns: string;
}

/** Files per distinct header (the 13-, 15- and 16-column J-PlatPat variants, KPI layouts, …). */
export function columnVariants(batches: readonly Row[]): VariantRow[] {
  const rows = new Map<string, VariantRow>();
  for (const batch of batches) {
    if (batch.status !== "loaded") continue;
    const kind = string(batch.kind);
    const columns = string(batch.columns);
    const key = `${kind}\u0000${columns}`;
    const row = rows.get(key) ?? {kind, columnCount: number(batch.column_count), files: 0, columns};
    row.files += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.columnCount - b.columnCount)
  );
}

export interface RejectTypeRow {
  type: string;
  label: string;
  count: number;
}

export function rejectTypeCounts(rejects: readonly Row[]): RejectTypeRow[] {
  const counts = new Map<string, number>();
  for (const reject of rejects) counts.set(string(reject.error_type), (counts.get(string(reject.error_type)) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({type, label: `${REJECT_TYPE_LABELS[type] ?? type}（${type}）`, count}))
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
}
