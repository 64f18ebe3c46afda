// Follow-ups in spreadsheets: the export writes the linked record's number (侯批〔2024〕1号), and a
// file naming records by number imports, each link checked; an unknown number is a row's problem.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { insertOrg } from "../../admin/orgs.js";
import { importSheetFile } from "../../engine/bulk/sheet-import.js";
import { exportRecordsStream } from "../../engine/export-stream.js";
import { createRecord } from "../../engine/records-write.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import type { CellValue, SheetFile, SheetRecord } from "../../sheets/types.js";
import { instruction } from "../instruction/index.js";
import { followUp } from "./index.js";

let test: TestDatabase;
let context: ReturnType<typeof testContext>;
let fzb: SignedInUser;
let office: number;
let justice: number;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  justice = orgs.justice;
  office = (
    await test.db.transaction((tx) =>
      insertOrg(tx, {
        parentId: orgs.city,
        code: "141081-C01",
        name: "依法治市办",
        kind: "committee",
      }),
    )
  ).id;
  fzb = await createTestUser(test.db, {
    username: "fzb",
    orgId: office,
    roles: ["lawOffice"],
    scope: "all",
  });
  context = testContext(test.db, "2024-05-10T02:00:00Z");
  const created = await createRecord(context, instruction, fzb, {
    leaderRole: "partySecretary",
    leaderName: "周文斌",
    instructedOn: "2024-05-06",
    subject: "法治督察反馈问题整改",
    instructionText: "逐条销号。",
    isRuleOfLaw: true,
    registeringOrg: office,
  });
  await createRecord(context, followUp, fzb, {
    source: `instruction:${created.id}`,
    task: "建立整改台账",
    assignedOrg: justice,
    assigningOrg: office,
    assignedOn: "2024-05-08",
    dueDate: "2024-05-31",
  });
});
afterAll(() => test.drop());

const model = sheetModelOf(followUp);
const keyOf = (header: string): string => {
  const column = model.main.columns.find((candidate) => candidate.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return column.key;
};

function fileOf(rows: Record<string, CellValue>[]): SheetFile {
  return {
    format: "xlsx",
    encoding: null,
    sha256: "cd".repeat(32),
    bytes: 100,
    rows: rows.map((cells, index) => ({
      line: index + 3,
      cells: Object.fromEntries(
        Object.entries(cells).map(([header, value]) => [keyOf(header), value]),
      ),
    })),
    children: new Map(),
    problems: [],
  };
}

describe("follow-ups in spreadsheets", () => {
  it("export the linked record's number, which imports back as the link", async () => {
    const exported = await exportRecordsStream(
      context,
      followUp,
      fzb,
      { filters: {}, page: 1, pageSize: 200 },
      { format: "xlsx" },
    );
    const records: SheetRecord[] = [];
    for await (const record of exported.records) records.push(record);
    expect(records[0]?.cells["source"]).toBe("侯批〔2024〕1号");
    const row = {
      督办来源: "侯批〔2024〕1号 法治督察反馈问题整改",
      督办任务: "报送整改进展",
      承办单位: "侯马市司法局",
      交办单位: "依法治市办",
      交办日期: "2024-05-09",
      督办期限: "2024-06-09",
    };
    const outcome = await importSheetFile(context, followUp, fzb, fileOf([row]), {
      fileName: "督办.xlsx",
    });
    expect(outcome).toMatchObject({ ok: true, imported: 1 });
    const [stored] = await test.db.query<{ source: string; due: string }>(
      `SELECT f.source, c.due_on::text AS due FROM r_follow_up f JOIN record_clock c
         ON c.record_type = 'followUp' AND c.record_id = f.id WHERE f.task = '报送整改进展'`,
    );
    expect(stored).toEqual({ source: "instruction:1", due: "2024-06-09" });
  });

  it("refuses a number no record holds, naming the row and the column, and writes nothing", async () => {
    const outcome = await importSheetFile(
      context,
      followUp,
      fzb,
      fileOf([
        {
          督办来源: "侯批〔2024〕99号",
          督办任务: "不存在的来源",
          承办单位: "侯马市司法局",
          交办单位: "依法治市办",
          交办日期: "2024-05-09",
          督办期限: "2024-06-09",
        },
      ]),
      { fileName: "督办.xlsx" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: "督办来源",
        message: "督办来源“侯批〔2024〕99号”不是系统中已有记录的编号",
      }),
    ]);
    const [count] = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_follow_up WHERE task = '不存在的来源'",
    );
    expect(count?.n).toBe(0);
  });
});
