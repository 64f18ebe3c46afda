// What every engine operation needs: the database, today's date, the calendar configuration.
import type { CalendarConfig } from "../calendar/config.js";
import type { IsoDate } from "../calendar/dates.js";
import type { Database } from "../db/client.js";

export interface EngineContext {
  readonly db: Database;
  readonly calendar: CalendarConfig;
  /** The current instant; injectable so tests and demo data can fix time. */
  readonly now: () => Date;
}

/** Today in China Standard Time (UTC+8), where every statutory day is counted. */
export function todayOf(context: Pick<EngineContext, "now">): IsoDate {
  const shanghai = new Date(context.now().getTime() + 8 * 3_600_000);
  return shanghai.toISOString().slice(0, 10) as IsoDate;
}
