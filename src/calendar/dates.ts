// Civil dates as ISO strings (YYYY-MM-DD) with day arithmetic in UTC, free of time zones.

declare const isoDateBrand: unique symbol;
/** A valid calendar date written YYYY-MM-DD. Obtain one through `parseIsoDate`. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Returns the date if `text` is a real calendar date in YYYY-MM-DD form, else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as IsoDate;
}

/** Like `parseIsoDate` but for dates the program itself wrote; a bad one is a bug. */
export function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`not an ISO date: ${text}`);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/**
 * Same day-number `count` months later; the last day of the target month when that
 * day-number does not exist (民法典 第203条 practice: 1月31日 + 1个月 = 2月末日).
 */
export function addMonths(date: IsoDate, count: number): IsoDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const monthIndex = month - 1 + count;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromDayNumber(Math.round(Date.UTC(targetYear, targetMonth - 1, targetDay) / MS_PER_DAY));
}

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** 2023-10-01（星期日）: the one style for dates people read on screen, with the weekday deadlines turn on. */
export function formatDisplayDate(date: IsoDate): string {
  return `${date}（${WEEKDAY_NAMES[weekdayOf(date)] ?? ""}）`;
}

/** 2023年10月1日（星期日）: formal documents (GB/T 9704) write dates this way. */
export function formatChineseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日（${WEEKDAY_NAMES[weekdayOf(date)] ?? ""}）`;
}
