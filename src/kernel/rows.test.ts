import { describe, expect, it } from "vitest";
import type { FieldDeclaration, TableFieldDeclaration } from "./fields.js";
import { applies, conditionText } from "./conditions.js";
import { parseRows } from "./rows.js";
import { checkFields } from "./check-fields.js";

const parties: TableFieldDeclaration = {
  name: "parties",
  label: "当事人",
  kind: "table",
  required: true,
  columns: [
    { name: "name", label: "姓名或名称", kind: "text", required: true },
    {
      name: "kind",
      label: "类别",
      kind: "choice",
      options: [
        { value: "person", label: "自然人" },
        { value: "organisation", label: "法人或其他组织" },
      ],
    },
    {
      name: "idNumber",
      label: "身份证号",
      kind: "idNumber",
      when: { field: "kind", in: ["person"] },
    },
  ],
  maxRows: 3,
};

describe("child table rows", () => {
  it("parses typed cells and names the row and column of each error, counting rows from 1", () => {
    const parsed = parseRows(parties, [
      { name: " 张三 ", kind: "person", idNumber: "11010519491231002X" },
      { name: "", kind: "person", idNumber: "110105194912310021" },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ["parties[2].idNumber", "field.invalidIdNumber"],
      ["parties[2].name", "field.required"],
    ]);
    expect(parsed.problems[0]?.message).toContain("当事人第2行");
  });

  it("trims and types good rows, and empties nothing that applies", () => {
    const parsed = parseRows(parties, [
      { name: " 张三 ", kind: "person", idNumber: "11010519491231002x" },
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: [{ name: "张三", kind: "person", idNumber: "11010519491231002X" }],
    });
  });

  it("refuses a value in a column whose condition does not hold, and unknown columns", () => {
    const parsed = parseRows(parties, [
      { name: "某公司", kind: "organisation", idNumber: "11010519491231002X", age: 3 },
    ]);
    expect(
      parsed.ok ? [] : parsed.problems.map((problem) => [problem.field, problem.code]),
    ).toEqual([
      ["parties[1].age", "field.unknown"],
      ["parties[1].idNumber", "field.notApplicable"],
    ]);
  });

  it("refuses a non-array, a non-object row and too many rows", () => {
    const codes = (raw: unknown) => {
      const parsed = parseRows(parties, raw);
      return parsed.ok ? [] : parsed.problems.map((problem) => `${problem.field}:${problem.code}`);
    };
    expect(codes("张三")).toEqual(["parties:field.notRows"]);
    expect(codes([1])).toEqual(["parties[1]:row.notObject"]);
    expect(codes([{}, {}, {}, {}])).toEqual(["parties:rows.tooMany"]);
    expect(parseRows(parties, null)).toEqual({ ok: true, value: [] });
  });

  it("runs the table's rule across rows once every cell is valid, naming its row and column", () => {
    let runs = 0;
    const unique: TableFieldDeclaration = {
      ...parties,
      rowsCheck: (rows) => {
        runs += 1;
        const index = rows.findIndex((row, i) => rows.slice(0, i).some((o) => o.name === row.name));
        return index < 0
          ? null
          : { row: index + 1, column: "name", code: "parties.duplicate", message: "重复" };
      },
    };
    const twice = parseRows(unique, [{ name: "张三" }, { name: "李四" }, { name: "张三" }]);
    expect(twice).toEqual({
      ok: false,
      problems: [
        { field: "parties[3].name", code: "parties.duplicate", message: "当事人第3行：重复" },
      ],
    });
    expect(parseRows(unique, [{ name: "张三" }, { name: "李四" }]).ok).toBe(true);
    // A cell error is reported alone: the rule reads typed rows only.
    const before = runs;
    expect(parseRows(unique, [{ name: "" }, { name: "" }]).ok).toBe(false);
    expect(runs).toBe(before);
  });
});

describe("conditions", () => {
  it("applies while the controlling value is one of the listed values", () => {
    const field = parties.columns[2] as FieldDeclaration;
    expect(applies(field, () => "person")).toBe(true);
    expect(applies(field, () => "organisation")).toBe(false);
    expect(applies(field, () => null)).toBe(false);
    expect(conditionText(field, parties.columns)).toBe("仅在「类别」为「自然人」时填写");
  });
});

describe("field declaration checks", () => {
  const problemsOf = (fields: readonly FieldDeclaration[]) => {
    const problems: string[] = [];
    checkFields(
      fields,
      (id) => id === "industry",
      (where, message) => problems.push(`${where}: ${message}`),
    );
    return problems;
  };

  it("accepts a sound table with a conditional column", () => {
    expect(problemsOf([parties])).toEqual([]);
  });

  it("refuses org and user columns in rows, whose references rows do not check yet", () => {
    const withOrg: TableFieldDeclaration = {
      ...parties,
      columns: [...parties.columns, { name: "org", label: "单位", kind: "org" }],
    };
    expect(problemsOf([withOrg])).toEqual([
      "field parties: column org: org columns are not supported in rows",
    ]);
  });

  it("names the field of each bad declaration", () => {
    expect(
      problemsOf([
        { name: "flag", label: "标志", kind: "boolean" },
        { name: "reason", label: "理由", kind: "text", when: { field: "flag", in: ["yes"] } },
        { name: "chained", label: "链", kind: "text", when: { field: "reason", in: ["x"] } },
        { name: "ghost", label: "幽灵", kind: "text", when: { field: "nobody", in: [true] } },
        { name: "code", label: "编码", kind: "catalogue", catalogue: "missing" },
        { name: "rows", label: "行", kind: "table", columns: [] },
        { name: "amount", label: "金额", kind: "money", min: 10, max: 1 },
      ]),
    ).toEqual([
      "field reason: when: yes is not a value of flag",
      "field chained: when: reason is itself conditional",
      "field ghost: when: unknown field nobody",
      "field code: unknown catalogue missing",
      "field rows: a table needs columns",
      "field amount: max is below min",
    ]);
  });

  it("checks the columns of a table with the table's name in front", () => {
    expect(
      problemsOf([
        {
          name: "rows",
          label: "行",
          kind: "table",
          columns: [{ name: "Bad", label: "坏", kind: "text" }],
        },
      ]),
    ).toEqual(["rows.field Bad: must be camelCase"]);
  });
});
