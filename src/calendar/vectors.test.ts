// 300+ due dates worked out by an independent Python reference (test/calendar/vectors/reference.py).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../test/support/paths.js";
import { isoDate } from "./dates.js";
import { computeDeadline, defaultCalendarPolicy } from "./deadline.js";
import { syntheticRule } from "./testing.js";

interface Vector {
  name: string;
  start: string;
  amount: number;
  unit: "day" | "month";
  dayType: "calendar" | "working";
  pauses: [string, string][];
  extend: number;
  due: string;
  /** With an extension: the due date when it is counted from the moved end (extensionBase). */
  dueFromShiftedEnd?: string;
}

const vectors = JSON.parse(
  readFileSync(join(projectRoot, "test/calendar/vectors/deadline-vectors.json"), "utf8"),
) as Vector[];

describe("independent deadline vectors", () => {
  it("has at least 100 of them", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
  });

  it.each(vectors.map((vector) => [vector.name, vector] as const))("%s", (_name, vector) => {
    const rule = syntheticRule({
      amount: vector.amount,
      unit: vector.unit,
      dayType: vector.dayType,
      ...(vector.extend > 0 ? { extension: vector.extend } : {}),
    });
    const dueWith = (extensionBase: "periodEnd" | "shiftedDue") => {
      const result = computeDeadline({
        rule,
        start: isoDate(vector.start),
        pauses: vector.pauses.map(([from, to]) => ({ from: isoDate(from), to: isoDate(to) })),
        policy: { ...defaultCalendarPolicy, extensionBase },
        ...(vector.extend > 0 ? { extension: vector.extend } : {}),
      });
      return result.ok && result.value.due;
    };
    expect(dueWith("periodEnd")).toBe(vector.due);
    if (vector.extend > 0) expect(dueWith("shiftedDue")).toBe(vector.dueFromShiftedEnd);
  });
});
