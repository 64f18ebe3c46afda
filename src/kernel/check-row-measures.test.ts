import { describe, expect, it } from "vitest";
import { catalogueExists } from "../domains/catalogues/index.js";
import { licensingItem } from "../domains/licensing/index.js";
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

describe("a period over dated rows and a summed difference", () => {
  const withPeriod = (
    period: RecordIndicatorDeclaration["period"],
    measure: RecordIndicatorDeclaration["measure"] = { kind: "count" },
  ) => ({
    ...licensingItem,
    indicators: [
      {
        key: "licensing.test",
        label: "测试",
        section: "functions" as const,
        unit: "项",
        measure,
        period,
      },
    ],
  });

  it("accept a table's date column, and a numeric field minus another", () => {
    expect(
      checkIndicators(
        withPeriod(
          { mode: "rowWithin", field: "reassignments", column: "effectiveOn" },
          { kind: "sum", field: "materialsBefore", minus: "materialsAfter" },
        ),
      ),
    ).toEqual([]);
  });

  it("name a field that is not a table, a missing column, a column that is not a date, a text minus", () => {
    const problems = (period: RecordIndicatorDeclaration["period"]) =>
      checkIndicators(withPeriod(period));
    expect(problems({ mode: "rowWithin", field: "itemName", column: "effectiveOn" })).toEqual([
      "indicator licensing.test: field itemName must be table",
    ]);
    expect(problems({ mode: "rowWithin", field: "reassignments", column: "signedOn" })).toEqual([
      "indicator licensing.test: reassignments has no column signedOn",
    ]);
    expect(problems({ mode: "rowWithin", field: "reassignments", column: "reason" })).toEqual([
      "indicator licensing.test: reassignments.reason must be date",
    ]);
    expect(
      checkIndicators(
        withPeriod(
          { mode: "within", field: "reformedOn" },
          { kind: "sum", field: "materialsBefore", minus: "itemName" },
        ),
      ),
    ).toEqual(["indicator licensing.test: field itemName must be integer or money"]);
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
