// The demo licensing list and cases reproduce the report's figures of 2023 without a database: 58
// items whose approving department changed in the year, 14 joint acceptances and 6 connections
// completed; every change chain holds, and nothing is dated after the load day.
import { describe, expect, it } from "vitest";
import { textOf, type RowValues } from "../../kernel/values.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import {
  ITEMS_REASSIGNED_2023,
  JOINT_ACCEPTANCES_2023,
  UTILITY_CONNECTIONS_2023,
  jointAcceptanceDemo,
  licensingItemDemo,
  utilityConnectionDemo,
} from "./demo.js";
import { ACTION_DATE } from "./demo-cases.js";
import { reassignmentChainProblem } from "./item-fields.js";

const refs = offlineDemoRefs("2026-11-26", () => 1);
const rowsOf = (value: unknown) => (Array.isArray(value) ? (value as RowValues[]) : []);

describe("the demo licensing list", () => {
  const items = licensingItemDemo(refs);

  it("has a few hundred items with distinct codes", () => {
    expect(items.length).toBeGreaterThan(250);
    expect(new Set(items.map((item) => textOf(item.values["itemCode"]))).size).toBe(items.length);
  });

  it("moves exactly 58 items in 2023, some twice, and others in 2022 and 2024", () => {
    const dated = (year: string) =>
      items.filter((item) =>
        rowsOf(item.values["reassignments"]).some((row) =>
          textOf(row["effectiveOn"]).startsWith(year),
        ),
      );
    expect(dated("2023")).toHaveLength(ITEMS_REASSIGNED_2023);
    expect(ITEMS_REASSIGNED_2023).toBe(58);
    const twice = dated("2023").filter(
      (item) =>
        rowsOf(item.values["reassignments"]).filter((row) =>
          textOf(row["effectiveOn"]).startsWith("2023"),
        ).length > 1,
    );
    expect(twice.length).toBeGreaterThan(0);
    expect(dated("2022").length).toBeGreaterThan(10);
    expect(dated("2024").length).toBeGreaterThan(10);
  });

  it("keeps every change chain unbroken", () => {
    for (const item of items)
      expect(reassignmentChainProblem(rowsOf(item.values["reassignments"]))).toBeNull();
  });
});

describe("the demo construction cases", () => {
  const completedIn = (records: ReturnType<typeof jointAcceptanceDemo>, year: string) =>
    records.filter((record) =>
      record.steps.some(
        (step) =>
          step.action === "complete" && textOf(step.values?.["completedOn"]).startsWith(year),
      ),
    );

  it("complete 14 joint acceptances and 6 utility connections in 2023", () => {
    expect(completedIn(jointAcceptanceDemo(refs), "2023")).toHaveLength(JOINT_ACCEPTANCES_2023);
    expect(completedIn(utilityConnectionDemo(refs), "2023")).toHaveLength(UTILITY_CONNECTIONS_2023);
    expect([JOINT_ACCEPTANCES_2023, UTILITY_CONNECTIONS_2023]).toEqual([14, 6]);
  });

  it("stop at the load day", () => {
    const early = offlineDemoRefs("2023-07-01", () => 1);
    for (const record of [...jointAcceptanceDemo(early), ...utilityConnectionDemo(early)])
      for (const step of record.steps)
        expect(textOf(step.values?.[ACTION_DATE[step.action] ?? ""]) <= "2023-07-01").toBe(true);
  });
});
