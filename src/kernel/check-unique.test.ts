// Declaration checks of unique fields and import keys: what the engine could not honour is named.
import { describe, expect, it } from "vitest";
import { ruleFactsOf } from "../calendar/index.js";
import { catalogueExists } from "../domains/catalogues/index.js";
import { inspector, marketEntity } from "../domains/inspectionRegistry/index.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { checkDeclaration } from "./check.js";
import type { RecordTypeDeclaration } from "./declaration.js";

const check = (type: RecordTypeDeclaration) => checkDeclaration(type, ruleFactsOf, catalogueExists);
const withField = (type: RecordTypeDeclaration, name: string, change: object) => ({
  ...type,
  fields: type.fields.map((field) => (field.name === name ? { ...field, ...change } : field)),
});

describe("unique fields and import keys", () => {
  it("accepts the directories as declared", () => {
    expect(check(marketEntity)).toEqual([]);
    expect(check(inspector)).toEqual([]);
  });

  it("refuses unique on a kind that does not identify, and on a conditional field", () => {
    expect(check(withField(marketEntity, "registeredOn", { unique: true }))).toEqual([
      "marketEntity: field registeredOn: unique needs text or creditCode or idNumber",
    ]);
    expect(
      check(
        withField(marketEntity, "address", {
          unique: true,
          when: { field: "status", in: ["active"] },
        }),
      ),
    ).toEqual(["marketEntity: field address: a unique field cannot be conditional"]);
  });

  it("refuses a unique column of a child table", () => {
    const conflicts = inspector.fields.find((field) => field.name === "conflicts");
    if (conflicts?.kind !== "table") throw new Error("conflicts is a table");
    const type = withField(inspector, "conflicts", {
      columns: conflicts.columns.map((column) =>
        column.name === "creditCode" ? { ...column, unique: true } : column,
      ),
    });
    expect(check(type)).toEqual([
      "inspector: field conflicts: column creditCode: a column cannot be unique",
    ]);
  });

  it("refuses an import key that is unknown, not unique and required, or on a type with clocks", () => {
    expect(check({ ...marketEntity, importKey: "code" })).toEqual([
      "marketEntity: importKey: unknown field code",
    ]);
    expect(check({ ...marketEntity, importKey: "name" })).toEqual([
      "marketEntity: importKey: field name must be unique and required",
    ]);
    const keyed = withField(reconsideration, "applicantName", { unique: true, required: true });
    expect(check({ ...keyed, importKey: "applicantName" })).toContain(
      "reconsideration: importKey: a type with clocks cannot be updated by key",
    );
  });
});
