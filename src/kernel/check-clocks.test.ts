// Clock declarations are checked against their statutory rules when the registry loads.
import { describe, expect, it } from "vitest";
import { ruleFactsOf } from "../calendar/index.js";
import { catalogueExists } from "../domains/catalogues/index.js";
import { recordTypes } from "../domains/registry.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { assertDeclarations, checkDeclaration } from "./check.js";
import type { ClockDeclaration, RecordTypeDeclaration } from "./declaration.js";

const withClock = (change: Partial<ClockDeclaration>): RecordTypeDeclaration => {
  const [first, ...rest] = reconsideration.clocks;
  if (!first) throw new Error("no clock");
  return { ...reconsideration, clocks: [{ ...first, ...change }, ...rest] };
};

describe("clock declarations against their rules", () => {
  it("passes every registered record type", () => {
    for (const type of recordTypes)
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });

  it("refuses a pause ground the rule does not deduct", () => {
    const type = withClock({ pauseOn: [{ action: "suspend", kind: "suspension" }] });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: clock acceptanceReview: pauses for suspension on suspend, which rule reconsideration.acceptanceReview does not deduct",
    ]);
    expect(() => assertDeclarations([type], ruleFactsOf, catalogueExists)).toThrow(
      /does not deduct/,
    );
  });

  it("refuses a restart under a rule that never starts again, for every rule of a choice", () => {
    const type = withClock({
      rule: {
        among: ["reconsideration.acceptanceReview", "reconsideration.decision"],
        choose: () => "reconsideration.decision",
      },
    });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: clock acceptanceReview: restarts on submitCorrection, but rule reconsideration.decision never starts again",
    ]);
  });

  it("refuses an extension no rule allows and an unknown rule", () => {
    const type = withClock({
      rule: "reconsideration.nonexistent",
      extendOn: { action: "extend", daysField: "extensionDays" },
    });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: clock acceptanceReview: unknown statutory rule reconsideration.nonexistent",
    ]);
    const noExtension = withClock({ extendOn: { action: "extend", daysField: "extensionDays" } });
    expect(checkDeclaration(noExtension, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: clock acceptanceReview: extends on extend, but no rule it may run under can be extended",
    ]);
  });
});
