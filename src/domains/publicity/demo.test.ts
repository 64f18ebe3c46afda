// The demo data reproduces the 2023 report's 普法 figures for 侯马市 and stays realistic.
import { textOf } from "../../kernel/values.js";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../seed/random.js";
import type { DemoRecord } from "../../seed/types.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import { activityDemo, educationBaseDemo, lecturerDemo, productionDemo } from "./demo.js";

const refs = offlineDemoRefs("2026-11-26", () => 1);
const in2023 = (field: string) => (record: DemoRecord) =>
  textOf(record.values[field]).startsWith("2023");

describe("the 普法 demo data of 侯马市", () => {
  it("has the lecturer group of 30, all appointed 2021–2023 and active at the end of 2023", () => {
    const members = lecturerDemo(refs).filter((r) => textOf(r.values.joinedDate) <= "2023-12-31");
    expect(members).toHaveLength(30);
    expect(members.every((r) => textOf(r.values.joinedDate) >= "2021-01-01")).toBe(true);
    const leftIn2023 = members
      .flatMap((r) => r.steps)
      .filter((s) => {
        const left = textOf(s.values?.leftDate ?? "");
        return s.action === "leave" && left <= "2023-12-31";
      });
    expect(leftIn2023).toEqual([]);
    expect(new Set(members.map((r) => r.values.name)).size).toBe(30);
  });

  it("has 63 activities in 2023, 12 of them online trainings of 法律明白人", () => {
    const all = activityDemo(refs);
    const year = all.filter(in2023("activityDate"));
    expect(year).toHaveLength(63);
    const trainings = year.filter((r) => r.values.kind === "onlineTraining");
    expect(trainings).toHaveLength(12);
    expect(trainings.every((r) => r.values.mode === "online")).toBe(true);
    // Spread through the year, no two rows alike.
    const months = new Set(year.map((r) => textOf(r.values.activityDate).slice(5, 7)));
    expect(months.size).toBe(12);
    const rows = year.map((r) => `${textOf(r.values.theme)}|${textOf(r.values.activityDate)}`);
    expect(new Set(rows).size).toBe(63);
    expect(all.some((r) => textOf(r.values.activityDate).startsWith("2025"))).toBe(true);
    expect(all.some((r) => textOf(r.values.activityDate).startsWith("2026"))).toBe(true);
  });

  it("has 2 productions and the 2 education bases of 2023", () => {
    expect(productionDemo(refs).filter(in2023("producedDate"))).toHaveLength(2);
    const bases = educationBaseDemo(refs).filter((r) => textOf(r.values.namedDate) <= "2023-12-31");
    expect(bases.map((r) => [r.values.name, r.values.level])).toEqual([
      ["彭真故居", "provincial"],
      ["国家税务总局侯马市税务局", "municipal"],
    ]);
  });

  it("leaves out records after the load day", () => {
    const early = { ...refs, random: seededRandom(1), today: "2024-06-30" };
    expect(activityDemo(early).every((r) => textOf(r.values.activityDate) <= "2024-06-30")).toBe(
      true,
    );
  });
});
