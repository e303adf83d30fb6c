// The second pass of the sample: one application skeleton → the cells of its row in one export. Text comes from
// random streams seeded by the application's index, so the same application reads the same in every file it is
// in; only what depends on the export date (登録番号, 審判番号, ステージ, the URL form) can differ.

import {createHash} from "node:crypto";
import type {JplatpatField} from "../jplatpat/columns.js";
import type {ApplicationSkeleton, DatedNumber} from "./application-skeletons.js";
import {addMonths, slashDate, yearOf} from "./calendar.js";
import {BENEFITS, GAIJI_TITLE, INDEXING_CODES, SUBTOPICS, TITLE_SUFFIXES, type Subtopic} from "./patent-vocabulary.js";
import {createRandom, WeightedChoice, zipfWeights, type Random} from "./random.js";
import {
  applicantSpelling, DOMESTIC_APPLICANTS, FOREIGN_APPLICANTS, type SampleApplicant
} from "./sample-applicants.js";
import {C1801_URL_SINCE_DAY} from "./sample-timeline.js";

export type PatentRowCells = Record<JplatpatField, string>;

export interface RowExport {
  exportDay: number;
  withAbstract: boolean;
  withStatus: boolean;
}

const STREAM_CONTENT = 3;
const STREAM_STATUS = 4;

const SUBTOPIC_CHOICE = new WeightedChoice(SUBTOPICS, SUBTOPICS.map((s) => s.weight));
const DOMESTIC_CHOICE = new WeightedChoice(DOMESTIC_APPLICANTS, zipfWeights(DOMESTIC_APPLICANTS.length, 0.9));
const FOREIGN_CHOICE = new WeightedChoice(FOREIGN_APPLICANTS, zipfWeights(FOREIGN_APPLICANTS.length, 0.8));
const APPLICANT_BY_NAME = new Map([...DOMESTIC_APPLICANTS, ...FOREIGN_APPLICANTS].map((a) => [a.name, a]));
/** Names per row when there is more than one (real exports: 2 names far more often than 3 or more). */
const CO_APPLICANT_COUNT = new WeightedChoice([2, 3, 4], [75, 18, 7]);
const FI_COUNT = new WeightedChoice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [12, 20, 20, 15, 10, 8, 6, 4, 3, 2]);
const FIGURE = new WeightedChoice(["図１", "なし", "図２", "図３", "図５"], [60, 20, 10, 6, 4]);
const LEAD_CODE_CHOICE = new Map(
  SUBTOPICS.map((s) => [s, new WeightedChoice(s.leadCodes.map((c) => c.fi), s.leadCodes.map((c) => c.weight))])
);
const COMMON_CODES: readonly string[] = ["H01M10/052", "H01M10/0525", "H01M10/0562", "H01M4/13", "H01M4/62@Z"];

export function patentRowCells(skeleton: ApplicationSkeleton, seed: number, rowExport: RowExport): PatentRowCells {
  const {exportDay} = rowExport;
  const random = createRandom(seed, skeleton.index, STREAM_CONTENT);
  const subtopic = SUBTOPIC_CHOICE.pick(random);
  const title = titleOf(subtopic, random);
  const applicants = applicantsCell(skeleton, random);
  const fi = fiCell(subtopic, random);
  const lead = leadDocument(skeleton);
  const status = rowExport.withStatus ? legalStatus(skeleton, seed, exportDay) : NO_STATUS;

  const {publicationNumber, otherNumbers} = relatedNumbers(skeleton, lead, exportDay);
  const registration = skeleton.registration;
  let registrationNumber = "";
  if (registration && registration.day <= exportDay) {
    registrationNumber = `${skeleton.route === "utility-model" ? "実登" : "特許"}${registration.number}`;
  }

  let appealNumbers = "";
  if (skeleton.appealWrittenAsNull) appealNumbers = "null";
  else if (skeleton.appeal && skeleton.appeal.day <= exportDay) {
    appealNumbers = `拒絶${skeleton.appeal.year}-${pad6(skeleton.appeal.serial)}`;
  }

  return {
    documentNumber: lead.number,
    applicationNumber: applicationNumber(skeleton),
    filingDate: slashDate(skeleton.filingDay),
    publicationDate: slashDate(skeleton.publicationDay),
    title,
    applicants,
    fi,
    abstract: rowExport.withAbstract ? abstractOf(skeleton, subtopic, title, random) : "",
    publicationNumber,
    examinedNumber: "",
    registrationNumber,
    appealNumbers,
    otherNumbers,
    stage: status.stage,
    lastEvent: status.event,
    url: documentUrl(lead, exportDay)
  };
}

export function applicationNumber(skeleton: ApplicationSkeleton): string {
  const prefix = skeleton.route === "utility-model" ? "実願" : "特願";
  return `${prefix}${skeleton.application.year}-${pad6(skeleton.application.serial)}`;
}

/** The document a row is labelled with, and how its fixed link names it. */
export interface LeadDocument {
  number: string;
  /** `2022-191708` or `7183463`, as in `…/PU/JP-2022-191708/…`. */
  urlId: string;
  /** The document-kind segment of the link: 11 公開, 15 特許, 19 再表, 25 実登. */
  urlKind: string;
}

export function leadDocument(skeleton: ApplicationSkeleton): LeadDocument {
  switch (skeleton.route) {
    case "domestic": {
      const n = skeleton.unexamined!;
      return {number: unexaminedNumber(n), urlId: `${n.year}-${pad6(n.serial)}`, urlKind: "11"};
    }
    case "pct-foreign": {
      const n = skeleton.translated!;
      return {number: `特表${n.year}-${pad6(n.serial)}`, urlId: `${n.year}-${pad6(n.serial)}`, urlKind: "11"};
    }
    case "pct-domestic": {
      const n = skeleton.international!;
      return {number: `再表${n.year}/${pad6(n.serial)}`, urlId: `${n.year}-${pad6(n.serial)}`, urlKind: "19"};
    }
    case "utility-model": {
      const number = String(skeleton.registration!.number);
      return {number: `実登${number}`, urlId: number, urlKind: "25"};
    }
    default: {
      const number = String(skeleton.registration!.number);
      return {number: `特許${number}`, urlId: number, urlKind: "15"};
    }
  }
}

/**
 * The 文献URL as the export of that date wrote it: before February 2024 `c1800` with a 64-hex hash (derived here
 * from the document number, so it is stable), afterwards `c1801` without one.
 */
export function documentUrl(lead: LeadDocument, exportDay: number): string {
  const base = "https://www.j-platpat.inpit.go.jp";
  if (exportDay >= C1801_URL_SINCE_DAY) return `${base}/c1801/PU/JP-${lead.urlId}/${lead.urlKind}/ja`;
  const hash = createHash("sha256").update(`chizai-atlas sample ${lead.number}`).digest("hex").toUpperCase();
  return `${base}/c1800/PU/JP-${lead.urlId}/${hash}/${lead.urlKind}/ja`;
}

/** 公開番号 and その他: the A document (or WO number) behind the row, and the 再表 number of 再表 rows. */
function relatedNumbers(
  skeleton: ApplicationSkeleton,
  lead: LeadDocument,
  exportDay: number
): {publicationNumber: string; otherNumbers: string} {
  switch (skeleton.route) {
    case "domestic":
    case "pct-foreign":
      return {publicationNumber: lead.number, otherNumbers: ""};
    case "pct-domestic":
      return {publicationNumber: internationalNumber(skeleton.international!), otherNumbers: lead.number};
    case "pct-grant":
      return {publicationNumber: internationalNumber(skeleton.international!), otherNumbers: ""};
    case "early-grant": {
      const unexamined = skeleton.unexamined;
      const published = unexamined !== null && unexamined.day <= exportDay;
      return {publicationNumber: published ? unexaminedNumber(unexamined) : "", otherNumbers: ""};
    }
    case "utility-model":
      return {publicationNumber: "", otherNumbers: ""};
  }
}

function unexaminedNumber(n: DatedNumber): string {
  return `特開${n.year}-${pad6(n.serial)}`;
}

function internationalNumber(n: DatedNumber): string {
  return `WO${n.year}/${pad6(n.serial)}`;
}

function titleOf(subtopic: Subtopic, random: Random): string {
  if (subtopic === SUBTOPICS[0] && random.chance(0.004)) return GAIJI_TITLE;
  const title = random.pick(subtopic.titles);
  if (random.chance(0.2) && !/方法|及び|並びに|、/.test(title)) return title + random.pick(TITLE_SUFFIXES);
  return title;
}

function applicantsCell(skeleton: ApplicationSkeleton, random: Random): string {
  const filingYear = yearOf(skeleton.filingDay);
  const foreignShare = skeleton.route === "pct-foreign" ? 0.88 : skeleton.route === "utility-model" ? 0 : 0.06;
  const primary = drawApplicant(random.chance(foreignShare) ? FOREIGN_CHOICE : DOMESTIC_CHOICE, filingYear, random);
  const applicants: SampleApplicant[] = [primary];
  if (random.chance(0.15)) {
    const count = CO_APPLICANT_COUNT.pick(random);
    const partner = primary.partner ? APPLICANT_BY_NAME.get(primary.partner) : undefined;
    if (partner && random.chance(0.5)) applicants.push(partner);
    for (let attempt = 0; applicants.length < count && attempt < 20; attempt++) {
      const other = drawApplicant(DOMESTIC_CHOICE, filingYear, random);
      if (!applicants.includes(other)) applicants.push(other);
    }
  }
  return applicants.map((a) => applicantSpelling(a, skeleton.filingDay, random)).join(",");
}

/** A Zipf draw, redrawn when the applicant had not started filing yet. */
function drawApplicant(choice: WeightedChoice<SampleApplicant>, filingYear: number, random: Random): SampleApplicant {
  for (let attempt = 0; attempt < 8; attempt++) {
    const applicant = choice.pick(random);
    if (!applicant.activeFrom || applicant.activeFrom <= filingYear) return applicant;
  }
  return DOMESTIC_APPLICANTS[0]!;
}

function fiCell(subtopic: Subtopic, random: Random): string {
  const codes = [LEAD_CODE_CHOICE.get(subtopic)!.pick(random)];
  const count = FI_COUNT.pick(random);
  for (let attempt = 0; codes.length < count && attempt < 30; attempt++) {
    const code = random.chance(0.8) ? random.pick(subtopic.relatedCodes) : random.pick(COMMON_CODES);
    if (!codes.includes(code)) codes.push(code);
  }
  if (random.chance(0.01)) codes.push(random.pick(INDEXING_CODES));
  return codes.join(",");
}

/**
 * 要約 as J-PlatPat exports it: `(57)【要約】`, then 【課題】/【解決手段】 paragraphs (a plain paragraph for
 * translated PCT applications), each wrapped at a fixed width with literal `<BR>` where the gazette broke the
 * line, real line breaks between paragraphs, and a final line break. Rows labelled by a 特許 gazette of a PCT
 * application have none.
 */
function abstractOf(skeleton: ApplicationSkeleton, subtopic: Subtopic, title: string, random: Random): string {
  if (skeleton.route === "pct-grant") return "";
  const width = random.chance(0.7) ? 25 : 40;
  const benefit = random.pick(BENEFITS);
  const solution = random.pick(subtopic.solutions);
  const second = random.chance(0.5) ? random.pick(subtopic.solutions) : solution;
  const solutions = second === solution ? solution : solution + second;
  if (skeleton.route === "pct-foreign") {
    const lines = ["(57)【要約】", wrapWithBr(`  本発明は、${benefit}${title}に関する。${solutions}`, width)];
    if (random.chance(0.5)) lines.push(`【選択図】${FIGURE.pick(random)}`);
    return lines.join("\n") + "\n";
  }
  const lines = [
    random.chance(0.15) ? "(57)【要約】      （修正有）" : "(57)【要約】",
    wrapWithBr(`【課題】${benefit}${title}を提供する。`, width),
    wrapWithBr(`【解決手段】${solutions}`, width)
  ];
  if (random.chance(0.1)) lines.push("");
  lines.push(`【選択図】${random.chance(0.1) ? "  " : ""}${FIGURE.pick(random)}`);
  return lines.join("\n") + "\n";
}

function wrapWithBr(paragraph: string, width: number): string {
  const pieces: string[] = [];
  for (let at = 0; at < paragraph.length; at += width) pieces.push(paragraph.slice(at, at + width));
  return pieces.join("<BR>");
}

interface LegalStatus {
  stage: string;
  event: string;
}

const NO_STATUS: LegalStatus = {stage: "", event: ""};
const IN_FORCE_EVENTS = new WeightedChoice(
  ["年金の支払い", "登録公報の発行", "特許権の設定", "権利の移転", "出願人の変更", "出願人・権利者等の変更申請"],
  [50, 20, 10, 8, 7, 5]
);
const PENDING_EVENTS = new WeightedChoice(["審査請求", "手続補正", "拒絶理由通知", "拒絶査定"], [35, 30, 30, 5]);
const BEFORE_REQUEST_EVENTS = new WeightedChoice(["公開公報の発行", "手続補正", "期間延長請求の認容"], [60, 30, 10]);
const REFUSED_EVENTS = new WeightedChoice(["拒絶査定", "出願の拒絶・却下", "出願のみなし取下げ"], [50, 30, 20]);
const APPEAL_EVENTS = new WeightedChoice(["手続補正", "拒絶査定"], [70, 30]);

/**
 * ステージ and イベント詳細 at the export date. Real exports fill them for a minority of rows only (why is not
 * known), so three rows in four stay empty. The draws that decide the course of the application come first and
 * in a fixed number, so that its status evolves consistently from one export to a later one.
 */
function legalStatus(skeleton: ApplicationSkeleton, seed: number, exportDay: number): LegalStatus {
  const random = createRandom(seed, skeleton.index, STREAM_STATUS);
  const shown = random.chance(0.25);
  const lapses = random.chance(0.2);
  const lapseAfterDays = random.int(4 * 365, 10 * 365);
  if (!shown || skeleton.route === "utility-model") return NO_STATUS;

  const registration = skeleton.registration;
  if (registration && registration.day <= exportDay) {
    if (addMonths(skeleton.filingDay, 240) <= exportDay) {
      return {stage: "特許 消滅", event: "存続期間満了による特許権の消滅"};
    }
    if (lapses && registration.day + lapseAfterDays <= exportDay) {
      return {stage: "特許 消滅", event: "年金不納による特許権の消滅"};
    }
    return {stage: "特許 有効", event: IN_FORCE_EVENTS.pick(random)};
  }
  if (skeleton.appeal && skeleton.appeal.day <= exportDay) {
    return {stage: "査定不服", event: APPEAL_EVENTS.pick(random)};
  }
  if (registration && registration.day - exportDay < 60) return {stage: "審査中", event: "特許査定"};
  const age = exportDay - skeleton.filingDay;
  if (age < 2 * 365) return {stage: "審査請求前", event: BEFORE_REQUEST_EVENTS.pick(random)};
  if (registration || age < 5 * 365) return {stage: "審査中", event: PENDING_EVENTS.pick(random)};
  return {stage: "（出願の）却下・拒絶", event: REFUSED_EVENTS.pick(random)};
}

function pad6(n: number): string {
  return String(n).padStart(6, "0");
}
