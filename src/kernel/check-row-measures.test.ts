import { describe, expect, it } from "vitest";
import { catalogueExists } from "../domains/catalogues/index.js";
import { mediation } from "../domains/mediation/index.js";
import { checkIndicators } from "./check-indicators.js";
import { checkDeclaration } from "./check.js";
import type { RecordIndicatorDeclaration } from "./indicators.js";

const withIndicator = (measure: RecordIndicatorDeclaration["measure"]) => ({
  ...mediation,
  indicators: [
    {
      key: "mediation.test",
      label: "测试",
      section: "disputes" as const,
      unit: "人",
      measure,
      period: { mode: "within" as const, field: "acceptedDate" },
    },
  ],
});

describe("indicators over child table rows", () => {
  it("accept a table, its column and row conditions with real values", () => {
    expect(
      checkIndicators(
        withIndicator({
          kind: "distinctRowValue",
          table: "parties",
          column: "idNumber",
          rowWhere: [{ column: "kind", equals: "person" }],
        }),
      ),
    ).toEqual([]);
  });

  it("name the indicator and what is wrong: not a table, unknown column, impossible value", () => {
    expect(checkIndicators(withIndicator({ kind: "rows", table: "disputeType" }))).toEqual([
      "indicator mediation.test: field disputeType must be table",
    ]);
    expect(
      checkIndicators(
        withIndicator({
          kind: "rows",
          table: "parties",
          rowWhere: [
            { column: "sex", equals: "f" },
            { column: "kind", in: ["people"] },
          ],
        }),
      ),
    ).toEqual([
      "indicator mediation.test: parties has no column sex",
      "indicator mediation.test: parties.kind has no value people",
    ]);
  });
});

describe("a table as title and list column", () => {
  it("is allowed, but not as a filter or the sort", () => {
    expect(
      checkDeclaration(mediation, () => undefined, catalogueExists).filter((p) =>
        p.includes("list"),
      ),
    ).toEqual([]);
    const sorted = {
      ...mediation,
      list: {
        ...mediation.list,
        filters: ["parties"],
        defaultSort: { field: "parties", direction: "asc" as const },
      },
    };
    expect(
      checkDeclaration(sorted, () => undefined, catalogueExists).filter((p) => p.includes("list")),
    ).toEqual([
      expect.stringContaining("mediation: list: field parties must be text or"),
      expect.stringContaining("mediation: list: field parties must be text or"),
    ]);
  });
});
