// The demo directories of 侯马市 from the generators alone: valid, unique credit codes and
// certificate numbers, the risk classes in the shares the demo promises, and inspectors some of
// whom may not be drawn.
import { describe, expect, it } from "vitest";
import { isValidCreditCode } from "../../kernel/codes.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import { DEMO_ENTITIES, inspectorDemo, marketEntityDemo } from "./demo.js";

const TODAY = "2026-11-26";
const codes = new Map<string, number>();
const refs = () =>
  offlineDemoRefs(TODAY, (code) => {
    if (!codes.has(code)) codes.set(code, codes.size + 1);
    return codes.get(code) ?? 0;
  });
const text = (value: unknown): string => (typeof value === "string" ? value : "");

describe("the demo entity directory", () => {
  const entities = marketEntityDemo(refs());
  const values = entities.map((entity) => entity.values);

  it("holds about 6,000 entities with valid, unique codes and unique names", () => {
    expect(entities).toHaveLength(DEMO_ENTITIES);
    const creditCodes = values.map((v) => text(v["creditCode"]));
    expect(creditCodes.filter((code) => !isValidCreditCode(code))).toEqual([]);
    expect(new Set(creditCodes).size).toBe(entities.length);
    expect(new Set(values.map((v) => v["name"])).size).toBe(entities.length);
    expect(values.every((v) => text(v["name"]).startsWith("侯马市"))).toBe(true);
  });

  it("classifies them roughly A 30 %, B 50 %, C 15 %, D 5 %, a few new ones not yet", () => {
    const share = (risk: unknown) =>
      values.filter((v) => v["riskClass"] === risk).length / entities.length;
    expect(share("A")).toBeCloseTo(0.3, 1);
    expect(share("B")).toBeCloseTo(0.5, 1);
    expect(share("C")).toBeCloseTo(0.15, 1);
    expect(share("D")).toBeGreaterThan(0.03);
    expect(share("D")).toBeLessThan(0.07);
    expect(share(null)).toBeGreaterThan(0);
    expect(share(null)).toBeLessThan(0.02);
  });

  it("has a few entities that are not 存续, and a few run by a department", () => {
    const inactive = values.filter((v) => v["status"] !== "active").length;
    expect(inactive).toBeGreaterThan(60);
    expect(inactive).toBeLessThan(400);
    expect(values.filter((v) => v["affiliatedOrg"] !== null).length).toBeGreaterThanOrEqual(10);
    // Several departments supervise entities, the market-regulation bureau most of them.
    const supervisors = new Set(values.map((v) => v["supervisingOrg"]));
    expect(supervisors.size).toBeGreaterThan(8);
  });

  it("comes out the same on every run", () => {
    expect(marketEntityDemo(refs()).map((e) => e.values["creditCode"])).toEqual(
      values.map((v) => v["creditCode"]),
    );
  });
});

describe("the demo inspector directory", () => {
  const inspectors = inspectorDemo(refs()).map((record) => record.values);

  it("holds about 150 inspectors with unique certificate numbers", () => {
    expect(inspectors.length).toBeGreaterThan(140);
    expect(inspectors.length).toBeLessThan(170);
    expect(new Set(inspectors.map((v) => v["certificateNumber"])).size).toBe(inspectors.length);
  });

  it("has declared conflicts on entities of the directory, and some who may not be drawn", () => {
    const entityCodes = new Set(marketEntityDemo(refs()).map((e) => e.values["creditCode"]));
    const conflicts = inspectors.flatMap((v) => v["conflicts"] as { creditCode: string }[]);
    expect(conflicts.length).toBeGreaterThan(10);
    expect(conflicts.every((conflict) => entityCodes.has(conflict.creditCode))).toBe(true);
    expect(inspectors.filter((v) => v["status"] === "suspended").length).toBeGreaterThan(0);
    expect(inspectors.filter((v) => v["status"] === "transferred").length).toBeGreaterThan(0);
    expect(
      inspectors.filter((v) => text(v["certificateValidUntil"]) < TODAY).length,
    ).toBeGreaterThan(2);
    expect(inspectors.every((v) => text(v["certificateIssuedOn"]) <= TODAY)).toBe(true);
  });
});
