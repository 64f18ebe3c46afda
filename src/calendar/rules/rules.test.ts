// The statute table is well-formed: unique ids, cited articles, sane periods, every rule computable.
import { describe, expect, it } from "vitest";
import { isoDate } from "../dates.js";
import { computeDeadline } from "../deadline.js";
import { statutoryRules } from "./index.js";

describe("statute table", () => {
  it("has unique ids of the form area.name", () => {
    const ids = statutoryRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z0-9]*$/);
  });

  it.each(statutoryRules.map((rule) => [rule.id, rule] as const))(
    "%s is cited and computable",
    (_id, rule) => {
      expect(rule.article.length).toBeGreaterThan(0);
      expect(rule.law.title.length).toBeGreaterThan(0);
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
      expect(Number.isInteger(rule.period.amount) && rule.period.amount > 0).toBe(true);
      if (rule.verification === "unverified" || rule.verification === "local") {
        expect(rule.configurable).toBe(true);
      }
      if (rule.period.unit !== "day") expect(rule.period.dayType).toBe("calendar");
      const result = computeDeadline({ rule, start: isoDate("2024-06-03") });
      expect(result.ok).toBe(true);
    },
  );

  it("applies the working-day clause of each law to the right lengths", () => {
    const byId = new Map(statutoryRules.map((rule) => [rule.id, rule]));
    // 行政复议法 第88条: only 3, 5, 7, 10 days are working days.
    expect(byId.get("reconsideration.acceptanceReview")?.period).toEqual({
      amount: 5,
      unit: "day",
      dayType: "working",
    });
    expect(byId.get("reconsideration.decision")?.period).toEqual({
      amount: 60,
      unit: "day",
      dayType: "calendar",
    });
    // 行政处罚法 第85条: 5 days working, 90 days calendar.
    expect(byId.get("penalty.hearingRequest")?.period.dayType).toBe("working");
    expect(byId.get("penalty.decision")?.period.dayType).toBe("calendar");
    // 行政许可法 第82条: every period is working days.
    expect(byId.get("licensing.decision")?.period).toEqual({
      amount: 20,
      unit: "day",
      dayType: "working",
    });
    expect(byId.get("litigation.defence")?.period).toEqual({
      amount: 15,
      unit: "day",
      dayType: "calendar",
    });
    expect(byId.get("reconsideration.decision")?.extension?.period.amount).toBe(30);
    expect(byId.get("reconsideration.simplifiedDecision")?.extension).toBeNull();
  });
});
