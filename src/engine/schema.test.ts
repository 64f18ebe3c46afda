// Generated schema changes: new tables, added columns, rebuilt indexes; never a silent drop.
import { describe, expect, it } from "vitest";
import { reconsideration } from "../domains/reconsideration/index.js";
import { diffTable, tableSpecOf } from "./schema.js";

describe("schema diff", () => {
  const spec = tableSpecOf(reconsideration);

  it("creates the table with its indexes", () => {
    const { sql, problems } = diffTable(null, spec);
    expect(problems).toEqual([]);
    expect(sql[0]).toMatch(/^CREATE TABLE r_reconsideration \(/);
    expect(sql).toContain(
      "CREATE INDEX r_reconsideration_handling_org_list_idx ON r_reconsideration (handling_org, received_date, id) INCLUDE (state, respondent_org, act_category, procedure, outcome);",
    );
  });

  it("adds a declared field as a column and rebuilds a changed index", () => {
    const withField = tableSpecOf({
      ...reconsideration,
      fields: [
        ...reconsideration.fields,
        { name: "hearingPlace", label: "听证地点", kind: "text" },
      ],
    });
    const changedIndex = {
      ...spec,
      indexes: { ...spec.indexes, r_reconsideration_state_idx: ["state", "id"] },
    };
    const { sql, problems } = diffTable(changedIndex, withField);
    expect(problems).toEqual([]);
    expect(sql).toEqual([
      "ALTER TABLE r_reconsideration ADD COLUMN hearing_place text;",
      "DROP INDEX IF EXISTS r_reconsideration_state_idx;",
      "CREATE INDEX r_reconsideration_state_idx ON r_reconsideration (state);",
    ]);
  });

  it("reports a removed field or a changed type instead of dropping data", () => {
    const fewer = tableSpecOf({
      ...reconsideration,
      fields: reconsideration.fields.filter((f) => f.name !== "amountInvolved"),
    });
    expect(diffTable(spec, fewer).problems).toEqual([
      "r_reconsideration.amount_involved was removed from the declaration: data is kept; write a migration by hand",
    ]);
    const retyped = { ...spec, columns: { ...spec.columns, amount_involved: "integer" } };
    expect(diffTable(retyped, spec).problems[0]).toContain("changes type integer → numeric(16,2)");
  });
});
