// Restarts (行政复议法 第31条第3款, 政府信息公开条例 第30条), the legal aid materials pause (LA-6a)
// and what is left of a suspended period, on the real statute table; dates worked by hand.
import { describe, expect, it } from "vitest";
import { isoDate } from "./dates.js";
import {
  deadlineFor,
  findRule,
  parseCalendarConfig,
  remainingAt,
  statutoryRules,
} from "./index.js";

const d = isoDate;

function dueOf(input: Parameters<typeof deadlineFor>[0]) {
  const result = deadlineFor(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function configOf(raw: unknown) {
  const result = parseCalendarConfig(raw, statutoryRules);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe("restarts", () => {
  it("acceptance review received 2023-03-01, corrected 03-06..03-20: 5 WD again from 03-20, due 03-27 (not 03-22)", () => {
    // 03-20 Mon; 03-21 (1) 22 (2) 23 (3) 24 (4) | 25-26 weekend | 27 Mon (5).
    const result = dueOf({
      ruleId: "reconsideration.acceptanceReview",
      start: d("2023-03-01"),
      restarts: [d("2023-03-20")],
    });
    expect(result.due).toBe("2023-03-27");
    const restart = result.steps.find((step) => step.kind === "restart");
    expect(restart?.date).toBe("2023-03-20");
    expect(restart?.text).toContain("第31条第3款");
    expect(restart?.text).toContain("重新计算");
    expect(result.steps[0]?.text).toContain("2023-03-01");
  });

  it("acceptance review no longer takes the correction as a pause", () => {
    const result = deadlineFor({
      ruleId: "reconsideration.acceptanceReview",
      start: d("2023-03-01"),
      pauses: [{ from: d("2023-03-06"), to: d("2023-03-19"), kind: "correction" }],
    });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "pause.notAllowed" }] });
  });

  it("disclosure reply received 2024-03-01, corrected request 03-11: 20 WD from 03-11 over 清明, due 04-09", () => {
    // 03-12..15 (4), 18..22 (9), 25..29 (14), 04-01..03 (17), 04-04..06 清明 rest,
    // Sun 04-07 make-up (18), 04-08 (19), 04-09 Tue (20).
    const result = dueOf({
      ruleId: "disclosure.reply",
      start: d("2024-03-01"),
      restarts: [d("2024-03-11")],
    });
    expect(result.due).toBe("2024-04-09");
    expect(result.steps.find((step) => step.kind === "restart")?.text).toContain("第30条");
  });

  it("refuses a restart for a rule that never starts again, and one before the start", () => {
    expect(
      deadlineFor({
        ruleId: "reconsideration.decision",
        start: d("2024-03-01"),
        restarts: [d("2024-03-05")],
      }),
    ).toMatchObject({ ok: false, errors: [{ field: "restarts", code: "restart.notAllowed" }] });
    expect(
      deadlineFor({
        ruleId: "reconsideration.acceptanceReview",
        start: d("2024-03-01"),
        restarts: [d("2024-02-20")],
      }),
    ).toMatchObject({ ok: false, errors: [{ field: "restarts[0]", code: "restart.beforeStart" }] });
  });
});

describe("legal aid examination (LA-3, LA-6a)", () => {
  it("received 2024-03-01, materials asked 03-05 and received 03-12: 7 WD less the pause, due 03-19", () => {
    // 03-04 Mon (1); 03-05..03-11 paused; 03-12 (2) 13 (3) 14 (4) 15 (5) | 18 (6) 19 Tue (7).
    const result = dueOf({
      ruleId: "legalAid.examination",
      start: d("2024-03-01"),
      pauses: [{ from: d("2024-03-05"), to: d("2024-03-11"), kind: "materials" }],
    });
    expect(result.due).toBe("2024-03-19");
    const pause = result.steps.find((step) => step.kind === "paused");
    expect(pause?.text).toContain("补充材料期间");
    expect(pause?.text).toContain("《办理法律援助案件程序规定》");
  });

  it("cites the procedure rules beside 法律援助法 第43条 for the 7 working days", () => {
    const result = dueOf({ ruleId: "legalAid.examination", start: d("2024-03-01") });
    // 03-04 (1) .. 03-08 (5), 03-11 (6), 03-12 (7).
    expect(result.due).toBe("2024-03-12");
    expect(result.steps[0]?.text).toContain(
      "《中华人民共和国法律援助法》第43条第1款、《办理法律援助案件程序规定》",
    );
  });

  it("counts the time for materials when a deployment switches the pause off, and says so", () => {
    const config = configOf({ statutoryRules: { "legalAid.examination": { pausedBy: [] } } });
    const result = dueOf({ ruleId: "legalAid.examination", start: d("2024-03-01"), config });
    expect(result.due).toBe("2024-03-12");
    expect(result.steps.find((step) => step.kind === "pauseNotCounted")?.text).toContain(
      "本地配置：补充材料期间计入本期间",
    );
    const paused = deadlineFor({
      ruleId: "legalAid.examination",
      start: d("2024-03-01"),
      pauses: [{ from: d("2024-03-05"), to: d("2024-03-11"), kind: "materials" }],
      config,
    });
    expect(paused).toMatchObject({ ok: false, errors: [{ code: "pause.notAllowed" }] });
  });

  it("accepts only pause grounds the rule has, and only for configurable rules", () => {
    const foreign = parseCalendarConfig(
      { statutoryRules: { "legalAid.examination": { pausedBy: ["suspension"] } } },
      statutoryRules,
    );
    expect(foreign).toMatchObject({
      ok: false,
      errors: [{ field: "statutoryRules.legalAid.examination.pausedBy", code: "config.pausedBy" }],
    });
    const verified = parseCalendarConfig(
      { statutoryRules: { "reconsideration.decision": { pausedBy: [] } } },
      statutoryRules,
    );
    expect(verified).toMatchObject({ ok: false, errors: [{ code: "config.ruleNotConfigurable" }] });
  });
});

describe("extension base configuration", () => {
  it("reads extensionBase and names a bad value", () => {
    expect(configOf({ calendar: { extensionBase: "shiftedDue" } }).policy.extensionBase).toBe(
      "shiftedDue",
    );
    expect(configOf({}).policy.extensionBase).toBe("periodEnd");
    expect(
      parseCalendarConfig({ calendar: { extensionBase: "later" } }, statutoryRules),
    ).toMatchObject({ ok: false, errors: [{ field: "calendar.extensionBase" }] });
  });
});

describe("what is left of a suspended period", () => {
  it("decision accepted 2024-03-01, suspended from 03-11: 9 days counted (03-02..03-10), 51 left", () => {
    const rule = findRule("reconsideration.decision");
    if (!rule) throw new Error("rule missing");
    expect(
      remainingAt({ rule, countFrom: d("2024-03-01"), pauses: [], at: d("2024-03-11") }),
    ).toEqual({
      elapsed: 9,
      remaining: 51,
      unit: "日",
    });
  });

  it("legal aid examination received 2024-03-01 (Fri), paused from 03-06: 2 WD counted, 5 left", () => {
    const rule = findRule("legalAid.examination");
    if (!rule) throw new Error("rule missing");
    // 03-04 Mon (1), 03-05 Tue (2); 7 - 2 = 5 left for legal aid's 7 WD.
    expect(
      remainingAt({ rule, countFrom: d("2024-03-01"), pauses: [], at: d("2024-03-06") }),
    ).toEqual({
      elapsed: 2,
      remaining: 5,
      unit: "个工作日",
    });
  });
});
