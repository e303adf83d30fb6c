// Self-checks for the 動作確認 page: they tell an intranet administrator whether this server and browser can run the
// site (the usual failure is a web server that does not send .wasm files as application/wasm).

import {tableFromArrays, tableToIPC} from "apache-arrow";
import {Table as WasmTable, writeParquet} from "parquet-wasm/esm/parquet_wasm.js";
import {initParquet, loadParquet, tableToRows} from "./parquet.js";

export interface CheckResult {
  ok: boolean;
  /** One Japanese sentence for the page. */
  message: string;
}

const SAMPLE = {出願年: Int32Array.from([2022, 2023, 2024]), 出願人: ["株式会社サンプル", "見本工業", "架空大学"]};

/** Writes a tiny Parquet file in the browser and reads it back: proves the WebAssembly module loads and works. */
export async function checkParquet(): Promise<CheckResult> {
  try {
    await initParquet();
    const ipc = tableToIPC(tableFromArrays(SAMPLE), "stream");
    const parquet = writeParquet(WasmTable.fromIPCStream(ipc));
    const rows = tableToRows(await loadParquet(parquet));
    const ok = rows.length === 3 && rows[2]?.["出願人"] === "架空大学" && rows[2]?.["出願年"] === 2024;
    return ok
      ? {ok, message: "Parquet の読み込み（WebAssembly）は正常です。"}
      : {ok, message: "Parquet を読み込めましたが、内容が一致しません。"};
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message:
        `Parquet を読み込めません（${detail}）。` +
        "Web サーバーが .wasm を application/wasm で配信しているか確認してください。"
    };
  }
}
