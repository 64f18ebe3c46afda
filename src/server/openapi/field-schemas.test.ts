// Field declarations to JSON schema, kind by kind: tables as arrays of row objects, catalogue codes
// naming their catalogue, conditional fields described and not required, identifiers masked on read.
import { describe, expect, it } from "vitest";
import type { FieldDeclaration } from "../../kernel/fields.js";
import { alwaysRequired, objectSchema } from "./field-schemas.js";

const fields: FieldDeclaration[] = [
  {
    name: "parties",
    label: "当事人",
    kind: "table",
    required: true,
    minRows: 2,
    maxRows: 10,
    columns: [
      { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50 },
      { name: "idNumber", label: "身份证号", kind: "idNumber" },
    ],
  },
  {
    name: "matter",
    label: "执法事项",
    kind: "catalogue",
    catalogue: "enforcementMatters",
    help: "按省级清单填写",
  },
  { name: "isSpecial", label: "是否特殊群体", kind: "boolean" },
  {
    name: "specialReason",
    label: "特殊群体类别",
    kind: "choice",
    required: true,
    when: { field: "isSpecial", in: [true] },
    options: [
      { value: "elderly", label: "老年人" },
      { value: "disabled", label: "残疾人" },
    ],
  },
  { name: "amount", label: "金额", kind: "money", min: 0 },
  { name: "evidence", label: "证据", kind: "attachment" },
];

const property = (schema: Record<string, unknown>, name: string) =>
  (schema["properties"] as Record<string, Record<string, unknown>>)[name];

describe("field schemas", () => {
  const input = objectSchema(fields, "input", alwaysRequired(fields));

  it("makes a child table an array of typed row objects with its row limits", () => {
    const parties = property(input, "parties");
    expect(parties).toMatchObject({ title: "当事人", type: "array", minItems: 2, maxItems: 10 });
    const row = parties?.["items"] as Record<string, unknown>;
    expect(row["required"]).toEqual(["name"]);
    expect(property(row, "name")).toMatchObject({ title: "姓名", maxLength: 50 });
    expect(property(row, "idNumber")?.["pattern"]).toBe("^\\d{17}[\\dXx]$");
  });

  it("names the catalogue of a code field and keeps the help as description", () => {
    const matter = property(input, "matter");
    expect(matter).toMatchObject({ type: "string", "x-fazhi-catalogue": "enforcementMatters" });
    expect(matter?.["description"]).toContain("按省级清单填写");
    expect(matter?.["description"]).toContain("enforcementMatters");
  });

  it("describes a conditional field and does not require it unconditionally", () => {
    const reason = property(input, "specialReason");
    expect(reason?.["description"]).toBe("仅在「是否特殊群体」为「是」时填写");
    expect(reason?.["x-fazhi-when"]).toEqual({ field: "isSpecial", in: [true] });
    expect(reason?.["enum"]).toEqual(["elderly", "disabled", null]);
    expect(input["required"]).toEqual(["parties"]);
  });

  it("leaves attachments out of values and masks identifiers on read", () => {
    expect(property(input, "evidence")).toBeUndefined();
    expect(property(input, "amount")).toMatchObject({ type: "number", minimum: 0 });
    const output = objectSchema(fields, "output", []);
    const row = property(output, "parties")?.["items"] as Record<string, unknown>;
    expect(property(row, "idNumber")).toMatchObject({ "x-fazhi-masked": true });
    expect(property(row, "idNumber")?.["pattern"]).toBeUndefined();
    expect(output["required"]).toBeUndefined();
  });
});
