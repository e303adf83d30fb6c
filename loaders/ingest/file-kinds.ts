// Every kind of file `npm run ingest` accepts, tried in order against the first record of a file.

import {fiTitlesKind} from "../fi-titles/fi-titles-kind.js";
import {jplatpatKind} from "../jplatpat/jplatpat-kind.js";
import {kpiKind} from "../kpi/kpi-kind.js";
import {supportKind} from "../support/support-kind.js";
import type {FileKind, ReadFile} from "./file-kind.js";

export const FILE_KINDS: readonly FileKind<ReadFile>[] = [
  jplatpatKind as FileKind<ReadFile>,
  kpiKind as FileKind<ReadFile>,
  supportKind as FileKind<ReadFile>,
  fiTitlesKind as FileKind<ReadFile>
];

export function detectFileKind(headerCells: string[]): FileKind<ReadFile> | null {
  return FILE_KINDS.find((kind) => kind.matchesHeader(headerCells)) ?? null;
}
