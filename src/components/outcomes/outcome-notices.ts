// What the 支援成果 page says around its figures: how to load support records when there are none, and what a
// publication build leaves out. Everything is set as text.

import {textElement} from "../safe-text.js";
import type {OutcomesData} from "./outcome-types.js";

export const HOW_TO_LOAD_SUPPORT =
  "支援記録の CSV（1行に1件の支援：年度または支援日、都道府県、事業、企業名。法人番号・支援内容・備考は任意。" +
  "UTF-8・Shift_JIS のどちらでも可）を data/inbox/ に置いて npm start を実行するか、" +
  "npm run ingest -- <ファイル> で取り込んでから、サイトを作り直してください。";

export const PUBLICATION_NO_COMPANIES = "公開用ビルドでは企業別の表を出しません。";

/** A warning saying that there is nothing to show and how to load support records; hidden when there is data. */
export function outcomeStatusNotice(data: Pick<OutcomesData, "status">): HTMLElement {
  const why =
    data.status === "missing" ? "まだデータベース（倉庫）がありません。" : "まだ支援記録が取り込まれていません。";
  const box = textElement("div", `${why}${HOW_TO_LOAD_SUPPORT}`, "warning");
  box.setAttribute("label", "支援記録がありません");
  box.setAttribute("role", "status");
  box.dataset.outcomeStatus = data.status;
  box.hidden = data.status === "ready";
  return box;
}

/** The note of a publication build: aggregates only, small counts hidden; hidden in a local build. */
export function publicationNotice(data: Pick<OutcomesData, "publication">): HTMLElement {
  const box = textElement(
    "div",
    "公開用ビルドです。支援を受けた企業の一覧は公開しないため、このページは集計値だけを示し、" +
      "1〜2社の数は「<3」、合計からそれを逆算できる数は「x」として伏せています。企業別の表と要確認の結び付けは含みません。",
    "note"
  );
  box.setAttribute("label", "公開用ビルド");
  box.dataset.publication = String(data.publication);
  box.hidden = !data.publication;
  return box;
}
