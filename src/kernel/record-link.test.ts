// The kernel's half of record links and set deadlines: the shape of a link value, a link to an
// undeclared type refused at load, and a set-deadline clock that may not pause, restart or extend.
import { describe, expect, it } from "vitest";
import { checkClockRules } from "./check-clocks.js";
import { assertDeclarations } from "./check.js";
import type { ClockDeclaration, RecordTypeDeclaration } from "./declaration.js";
import type { RecordLinkFieldDeclaration } from "./fields.js";
import { parseFieldValue, parseRecordLink } from "./values.js";

const link: RecordLinkFieldDeclaration = { name: "source", label: "督办来源", kind: "record" };

describe("a record link value", () => {
  it("is `type:id`, anything else refused naming the field", () => {
    expect(parseFieldValue(link, " instruction:12 ")).toEqual({
      ok: true,
      value: "instruction:12",
    });
    for (const bad of ["12", "instruction:", "instruction:0", "Instruction:3", "a:b", "x:1:2"])
      expect(parseFieldValue(link, bad)).toEqual({
        ok: false,
        error: { code: "field.invalidRecordLink", message: "督办来源应选择一条记录" },
      });
    expect(parseRecordLink("legalAid:7")).toEqual({ type: "legalAid", id: 7 });
    expect(parseRecordLink(7)).toBeNull();
  });
});

const type = (fields: RecordTypeDeclaration["fields"]): RecordTypeDeclaration => ({
  id: "memo",
  label: "备忘",
  englishLabel: "Memo",
  numbering: { prefix: "备", dateField: "on" },
  titleField: "on",
  fields: [
    { name: "on", label: "日期", kind: "date" },
    { name: "org", label: "单位", kind: "org" },
    ...fields,
  ],
  workflow: { initial: "open", states: [{ id: "open", label: "打开" }], actions: [] },
  clocks: [],
  access: { read: ["clerk"], create: ["clerk"], update: ["clerk"], orgFields: ["org"] },
  list: { columns: ["on"], filters: [], defaultSort: { field: "on", direction: "desc" } },
});

describe("declarations with links", () => {
  it("refuse a link to a type the platform does not declare", () => {
    const declared = type([{ ...link, types: ["memo"] }]);
    expect(
      assertDeclarations(
        [declared],
        () => undefined,
        () => true,
      ),
    ).toHaveLength(1);
    expect(() =>
      assertDeclarations(
        [type([{ ...link, types: ["nothing"] }])],
        () => undefined,
        () => true,
      ),
    ).toThrow("memo: field source: unknown record type nothing");
  });
});

describe("a set-deadline clock", () => {
  const clock: ClockDeclaration = {
    id: "due",
    label: "督办期限",
    rule: { dueField: "dueDate", setBy: "交办单位" },
    startOn: ["create"],
    startField: "on",
    stopOn: ["done"],
  };

  it("needs no statutory rule", () => {
    expect(checkClockRules(clock, () => undefined)).toEqual([]);
  });

  it("may not pause, restart or extend", () => {
    const problems = checkClockRules(
      {
        ...clock,
        pauseOn: [{ action: "wait", kind: "suspension" }],
        extendOn: { action: "extend", daysField: "days" },
      },
      () => undefined,
    );
    expect(problems).toEqual([
      "a set deadline cannot declare pauseOn (write a new due date instead)",
      "a set deadline cannot declare extendOn (write a new due date instead)",
    ]);
  });
});
