// The working-day calendar of mainland China, built from the State Council holiday notices.
import holidayData from "./data/cn-holidays.json" with { type: "json" };
import { addDays, isoDate, isWeekend, yearOf, type IsoDate } from "./dates.js";

export interface HolidayNotice {
  /** e.g. 国办发明电〔2022〕16号; null where the number could not be confirmed. */
  readonly number: string | null;
  readonly title: string;
  readonly published: string;
  readonly url: string;
}

export type DayKind =
  | "workday" // Monday–Friday, no holiday
  | "weekend" // Saturday or Sunday, not a make-up working day
  | "holiday" // a rest day announced in a notice
  | "makeupWorkday"; // a Saturday or Sunday announced as a working day (调休上班)

export interface DayInfo {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  /** Holiday name for `holiday` and `makeupWorkday`, e.g. 国庆节. */
  readonly holidayName: string | null;
  /** True when no notice covers the date's year: the weekend rule was applied. */
  readonly isProvisional: boolean;
}

interface YearEntry {
  readonly notices: readonly HolidayNotice[];
  readonly holidays: readonly (readonly string[])[];
  readonly workdays: readonly string[];
}

interface CalendarIndex {
  readonly rest: ReadonlyMap<string, string>;
  readonly makeup: ReadonlyMap<string, string>;
  readonly noticesByYear: ReadonlyMap<number, readonly HolidayNotice[]>;
}

function buildIndex(years: Readonly<Record<string, YearEntry>>): CalendarIndex {
  const rest = new Map<string, string>();
  const makeup = new Map<string, string>();
  const noticesByYear = new Map<number, readonly HolidayNotice[]>();
  for (const [year, entry] of Object.entries(years)) {
    noticesByYear.set(Number(year), entry.notices);
    for (const [first, last, name] of entry.holidays) {
      if (first === undefined || last === undefined || name === undefined) {
        throw new Error(`holiday data ${year}: a range needs start, end and name`);
      }
      for (let day = isoDate(first); day <= isoDate(last); day = addDays(day, 1)) {
        rest.set(day, name);
      }
    }
    for (const day of entry.workdays) {
      makeup.set(isoDate(day), nameOfMakeupDay(isoDate(day), entry.holidays));
    }
  }
  return { rest, makeup, noticesByYear };
}

/** A make-up working day belongs to the holiday whose rest range is nearest to it. */
function nameOfMakeupDay(day: IsoDate, holidays: readonly (readonly string[])[]): string {
  let best = { name: "调休", distance: Infinity };
  for (const [first, last, name] of holidays) {
    if (first === undefined || last === undefined || name === undefined) continue;
    const distance = Math.min(
      Math.abs(Date.parse(first) - Date.parse(day)),
      Math.abs(Date.parse(last) - Date.parse(day)),
    );
    if (distance < best.distance) best = { name, distance };
  }
  return best.name;
}

const index = buildIndex(holidayData.years);

/** Years for which a State Council notice is on file. */
export function publishedYears(): readonly number[] {
  return [...index.noticesByYear.keys()].sort((a, b) => a - b);
}

export function noticesOf(year: number): readonly HolidayNotice[] {
  return index.noticesByYear.get(year) ?? [];
}

export function dayInfo(date: IsoDate): DayInfo {
  const isProvisional = !index.noticesByYear.has(yearOf(date));
  const restName = index.rest.get(date);
  if (restName !== undefined) {
    return { date, kind: "holiday", isWorkingDay: false, holidayName: restName, isProvisional };
  }
  const makeupName = index.makeup.get(date);
  if (makeupName !== undefined) {
    return {
      date,
      kind: "makeupWorkday",
      isWorkingDay: true,
      holidayName: makeupName,
      isProvisional,
    };
  }
  const weekend = isWeekend(date);
  return {
    date,
    kind: weekend ? "weekend" : "workday",
    isWorkingDay: !weekend,
    holidayName: null,
    isProvisional,
  };
}

export function isWorkingDay(date: IsoDate): boolean {
  return dayInfo(date).isWorkingDay;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
