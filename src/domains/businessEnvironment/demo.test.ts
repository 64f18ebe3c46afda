// The demo tasks without a database: the 2023 letter's 602 tasks in five categories (and two
// cancelled beside them), texts filled from the pools, every step on or before the load day and in
// date order; on a load day in spring 2023, the 2022 and 2023 letters, the 2023 one only reported on.
import { describe, expect, it } from "vitest";
import { textOf } from "../../kernel/values.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import { businessEnvironmentTaskDemo } from "./demo.js";

const TODAY = "2026-11-26";
const records = businessEnvironmentTaskDemo(offlineDemoRefs(TODAY, () => 1));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("the demo business-environment tasks", () => {
  it("give the 2023 letter 602 tasks in five categories beside two cancelled", () => {
    const of2023 = records.filter((record) => record.values["letterYear"] === 2023);
    const cancelled = of2023.filter((record) => record.steps.some((s) => s.action === "cancel"));
    const counted = of2023.filter((record) => !cancelled.includes(record));
    expect(cancelled).toHaveLength(2);
    expect(counted).toHaveLength(602);
    expect(new Set(counted.map((record) => record.values["category"]))).toEqual(
      new Set(["01", "02", "03", "04", "05"]),
    );
  });

  it("fill every text from the pools and date every step in order, none after the load day", () => {
    for (const record of records) {
      const task = textOf(record.values["task"]);
      expect(task).not.toContain("{s}");
      expect(task.length).toBeLessThanOrEqual(300);
      let last = textOf(record.values["assignedOn"]);
      for (const step of record.steps) {
        const dated = Object.entries(step.values ?? {})
          .filter(([name]) => name !== "rectificationDue" && name !== "dueDate")
          .map(([, value]) => value)
          .filter((value): value is string => typeof value === "string" && ISO.test(value));
        for (const date of dated) {
          expect(date >= last).toBe(true);
          expect(date <= TODAY).toBe(true);
          last = date;
        }
      }
    }
  });

  it("on a load day in spring 2023 have the 2022 and 2023 letters only, reported on at most", () => {
    const early = businessEnvironmentTaskDemo(offlineDemoRefs("2023-04-20", () => 1));
    const years = new Set(early.map((record) => record.values["letterYear"]));
    expect(years).toEqual(new Set([2022, 2023]));
    const of2023 = early.filter((record) => record.values["letterYear"] === 2023);
    // Progress reported at most: nothing of the 2023 letter is due yet.
    const actions = new Set(of2023.flatMap((record) => record.steps.map((step) => step.action)));
    expect([...actions].filter((action) => action !== "reportProgress")).toEqual([]);
  });
});
