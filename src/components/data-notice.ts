// What a page says instead of charts when there is nothing to show: no warehouse yet, a warehouse without this
// kind of data, or data that could not be read (the usual cause in `npm start`: an ingest holds the warehouse).

import {textElement} from "./safe-text.js";

export type DataNoticeKind = "missing" | "empty" | "unreadable";

const HOW_TO_LOAD =
  "J-PlatPat の検索結果 CSV を data/inbox/ に置いて npm start を実行するか、" +
  "npm run ingest -- <ファイルまたはフォルダー> で取り込んでから、npm run build（または npm start）でサイトを作り直してください。";

export function dataNoticeText(kind: DataNoticeKind, detail: string): string {
  switch (kind) {
    case "missing":
      return `まだデータがありません（倉庫 ${detail} が見つかりません）。${HOW_TO_LOAD}`;
    case "empty":
      return `倉庫 ${detail} に、このページで表示できるデータがありません。${HOW_TO_LOAD}`;
    case "unreadable":
      return (
        `データを読み込めませんでした（${detail}）。取り込み（npm run ingest）の実行中は倉庫が使用中になります。` +
        "終了を待ってからページを再読み込みしてください。npm start のターミナルにも理由が表示されます。"
      );
  }
}

/** A warning box with the notice, as text. */
export function dataNotice(kind: DataNoticeKind, detail: string): HTMLDivElement {
  const box = textElement("div", dataNoticeText(kind, detail), "warning data-notice");
  box.setAttribute("role", "status");
  box.dataset.notice = kind;
  return box;
}
