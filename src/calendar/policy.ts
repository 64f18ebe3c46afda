// Counting choices the law leaves to practice, set per deployment (FAZHI_CONFIG "calendar").
/** Choices the law leaves to practice; configurable per deployment. */
export interface CalendarPolicy {
  /**
   * UNVERIFIED convention (statutory-rules.md, engine note 3): a calendar-day period that
   * ends on a Saturday or Sunday moves to the next working day, as on a 法定休假日.
   */
  readonly weekendExtendsCalendarPeriod: boolean;
  /**
   * What an extension is counted from when the period's last day was moved off a rest day:
   * `periodEnd`, the unmoved last day (the earlier, safer date for the body, the default), or
   * `shiftedDue`, the working day it was moved to. The law does not say; configurable.
   */
  readonly extensionBase: "periodEnd" | "shiftedDue";
}

export const defaultCalendarPolicy: CalendarPolicy = {
  weekendExtendsCalendarPeriod: true,
  extensionBase: "periodEnd",
};
