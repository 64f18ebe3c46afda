// Invariants of deadline arithmetic over random rules, dates, pauses and extensions (fast-check).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays, fromDayNumber, toDayNumber, isoDate, type IsoDate } from "./dates.js";
import { computeDeadline, defaultCalendarPolicy, type DeadlineInput } from "./deadline.js";
import { isWorkingDay } from "./holidays.js";
import { syntheticRule } from "./testing.js";

const first = toDayNumber(isoDate("2019-01-01"));
const last = toDayNumber(isoDate("2026-09-30"));
const startDate = fc.integer({ min: first, max: last }).map((n) => fromDayNumber(n));
const dayType = fc.constantFrom("calendar" as const, "working" as const);

function dueOf(input: DeadlineInput): IsoDate {
  const result = computeDeadline(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.due;
}

describe("deadline invariants", () => {
  test.prop([startDate, fc.integer({ min: 1, max: 60 })])(
    "n working days later is a working day",
    (start, amount) => {
      const due = dueOf({ rule: syntheticRule({ amount, dayType: "working" }), start });
      expect(isWorkingDay(due)).toBe(true);
    },
  );

  test.prop([startDate, fc.integer({ min: 1, max: 120 })])(
    "a calendar period always ends on a working day (weekends treated as rest days)",
    (start, amount) => {
      expect(isWorkingDay(dueOf({ rule: syntheticRule({ amount }), start }))).toBe(true);
    },
  );

  test.prop([startDate, fc.integer({ min: 1, max: 120 }), dayType])(
    "the due date never precedes the start and a period is at least its length in days",
    (start, amount, type) => {
      const due = dueOf({ rule: syntheticRule({ amount, dayType: type }), start });
      expect(toDayNumber(due) - toDayNumber(start)).toBeGreaterThanOrEqual(amount);
    },
  );

  test.prop([startDate, fc.integer({ min: 1, max: 90 }), dayType])(
    "a longer period never ends earlier",
    (start, amount, type) => {
      const shorter = dueOf({ rule: syntheticRule({ amount, dayType: type }), start });
      const longer = dueOf({ rule: syntheticRule({ amount: amount + 1, dayType: type }), start });
      expect(longer >= shorter).toBe(true);
    },
  );

  test.prop([
    startDate,
    fc.integer({ min: 5, max: 90 }),
    dayType,
    fc.integer({ min: 1, max: 20 }),
    fc.integer({ min: 0, max: 30 }),
  ])("a pause never shortens a period", (start, amount, type, offset, length) => {
    const rule = syntheticRule({ amount, dayType: type });
    const without = dueOf({ rule, start });
    const from = addDays(start, Math.min(offset, amount));
    const pauses = [{ from, to: addDays(from, length) }];
    const withPause = dueOf({ rule, start, pauses });
    expect(withPause >= without).toBe(true);
  });

  test.prop([
    startDate,
    fc.integer({ min: 10, max: 90 }),
    dayType,
    fc.integer({ min: 1, max: 30 }),
  ])(
    "an extension never shortens a period and always ends on a working day",
    (start, amount, type, extension) => {
      const rule = syntheticRule({ amount, dayType: type, extension: 30 });
      const base = dueOf({ rule, start });
      // From the unmoved last day (default) a short extension may end on the same moved due date;
      // from the moved due date it always ends later.
      const extended = dueOf({ rule, start, extension });
      expect(extended >= base).toBe(true);
      expect(isWorkingDay(extended)).toBe(true);
      const policy = { ...defaultCalendarPolicy, extensionBase: "shiftedDue" as const };
      const fromMoved = dueOf({ rule, start, extension, policy });
      expect(fromMoved > base).toBe(true);
      expect(fromMoved >= extended).toBe(true);
    },
  );

  test.prop([startDate, fc.integer({ min: 1, max: 24 })])(
    "a month period ends no earlier than the same day-number of the target month",
    (start, amount) => {
      const due = dueOf({ rule: syntheticRule({ amount, unit: "month" }), start });
      expect(toDayNumber(due) - toDayNumber(start)).toBeGreaterThanOrEqual(amount * 28);
    },
  );
});
