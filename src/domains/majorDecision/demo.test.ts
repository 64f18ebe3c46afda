// The demo of major decisions keeps to the procedure it models: the 2023 catalog's 16 items, a
// decision for each item, every comment of 30 days before its close, reviews concluded in their
// 7 working days before the meeting, the open ones of the load day's year where the story puts them,
// and the catalogs' clocks the same from their dates as from their actions.
import { describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../../calendar/config.js";
import { deadlineFor, type IsoDate } from "../../calendar/index.js";
import type { EngineContext } from "../../engine/context.js";
import { clocksFromEvents, eventsFromValues } from "../../engine/bulk/historical.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { RowValues } from "../../kernel/values.js";
import { foldDemoRecord } from "../../seed/fold.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import type { DemoRecord } from "../../seed/types.js";
import { decisionReviews } from "./demo-reviews.js";
import { decisionCatalogDemo, majorDecisionDemo } from "./demo.js";
import { workdays } from "../../seed/working-days.js";
import { decisionCatalog, majorDecision } from "./index.js";

const TODAY = "2026-11-26";
const refs = () => {
  let next = 0;
  return offlineDemoRefs(TODAY, () => (next += 1));
};
const fold = (type: RecordTypeDeclaration, records: readonly DemoRecord[]) =>
  records.map((record) => foldDemoRecord(type, record, () => 1, TODAY));
const catalogs = fold(decisionCatalog, decisionCatalogDemo(refs()));
const decisions = fold(majorDecision, majorDecisionDemo(refs()));
const held = (rows: unknown) =>
  (rows as RowValues[]).filter((row) => row.status !== "removed").length;

describe("the demo catalogs", () => {
  it("publish 16 items for 2023 after the Party committee agreed, and adjust 2024", () => {
    const byYear = new Map(catalogs.map((catalog) => [catalog.values.year, catalog]));
    expect([...byYear.keys()]).toEqual([2023, 2024, 2025, 2026]);
    const of2023 = byYear.get(2023);
    expect(of2023?.state).toBe("published");
    expect(held(of2023?.values.items)).toBe(16);
    expect(String(of2023?.values.partyAgreedOn) < String(of2023?.values.publishedOn)).toBe(true);
    expect(byYear.get(2024)?.state).toBe("adjusted");
    expect(held(byYear.get(2024)?.values.items)).toBe(11);
  });

  it("give the same clocks from their dates as from their actions", () => {
    const context = {
      db: null as never,
      calendar: defaultCalendarConfig,
      now: () => new Date(`${TODAY}T02:00:00Z`),
    } satisfies EngineContext;
    const clocks = (events: Parameters<typeof clocksFromEvents>[0]["events"]) => {
      const result = clocksFromEvents({ type: decisionCatalog, events, context });
      return "clocks" in result ? result.clocks.map((clock) => ({ ...clock, steps: [] })) : result;
    };
    for (const catalog of catalogs) {
      const anchor = catalog.values.compiledOn as IsoDate;
      const fromDates = eventsFromValues(
        decisionCatalog,
        catalog.values,
        catalog.state ?? "",
        anchor,
      );
      expect(clocks(fromDates)).toEqual(clocks(catalog.events ?? []));
    }
  });
});

describe("the demo decisions", () => {
  it("follow each catalog item, open ones in the load day's year", () => {
    expect(decisions.filter((d) => d.values.catalogYear === 2023)).toHaveLength(16);
    expect(
      decisions.filter((d) => d.values.catalogYear === 2023 && d.state === "archived").length,
    ).toBeGreaterThan(12);
    const open = decisions.filter((d) => d.values.catalogYear === 2026).map((d) => d.state);
    expect(open).toEqual(
      expect.arrayContaining(["inComment", "commentClosed", "launched", "published", "withdrawn"]),
    );
    const inComment = decisions.find((d) => d.state === "inComment");
    expect(inComment?.values.commentStartedOn).toBe("2026-11-16");
  });

  it("close every comment no earlier than its 30 days allow, and decide after it", () => {
    for (const decision of decisions.filter((d) => typeof d.values.commentEndedOn === "string")) {
      const start = decision.values.commentStartedOn as IsoDate;
      const due = deadlineFor({ ruleId: "decision.publicComment", start });
      expect(due.ok && String(decision.values.commentEndedOn) >= due.value.due).toBe(true);
      if (typeof decision.values.decidedOn === "string")
        expect(decision.values.decidedOn > String(decision.values.commentEndedOn)).toBe(true);
    }
  });

  it("have reviews concluded in at least 7 working days and before the meeting", () => {
    let next = 0;
    const loadedRefs = offlineDemoRefs(TODAY, () => (next += 1));
    const reviews = decisionReviews(loadedRefs);
    const loaded = loadedRefs.loaded("majorDecision");
    const decided = loaded.filter((d) => typeof d.values.decidedOn === "string");
    expect(reviews.filter((r) => r.steps.length > 0).length).toBeGreaterThanOrEqual(decided.length);
    for (const review of reviews) {
      const subject = loaded.find((d) => d.link === review.values.subject);
      expect(review.values.subjectKind).toBe("majorDecision");
      const concludedOn = review.steps[0]?.values?.concludedOn;
      if (typeof subject?.values.decidedOn === "string")
        expect((concludedOn as string) < subject.values.decidedOn).toBe(true);
      if (typeof concludedOn === "string")
        expect(concludedOn >= workdays(review.values.receivedOn as string, 7)).toBe(true);
    }
    // The draft sent days ago is still under review.
    expect(reviews.filter((r) => r.steps.length === 0)).toHaveLength(1);
  });
});
