// Deployment configuration: only configurable rules take local values; bad values name their field.
import { describe, expect, it } from "vitest";
import { parseCalendarConfig } from "./config.js";
import { isoDate } from "./dates.js";
import { deadlineFor, statutoryRules } from "./index.js";

const configurable = statutoryRules.find((rule) => rule.configurable);
const verified = statutoryRules.find(
  (rule) => rule.verification === "verified" && !rule.configurable,
);

describe("parseCalendarConfig", () => {
  it("sets the period of a configurable rule and changes its due date", () => {
    if (!configurable) throw new Error("the table has no configurable rule");
    const parsed = parseCalendarConfig(
      { statutoryRules: { [configurable.id]: { amount: 45, unit: "day", dayType: "calendar" } } },
      statutoryRules,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = deadlineFor({
      ruleId: configurable.id,
      start: isoDate("2024-03-01"),
      config: parsed.value,
    });
    // 45 calendar days after 2024-03-01 is 2024-04-15, a Monday
    expect(result.ok && result.value.due).toBe("2024-04-15");
    expect(result.ok && result.value.steps[1]?.text).toContain("本地配置值");
  });

  it("refuses to override a verified statutory period", () => {
    if (!verified) throw new Error("the table has no verified rule");
    const parsed = parseCalendarConfig(
      { statutoryRules: { [verified.id]: { amount: 99 } } },
      statutoryRules,
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: `statutoryRules.${verified.id}`, code: "config.ruleNotConfigurable" }],
    });
  });

  it.each([
    [
      { statutoryRules: { "no.rule": { amount: 3 } } },
      "statutoryRules.no.rule",
      "config.unknownRule",
    ],
    [
      { calendar: { weekendExtendsCalendarPeriod: "yes" } },
      "calendar.weekendExtendsCalendarPeriod",
      "config.type",
    ],
    [[], "config", "config.type"],
  ])("names the bad field in %j", (raw, field, code) => {
    expect(parseCalendarConfig(raw, statutoryRules)).toMatchObject({
      ok: false,
      errors: [{ field, code }],
    });
  });

  it("names a bad amount of a configurable rule", () => {
    if (!configurable) throw new Error("the table has no configurable rule");
    const parsed = parseCalendarConfig(
      { statutoryRules: { [configurable.id]: { amount: -1 } } },
      statutoryRules,
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: `statutoryRules.${configurable.id}.amount`, code: "config.amount" }],
    });
  });
});
