// The demo instructions reproduce the report's figure: 8 written instructions on rule-of-law work
// by the party secretary or the mayor in 2023, beside two that do not count; none after the load day.
import { describe, expect, it } from "vitest";
import { textOf } from "../../kernel/values.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import { followUpDemo } from "../followUp/demo.js";
import { instructionDemo } from "./demo.js";

const refs = offlineDemoRefs("2026-11-26", () => 1);

describe("the demo instructions", () => {
  const records = instructionDemo(refs);
  const of2023 = records.filter((record) =>
    textOf(record.values["instructedOn"]).startsWith("2023"),
  );

  it("count 8 rule-of-law instructions by the secretary or the mayor in 2023, of 10", () => {
    const counted = of2023.filter(
      (record) =>
        record.values["isRuleOfLaw"] === true &&
        ["partySecretary", "mayor"].includes(textOf(record.values["leaderRole"])),
    );
    expect(of2023).toHaveLength(10);
    expect(counted).toHaveLength(8);
  });

  it("stop at the load day, and close only instructions whose follow-ups were all accepted", () => {
    const early = offlineDemoRefs("2024-07-01", () => 1);
    const before = instructionDemo(early);
    expect(before.every((record) => textOf(record.values["instructedOn"]) <= "2024-07-01")).toBe(
      true,
    );
    const closed = records.filter((record) => record.steps.some((step) => step.action === "close"));
    expect(closed.length).toBeGreaterThan(10);
    expect(records.length - closed.length).toBeGreaterThanOrEqual(3);
  });

  it("give every follow-up a source among the instructions, open cases or overdue tasks, dated in order", () => {
    const followUps = followUpDemo(refs);
    expect(followUps.length).toBeGreaterThan(30);
    for (const record of followUps) {
      expect(textOf(record.values["source"])).toMatch(
        /^(instruction|legalAid|reconsideration|businessEnvironmentTask):\d+$/,
      );
      const dates = record.steps.flatMap((step) =>
        Object.values(step.values ?? {}).filter(
          (value): value is string =>
            typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value),
        ),
      );
      for (const date of dates) expect(date >= textOf(record.values["assignedOn"])).toBe(true);
      expect(textOf(record.values["dueDate"]) > textOf(record.values["assignedOn"])).toBe(true);
    }
  });
});
