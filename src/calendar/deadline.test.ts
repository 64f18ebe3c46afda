// Due dates and their explanations: holidays, make-up days, month ends, pauses, extensions, bad input.
import { describe, expect, it } from "vitest";
import { isoDate } from "./dates.js";
import {
  computeDeadline,
  defaultCalendarPolicy,
  type Deadline,
  type DeadlineInput,
} from "./deadline.js";
import { syntheticRule } from "./testing.js";

function due(input: DeadlineInput): Deadline {
  const result = computeDeadline(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const d = isoDate;

describe("calendar-day periods", () => {
  it("does not count the start day", () => {
    expect(due({ rule: syntheticRule({ amount: 15 }), start: d("2023-03-01") }).due).toBe(
      "2023-03-16",
    );
  });

  it("moves a period ending on a holiday to the next working day, which may be a make-up Saturday", () => {
    const result = due({ rule: syntheticRule({ amount: 60 }), start: d("2023-08-02") });
    expect(result.due).toBe("2023-10-07");
    const shift = result.steps.find((step) => step.kind === "restDayShift");
    expect(shift?.date).toBe("2023-10-01");
    expect(shift?.text).toContain("中秋节、国庆节放假");
    expect(shift?.text).toContain("2023-10-07（星期六）");
    expect(shift?.text).toContain("民事诉讼法》第85条");
  });

  it("moves a period ending on an ordinary Sunday to Monday, and says the convention is configurable", () => {
    const result = due({ rule: syntheticRule({ amount: 15 }), start: d("2023-03-04") });
    expect(result.due).toBe("2023-03-20");
    expect(result.steps.find((step) => step.kind === "restDayShift")?.text).toContain("可配置");
  });

  it("keeps a period ending on a Sunday when the deployment does not treat weekends as rest days", () => {
    const result = due({
      rule: syntheticRule({ amount: 15 }),
      start: d("2023-03-04"),
      policy: { ...defaultCalendarPolicy, weekendExtendsCalendarPeriod: false },
    });
    expect(result.due).toBe("2023-03-19");
  });

  it("does not move a period ending on a make-up working Saturday", () => {
    expect(due({ rule: syntheticRule({ amount: 10 }), start: d("2023-04-13") }).due).toBe(
      "2023-04-23",
    );
  });
});

describe("working-day periods", () => {
  it("skips the National Day holiday and counts the make-up Saturday", () => {
    const result = due({
      rule: syntheticRule({ amount: 5, dayType: "working" }),
      start: d("2023-09-27"),
    });
    // 9-28 (1), holiday 9-29..10-6 skipped, 10-07 Sat make-up (2), 10-08 Sun make-up (3), 10-09 (4), 10-10 (5)
    expect(result.due).toBe("2023-10-10");
    const kinds = result.steps.map((step) => step.kind);
    expect(kinds).toContain("holidaySkipped");
    expect(result.steps.filter((step) => step.kind === "makeupCounted").map((s) => s.date)).toEqual(
      ["2023-10-07", "2023-10-08"],
    );
    expect(result.steps.find((step) => step.kind === "holidaySkipped")?.text).toContain("共8日");
  });

  it("crosses the 2026 Spring Festival with its two make-up Saturdays", () => {
    // 2-13 Fri start; 2-14 Sat make-up (1); holiday 2-15..2-23; 2-24 (2) 2-25 (3) 2-26 (4) 2-27 (5)
    expect(
      due({ rule: syntheticRule({ amount: 5, dayType: "working" }), start: d("2026-02-13") }).due,
    ).toBe("2026-02-27");
    // ... 2-28 Sat make-up (6), 3-2 Mon (7)
    expect(
      due({ rule: syntheticRule({ amount: 7, dayType: "working" }), start: d("2026-02-13") }).due,
    ).toBe("2026-03-02");
  });
});

describe("month periods", () => {
  it.each([
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2023-03-31", 1, "2023-05-04"], // 4-30 Sunday inside 劳动节 4-29..5-3 → 5-4
  ] as const)("%s + %i months is due %s", (start, amount, expected) => {
    expect(due({ rule: syntheticRule({ amount, unit: "month" }), start: d(start) }).due).toBe(
      expected,
    );
  });
});

describe("pauses", () => {
  it("adds the paused calendar days and explains them", () => {
    const result = due({
      rule: syntheticRule({ amount: 60 }),
      start: d("2024-03-01"),
      pauses: [{ from: d("2024-03-11"), to: d("2024-03-20") }],
    });
    // 60 days from 3-1 is 4-30; ten paused days → 5-10 (Friday)
    expect(result.due).toBe("2024-05-10");
    const pause = result.steps.find((step) => step.kind === "paused");
    expect(pause?.text).toContain("中止期间，10日不计入期间");
  });

  it("counts only the working days lost for a working-day period", () => {
    const result = due({
      rule: syntheticRule({ amount: 20, dayType: "working", pausedBy: ["consultation"] }),
      start: d("2025-03-03"),
      pauses: [{ from: d("2025-03-10"), to: d("2025-03-16"), kind: "consultation" }],
    });
    // 20 working days from 3-3 end 3-31; the pause removes 5 (3-10..3-14); 清明 4-4 is skipped → 4-8
    expect(result.due).toBe("2025-04-08");
    expect(result.steps.find((step) => step.kind === "paused")?.text).toContain("5个工作日");
  });
});

describe("extensions", () => {
  it("extends a 60-day decision accepted 2023-08-02 by 30 days from the unmoved end 10-01: 10-31", () => {
    // 08-02 + 60 days = 10-01 (国庆, moved to the make-up Saturday 10-07); 10-01 + 30 = 10-31 (Tue).
    const result = due({
      rule: syntheticRule({ amount: 60, extension: 30 }),
      start: d("2023-08-02"),
      extension: 30,
    });
    expect(result.due).toBe("2023-10-31");
    const text = result.steps.find((step) => step.kind === "extension")?.text;
    expect(text).toContain("经负责人批准");
    expect(text).toContain("自原期间最后一日2023-10-01（星期日）次日起算");
  });

  it("counts the same extension from the moved end 10-07 when configured: 11-06", () => {
    const result = due({
      rule: syntheticRule({ amount: 60, extension: 30 }),
      start: d("2023-08-02"),
      extension: 30,
      policy: { ...defaultCalendarPolicy, extensionBase: "shiftedDue" },
    });
    expect(result.due).toBe("2023-11-06");
    expect(result.steps.find((step) => step.kind === "extension")?.text).toContain(
      "自顺延后的届满日2023-10-07（星期六）次日起算（本地配置）",
    );
  });

  it("refuses an extension the rule does not allow, or one longer than allowed", () => {
    const noExtension = computeDeadline({
      rule: syntheticRule({ amount: 30 }),
      start: d("2024-01-02"),
      extension: 5,
    });
    expect(noExtension).toMatchObject({
      ok: false,
      errors: [{ field: "extension", code: "extension.notAllowed" }],
    });
    const tooLong = computeDeadline({
      rule: syntheticRule({ amount: 60, extension: 30 }),
      start: d("2024-01-02"),
      extension: 31,
    });
    expect(tooLong).toMatchObject({
      ok: false,
      errors: [{ field: "extension", code: "extension.outOfRange" }],
    });
  });
});

describe("bad pauses", () => {
  const rule = syntheticRule({ amount: 10, dayType: "working" });
  it.each([
    ["reversed", [{ from: d("2024-05-10"), to: d("2024-05-08") }], "pause.reversed"],
    ["before the start", [{ from: d("2024-04-01"), to: d("2024-04-03") }], "pause.beforeStart"],
    ["after the due date", [{ from: d("2024-07-01"), to: d("2024-07-03") }], "pause.outsidePeriod"],
    [
      "overlapping",
      [
        { from: d("2024-04-10"), to: d("2024-04-12") },
        { from: d("2024-04-12"), to: d("2024-04-15") },
      ],
      "pause.overlap",
    ],
  ] as const)("refuses a pause %s", (_name, pauses, code) => {
    const result = computeDeadline({ rule, start: d("2024-04-08"), pauses });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.code)).toContain(code);
  });

  it("refuses a pause on a rule that the law never pauses", () => {
    const result = computeDeadline({
      rule: syntheticRule({ amount: 15, pausedBy: [] }),
      start: d("2024-04-08"),
      pauses: [{ from: d("2024-04-10"), to: d("2024-04-11") }],
    });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "pause.notAllowed" }] });
  });
});

describe("periods counted backward", () => {
  it("finds the last day to send a notice at least 5 working days before a hearing", () => {
    const rule = syntheticRule({
      amount: 5,
      dayType: "working",
      direction: "before",
      pausedBy: [],
    });
    // hearing Monday 2023-10-09: back over 10-08 Sun make-up (1), 10-07 Sat make-up (2), holiday, 9-28 (3), 9-27 (4), 9-26 (5)
    expect(due({ rule, start: d("2023-10-09") }).due).toBe("2023-09-26");
  });
});

describe("provisional years", () => {
  it("flags a period that reaches into a year without a notice", () => {
    const result = due({
      rule: syntheticRule({ amount: 20, dayType: "working" }),
      start: d("2026-12-20"),
    });
    expect(result.provisional).toBe(true);
    expect(result.steps.find((step) => step.kind === "provisional")?.text).toContain("2027年");
  });

  it("does not flag a period inside published years", () => {
    expect(
      due({ rule: syntheticRule({ amount: 20, dayType: "working" }), start: d("2026-11-02") })
        .provisional,
    ).toBe(false);
  });
});
