import { describe, expect, it } from "vitest";
import type { TableFieldDeclaration } from "../kernel/fields.js";
import { rowChanges } from "../server/records/history-rows.js";
import {
  maskRows,
  restoreMaskedCells,
  rowsSearchText,
  rowsText,
  rowsTitle,
  rowSummary,
} from "./rows-text.js";

const parties: TableFieldDeclaration = {
  name: "parties",
  label: "当事人",
  kind: "table",
  columns: [
    { name: "name", label: "姓名或名称", kind: "text", searchable: true },
    {
      name: "kind",
      label: "类型",
      kind: "choice",
      options: [
        { value: "person", label: "自然人" },
        { value: "organisation", label: "法人或其他组织" },
      ],
    },
    { name: "idNumber", label: "身份证号", kind: "idNumber", unmaskedFor: ["clerk"] },
    { name: "phone", label: "联系电话", kind: "phone" },
    { name: "share", label: "份额（元）", kind: "money" },
  ],
};

const wang = { name: "王秀兰", kind: "person", idNumber: "34052419800101001X", phone: null };
const li = { name: "李建国", kind: "person", idNumber: "14108119850715003X", phone: "13835712345" };

describe("rows as text", () => {
  it("summarises a row by its first column, the rest labelled, empty cells left out", () => {
    expect(rowSummary(parties, { ...wang, share: 1200.5 })).toBe(
      "王秀兰（类型：自然人，身份证号：34052419800101001X，份额（元）：1,200.50）",
    );
    expect(rowSummary(parties, { kind: "organisation" })).toBe(
      "（未填写）（类型：法人或其他组织）",
    );
  });

  it("puts every row in one cell and titles a table by its first column", () => {
    const rows = maskRows(parties, [wang, li]);
    expect(rowsText(parties, rows)).toBe(
      "王秀兰（类型：自然人，身份证号：340524********001X）；李建国（类型：自然人，身份证号：141081********003X，联系电话：138****2345）",
    );
    expect(rowsTitle(parties, [wang, li])).toBe("王秀兰、李建国");
    expect(rowsTitle(parties, null)).toBe("");
    expect(rowsSearchText(parties, [wang, li])).toEqual(["王秀兰", "李建国"]);
  });

  it("masks ID and phone cells, except the columns left unmasked, without touching the input", () => {
    const input = [li];
    expect(maskRows(parties, input)).toEqual([
      { ...li, idNumber: "141081********003X", phone: "138****2345" },
    ]);
    expect(maskRows(parties, input, new Set(["idNumber"]))[0]?.idNumber).toBe(li.idNumber);
    expect(input[0]?.idNumber).toBe("14108119850715003X");
  });
});

describe("masked cells sent back", () => {
  const stored = [wang, li];

  it("stand for the stored value they mask: the same row's, else the only match in the column", () => {
    const sent = [
      // Row 1 was deleted in the form: 李建国 moved up, still masked.
      { name: "李建国", kind: "person", idNumber: "141081********003X", phone: "138****2345" },
      { name: "赵四", kind: "person", idNumber: "11010519491231002X" },
    ];
    expect(restoreMaskedCells(parties, sent, stored)).toEqual([
      { ...sent[0], idNumber: li.idNumber, phone: li.phone },
      sent[1],
    ]);
  });

  it("leave a mask matching nothing as sent, so it is refused as an invalid number", () => {
    const sent = [{ name: "王秀兰", kind: "person", idNumber: "999999********001X" }];
    expect(restoreMaskedCells(parties, sent, stored)).toEqual(sent);
    expect(restoreMaskedCells(parties, "not rows", stored)).toBe("not rows");
  });
});

describe("row changes in the history", () => {
  it("lists changed cells by row and column, masked, and rows added or removed", () => {
    const changes = rowChanges(
      parties,
      [wang, li],
      [{ ...wang, name: "王秀芝" }, { ...li, idNumber: "14108119850715013X" }, { name: "赵四" }],
    );
    expect(changes).toEqual([
      {
        field: "parties[1].name",
        label: "当事人第1行 姓名或名称",
        before: "王秀兰",
        after: "王秀芝",
      },
      {
        field: "parties[2].idNumber",
        label: "当事人第2行 身份证号",
        before: "141081********003X",
        after: "141081********013X",
      },
      { field: "parties[3]", label: "当事人第3行（新增）", before: null, after: "赵四" },
    ]);
    expect(rowChanges(parties, [wang, li], [wang])).toEqual([
      {
        field: "parties[2]",
        label: "当事人第2行（删除）",
        before: "李建国（类型：自然人，身份证号：141081********003X，联系电话：138****2345）",
        after: null,
      },
    ]);
  });

  it("says a number changed when old and new share a mask", () => {
    const [change] = rowChanges(
      parties,
      [{ ...li, phone: "13835712345" }],
      [{ ...li, phone: "13800002345" }],
    );
    expect(change).toMatchObject({ before: "138****2345", after: "138****2345（已更改）" });
  });
});
