// The first pass of the sample: every application as a handful of dates and numbers, without any text. Numbers
// need the whole set (serials grow with the date within a year and never repeat) and files are cut by 公知日, so
// this pass is global; it stays small (numbers only) so that 300,000 applications fit easily in memory. Text is
// generated later, file by file (patent-row.ts).

import {addMonths, dayOf, nextWeekday, yearOf} from "./calendar.js";
import {
  APPEALS, DOMESTIC_APPLICATIONS, INTERNATIONAL_PUBLICATIONS, NATIONAL_PHASE_APPLICATIONS, PATENT_REGISTRATIONS,
  TRANSLATED_PUBLICATIONS, UNEXAMINED_PUBLICATIONS, UTILITY_APPLICATIONS, UTILITY_REGISTRATIONS,
  assignCumulativeNumbers, assignYearlySerials, type CumulativeSeries, type YearlySeries
} from "./number-series.js";
import {FILING_YEAR_WEIGHTS} from "./patent-vocabulary.js";
import {createRandom, WeightedChoice, type Random} from "./random.js";
import {LAST_REPUBLICATION_YEAR, LATEST_DOCUMENT_DAY, LATEST_EXPORT_DAY} from "./sample-timeline.js";

/**
 * How the application reached the public, which decides the document in 文献番号:
 * - domestic: 特開 18 months after the (priority) filing date;
 * - early-grant: accelerated examination, the 特許 gazette came before any 特開;
 * - pct-foreign: a foreign-language PCT application, 特表 after the WO publication (公知日 = WO date);
 * - pct-domestic: a Japanese-language PCT application, republished as 再表 (WO years up to 2021);
 * - pct-grant: a Japanese-language PCT application after 再表 ended, visible only through its 特許 gazette;
 * - utility-model: 実用新案, registered without examination.
 */
export type Route = "domestic" | "early-grant" | "pct-foreign" | "pct-domestic" | "pct-grant" | "utility-model";

export interface DatedNumber {
  day: number;
  year: number;
  serial: number;
}

export interface ApplicationSkeleton {
  /** Stable identity: seeds the random streams of this application's text. */
  index: number;
  route: Route;
  /** 出願日 (for PCT applications, the international filing date). */
  filingDay: number;
  /** 公知日: the date the invention first became public. */
  publicationDay: number;
  /** The 出願番号, given on filing, or on entering the national phase for PCT applications. */
  application: DatedNumber;
  /** 特開 */
  unexamined: DatedNumber | null;
  /** 特表 */
  translated: DatedNumber | null;
  /** WO, and 再表 with the same number */
  international: DatedNumber | null;
  /** 特許 or 実登; null when never registered by the latest export. */
  registration: {day: number; number: number} | null;
  /** 拒絶査定不服審判; null when none by the latest export. */
  appeal: DatedNumber | null;
  /** J-PlatPat writes a literal `null` in 審判番号 on a few rows; the sample has exactly one. */
  appealWrittenAsNull: boolean;
}

const STREAM_SKELETON = 1;
const STREAM_SERIALS = 2;

const FILING_YEARS = new WeightedChoice([...FILING_YEAR_WEIGHTS.keys()], [...FILING_YEAR_WEIGHTS.values()]);

/** All applications, newest 公知日 first, with every number assigned. */
export function buildApplicationSkeletons(seed: number, count: number): ApplicationSkeleton[] {
  const skeletons: ApplicationSkeleton[] = [];
  for (let index = 0; index < count; index++) skeletons.push(draftSkeleton(seed, index));
  assignNumbers(skeletons, seed);
  const sorted = newestFirst(skeletons);
  const withNull = sorted.find((s, position) => position >= Math.floor(count * 0.45) && s.route === "domestic");
  if (withNull) withNull.appealWrittenAsNull = true;
  return sorted;
}

function draftSkeleton(seed: number, index: number): ApplicationSkeleton {
  const random = createRandom(seed, index, STREAM_SKELETON);
  const filingDay = weekdayInYear(FILING_YEARS.pick(random), random);
  const skeleton: ApplicationSkeleton = {
    index,
    route: "domestic",
    filingDay,
    publicationDay: filingDay,
    application: {day: filingDay, year: 0, serial: 0},
    unexamined: null,
    translated: null,
    international: null,
    registration: null,
    appeal: null,
    appealWrittenAsNull: false
  };
  const draw = random.next();
  if (draw < 0.012) return draftUtilityModel(skeleton, random);
  const appealDay = random.chance(0.07) ? filingDay + random.int(3 * 365, 5 * 365) : null;
  const registered = random.chance(appealDay === null ? 0.37 : 0.45);
  const registrationDay =
    appealDay === null ? filingDay + random.int(2 * 365, 6 * 365) : appealDay + random.int(365, 730);
  if (appealDay !== null && appealDay <= LATEST_EXPORT_DAY) skeleton.appeal = {day: appealDay, year: 0, serial: 0};

  if (draw < 0.182) draftForeignPct(skeleton, random);
  else if (draw < 0.242) draftDomesticPct(skeleton, random, registered, registrationDay);
  else if (draw < 0.277) draftEarlyGrant(skeleton, random);
  else draftDomestic(skeleton, random);

  if (skeleton.registration === null && registered) {
    // Grants come after the national-phase documents of PCT applications.
    let day = registrationDay;
    if (skeleton.translated) day = Math.max(day, skeleton.translated.day + random.int(60, 400));
    if (skeleton.route === "pct-domestic") day = Math.max(day, skeleton.application.day + random.int(180, 540));
    if (day <= LATEST_EXPORT_DAY) skeleton.registration = {day, number: 0};
  }
  return skeleton;
}

function draftDomestic(skeleton: ApplicationSkeleton, random: Random): void {
  const priorityMonths = random.chance(0.3) ? random.int(3, 12) : 0;
  const day = nextWeekday(addMonths(skeleton.filingDay, 18 - priorityMonths) + random.int(0, 20));
  skeleton.route = "domestic";
  skeleton.unexamined = {day, year: 0, serial: 0};
  skeleton.publicationDay = day;
}

function draftEarlyGrant(skeleton: ApplicationSkeleton, random: Random): void {
  const registrationDay = skeleton.filingDay + random.int(150, 330);
  skeleton.route = "early-grant";
  skeleton.appeal = null;
  skeleton.registration = {day: registrationDay, number: 0};
  skeleton.publicationDay = nextWeekday(registrationDay + random.int(20, 40));
  // Some still get their 特開 at 18 months, some never do.
  if (random.chance(0.5)) {
    skeleton.unexamined = {day: nextWeekday(addMonths(skeleton.filingDay, 18) + random.int(0, 20)), year: 0, serial: 0};
  }
}

function draftForeignPct(skeleton: ApplicationSkeleton, random: Random): void {
  const hasPriority = random.chance(0.9);
  const woDay = internationalPublicationDay(skeleton.filingDay, hasPriority, random);
  const translatedDay = nextWeekday(woDay + random.int(420, 600));
  if (translatedDay > LATEST_DOCUMENT_DAY) return draftDomestic(skeleton, random);
  skeleton.route = "pct-foreign";
  skeleton.application.day = nationalPhaseDay(skeleton.filingDay, hasPriority, random);
  skeleton.international = {day: woDay, year: 0, serial: 0};
  skeleton.translated = {day: translatedDay, year: 0, serial: 0};
  skeleton.publicationDay = woDay;
}

function draftDomesticPct(
  skeleton: ApplicationSkeleton,
  random: Random,
  registered: boolean,
  registrationDay: number
): void {
  const hasPriority = random.chance(0.5);
  const woDay = internationalPublicationDay(skeleton.filingDay, hasPriority, random);
  const entryDay = nationalPhaseDay(skeleton.filingDay, hasPriority, random);
  if (yearOf(woDay) <= LAST_REPUBLICATION_YEAR) {
    skeleton.route = "pct-domestic";
    skeleton.application.day = entryDay;
    skeleton.international = {day: woDay, year: 0, serial: 0};
    skeleton.publicationDay = woDay;
    return;
  }
  const grantDay = Math.max(registrationDay, entryDay + random.int(180, 540));
  const gazetteDay = nextWeekday(grantDay + random.int(20, 40));
  if (!registered || gazetteDay > LATEST_DOCUMENT_DAY) return draftDomestic(skeleton, random);
  skeleton.route = "pct-grant";
  skeleton.application.day = entryDay;
  skeleton.international = {day: woDay, year: 0, serial: 0};
  skeleton.registration = {day: grantDay, number: 0};
  skeleton.publicationDay = gazetteDay;
}

function draftUtilityModel(skeleton: ApplicationSkeleton, random: Random): ApplicationSkeleton {
  skeleton.route = "utility-model";
  skeleton.publicationDay = nextWeekday(skeleton.filingDay + random.int(60, 150));
  skeleton.registration = {day: skeleton.publicationDay - random.int(20, 40), number: 0};
  return skeleton;
}

/** WO publication: 18 months from the priority date, which is usually a year before the international filing. */
function internationalPublicationDay(filingDay: number, hasPriority: boolean, random: Random): number {
  return nextWeekday(hasPriority ? filingDay + random.int(150, 200) : addMonths(filingDay, 18) + random.int(0, 10));
}

/** National phase entry: 30 months from the priority date. */
function nationalPhaseDay(filingDay: number, hasPriority: boolean, random: Random): number {
  return addMonths(filingDay, hasPriority ? 18 : 30) + random.int(-20, 10);
}

/** A working day of `year`, never spilling into the next or previous year. */
function weekdayInYear(year: number, random: Random): number {
  const start = dayOf(year, 1, 1);
  const end = dayOf(year + 1, 1, 1);
  const day = start + random.int(0, end - start - 1);
  const moved = nextWeekday(day);
  if (moved < end) return moved;
  return moved - 3 >= start ? moved - 3 : day;
}

function assignNumbers(skeletons: readonly ApplicationSkeleton[], seed: number): void {
  const random = createRandom(seed, STREAM_SERIALS);
  type NumberOf = (s: ApplicationSkeleton) => DatedNumber;
  const yearly = (items: ApplicationSkeleton[], numberOf: NumberOf, series: YearlySeries) =>
    assignYearlySerials(items, (s) => numberOf(s).day, series, random, (s, year, serial) => {
      const target = numberOf(s);
      target.year = year;
      target.serial = serial;
    });
  const byRoute = (...routes: Route[]) => skeletons.filter((s) => routes.includes(s.route));

  yearly(byRoute("domestic", "early-grant"), (s) => s.application, DOMESTIC_APPLICATIONS);
  yearly(byRoute("pct-foreign", "pct-domestic", "pct-grant"), (s) => s.application, NATIONAL_PHASE_APPLICATIONS);
  yearly(byRoute("utility-model"), (s) => s.application, UTILITY_APPLICATIONS);
  yearly(skeletons.filter((s) => s.unexamined), (s) => s.unexamined!, UNEXAMINED_PUBLICATIONS);
  yearly(skeletons.filter((s) => s.translated), (s) => s.translated!, TRANSLATED_PUBLICATIONS);
  yearly(skeletons.filter((s) => s.international), (s) => s.international!, INTERNATIONAL_PUBLICATIONS);
  yearly(skeletons.filter((s) => s.appeal), (s) => s.appeal!, APPEALS);

  const registered = skeletons.filter((s) => s.registration !== null);
  const registerAs = (items: ApplicationSkeleton[], series: CumulativeSeries) =>
    assignCumulativeNumbers(items, (s) => s.registration!.day, series, random, (s, number) => {
      s.registration!.number = number;
    });
  registerAs(registered.filter((s) => s.route !== "utility-model"), PATENT_REGISTRATIONS);
  registerAs(registered.filter((s) => s.route === "utility-model"), UTILITY_REGISTRATIONS);
}

const INDEX_RANGE = 2 ** 22;
const KIND_RANGE = 8;

/** Rows published on the same day come grouped by document kind, each kind with the higher numbers first. */
const KIND_RANK: Readonly<Record<Route, number>> = {
  "pct-grant": 5, "early-grant": 5, "utility-model": 4, "pct-foreign": 3, "domestic": 2, "pct-domestic": 1
};

/**
 * Sorted by 公知日, newest first. Within a day and kind, serials were handed out in index order, so a higher index
 * is a higher 文献番号. Packed numeric keys sort far faster than a comparator over 300,000 objects.
 */
function newestFirst(skeletons: readonly ApplicationSkeleton[]): ApplicationSkeleton[] {
  if (skeletons.length >= INDEX_RANGE) throw new RangeError(`too many applications: ${skeletons.length}`);
  const keys = new Float64Array(skeletons.length);
  skeletons.forEach((s, i) => {
    keys[i] = (s.publicationDay * KIND_RANGE + KIND_RANK[s.route]) * INDEX_RANGE + s.index;
  });
  keys.sort();
  const sorted: ApplicationSkeleton[] = [];
  for (let i = keys.length - 1; i >= 0; i--) sorted.push(skeletons[keys[i]! % INDEX_RANGE]!);
  return sorted;
}
