// The report's figure catalog is the table of docs/reference/houma-2023-figures.md, key for key
// and section for section; every declared indicator of a record type is well formed and the
// registry is consistent (ratios and fragments name indicators that exist).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { referencePath } from "../../test/support/paths.js";
import { recordTypes } from "../domains/registry.js";
import { indicatorIndex } from "../engine/indicators.js";
import { checkIndicatorRegistry, checkIndicators } from "../kernel/check-indicators.js";
import { REPORT_SECTIONS } from "../kernel/indicators.js";
import { REPORT_FIGURES } from "./catalog.js";

const FIGURES_MD = referencePath("houma-2023-figures.md");

/** Keys per section, in the order of the file: "## (一) …" then rows "| key | counts | value |". */
function keysBySection(markdown: string): string[][] {
  const sections: string[][] = [];
  for (const line of markdown.split("\n")) {
    if (/^## \(/.test(line)) sections.push([]);
    const key = /^\| ([a-z][A-Za-z]*\.[a-z][A-Za-z]*) \|/.exec(line)?.[1];
    if (key !== undefined) sections.at(-1)?.push(key);
  }
  return sections;
}

describe("report figure catalog", () => {
  it("has exactly the keys of houma-2023-figures.md, in its six sections", () => {
    const expected = keysBySection(readFileSync(FIGURES_MD, "utf8"));
    expect(expected).toHaveLength(6);
    const actual = REPORT_SECTIONS.map((section) =>
      REPORT_FIGURES.filter((figure) => figure.section === section.id).map((figure) => figure.key),
    );
    expect(actual).toEqual(expected);
  });

  it("declared indicators sit in the section the catalog gives them", () => {
    for (const type of recordTypes) {
      for (const indicator of type.indicators ?? []) {
        const entry = REPORT_FIGURES.find((figure) => figure.key === indicator.key);
        if (entry)
          expect(`${indicator.key} ${indicator.section}`).toBe(`${entry.key} ${entry.section}`);
      }
    }
  });

  it("names every figure key in Chinese, one label for one figure", () => {
    const declared = indicatorIndex(recordTypes);
    const labels = new Map<string, string>(
      [...declared].map(([key, { indicator }]) => [key, indicator.label]),
    );
    for (const figure of REPORT_FIGURES)
      if (!labels.has(figure.key)) labels.set(figure.key, figure.label);
    // A label is Chinese text a person reads, never a key in disguise.
    const notChinese = [...labels].filter(
      ([, label]) => !/\p{Script=Han}/u.test(label) || /[A-Za-z]\.[A-Za-z]/.test(label),
    );
    expect(notChinese).toEqual([]);
    const shared = [...labels].filter(([key, label]) =>
      [...labels].some(([other, same]) => other !== key && same === label),
    );
    expect(shared).toEqual([]);
  });

  it("every record type's indicators and the registry pass their checks", () => {
    expect(recordTypes.flatMap((type) => checkIndicators(type))).toEqual([]);
    expect(checkIndicatorRegistry(recordTypes)).toEqual([]);
  });
});

describe("indicator checks", () => {
  const base = recordTypes[0];
  if (!base) throw new Error("no record types");
  it("name unknown fields, wrong kinds, bad keys, duplicates and dangling ratios", () => {
    const broken = {
      ...base,
      indicators: [
        {
          key: "bad key",
          label: "x",
          section: "disputes",
          unit: "件",
          measure: { kind: "count" },
          period: { mode: "within", field: "nope" },
        },
        {
          key: "a.sum",
          label: "x",
          section: "disputes",
          unit: "件",
          measure: { kind: "sum", field: "receivedDate" },
          period: { mode: "within", field: "receivedDate" },
        },
        {
          key: "a.sum",
          label: "x",
          section: "disputes",
          unit: "件",
          measure: { kind: "count" },
          period: { mode: "within", field: "receivedDate" },
          format: { kind: "percent", decimals: 1 },
        },
        {
          key: "a.rate",
          label: "x",
          section: "disputes",
          unit: "",
          measure: { kind: "ratio", numerator: "a.sum", denominator: "a.none" },
        },
      ],
    } as const;
    expect(checkIndicators(broken)).toEqual([
      "indicator bad key: key must be area.name",
      "indicator bad key: unknown field nope",
      "indicator a.sum: field receivedDate must be integer or money",
      "indicator a.sum: duplicate key",
      "indicator a.sum: percent format needs a ratio",
    ]);
    const typo = {
      ...base,
      indicators: [
        {
          key: "a.closed",
          label: "x",
          section: "disputes",
          unit: "件",
          measure: { kind: "count" },
          period: { mode: "within", field: "receivedDate" },
          where: [{ field: "state", equals: "closd" }],
        },
      ],
    } as const;
    expect(checkIndicators(typo)).toEqual(["indicator a.closed: state has no value closd"]);
    expect(checkIndicatorRegistry([broken])).toContain(
      "indicator a.rate: unknown indicator a.none",
    );
  });
});
