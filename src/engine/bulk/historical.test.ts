import { describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../../calendar/config.js";
import type { IsoDate } from "../../calendar/dates.js";
import { domains } from "../../domains/registry.js";
import { reconsideration } from "../../domains/reconsideration/index.js";
import { foldDemoRecord } from "../../seed/fold.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import type { EngineContext } from "../context.js";
import { clocksFromEvents, eventsFromValues, stateProblems } from "./historical.js";

const TODAY = "2026-11-20";
const context = {
  db: null as never,
  calendar: defaultCalendarConfig,
  now: () => new Date(`${TODAY}T02:00:00Z`),
} satisfies EngineContext;

// Plans are seeded through the draw service (src/inspection/demo-seed.ts), not a generator: their
// clocks are tested with the service (src/inspection/draw.db.test.ts).
const SEEDED_BY_SERVICE = new Set(["inspectionPlan"]);
// Enough records to mean something; a catalog is one a year (2023 to the load day).
const FEWEST: Readonly<Record<string, number>> = { decisionCatalog: 4 };

describe("clocks of a historical record from its dates alone", () => {
  // The demo takes every record through its actions: the dates it leaves must give the same clocks.
  for (const domain of domains.filter(
    (item) => item.type.clocks.length > 0 && !SEEDED_BY_SERVICE.has(item.type.id),
  )) {
    it(`${domain.type.id}: every demo record's clocks as its actions left them`, () => {
      let nextOrg = 0;
      const demo = domain.demo(offlineDemoRefs(TODAY, () => (nextOrg += 1)));
      expect(demo.length).toBeGreaterThanOrEqual(FEWEST[domain.type.id] ?? 11);
      const outcome = (events: Parameters<typeof clocksFromEvents>[0]["events"]) => {
        const result = clocksFromEvents({ type: domain.type, events, context });
        if (!("clocks" in result)) return result.problems;
        return result.clocks
          .map((clock) => ({ ...clock, steps: [] }))
          .sort((a, b) => (a.clockId < b.clockId ? -1 : 1));
      };
      for (const record of demo) {
        const folded = foldDemoRecord(domain.type, record, () => 1, TODAY);
        const anchor = folded.values[domain.type.numbering.dateField] as IsoDate;
        const fromDates = eventsFromValues(domain.type, folded.values, folded.state ?? "", anchor);
        expect(outcome(fromDates)).toEqual(outcome(folded.events ?? []));
      }
    });
  }
});

describe("what a state needs", () => {
  it("asks a closed case for the date the closing action requires", () => {
    const values = { closingMode: "decision" };
    expect(stateProblems(reconsideration, "closed", values)).toEqual([
      expect.objectContaining({
        field: "closedDate",
        message: "状态为“已结案”的记录须填写结案日期",
      }),
    ]);
    expect(
      stateProblems(reconsideration, "closed", { ...values, closedDate: "2023-05-01" }),
    ).toEqual([]);
    expect(stateProblems(reconsideration, "received", {})).toEqual([]);
  });
});
