// The two directories of random inspections on a real database: a credit code or certificate number
// registered once only, bad input refused naming the field with nothing written, the registry
// file imported and then re-imported with the month's risk classes (update by key), and access by
// department.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { asSystem } from "../../engine/actor.js";
import { verifyAuditChain } from "../../engine/audit.js";
import { importSheetFile } from "../../engine/bulk/sheet-import.js";
import { listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { creditCodeCheckCharacter } from "../../kernel/codes.js";
import { ROW_KEY } from "../../kernel/sheet-model.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import type { CellValue, SheetFile } from "../../sheets/types.js";
import { inspector, marketEntity } from "./index.js";

let test: TestDatabase;
let orgs: TestOrgs;
let marketClerk: SignedInUser;
let justiceClerk: SignedInUser;
let lawOffice: SignedInUser;
const context = () => testContext(test.db, "2026-11-30T02:00:00Z");
const LIST = { filters: {}, page: 1, pageSize: 50 };
const TABLES = ["r_market_entity", "r_inspector", "audit_event", "record_number"];

/** A valid code of 侯马 (141081) with the given 9-character entity code. */
const code = (entity: string): string => {
  const first17 = `92141081${entity}`;
  return first17 + creditCodeCheckCharacter(first17);
};

const entity = (values: Record<string, unknown> = {}) => ({
  creditCode: code("MA0K00001"),
  name: "侯马市晋韵商贸有限公司",
  industry: "51",
  riskClass: "B",
  riskClassifiedOn: "2026-11-01",
  supervisingOrg: orgs.market,
  address: "侯马市路东街道新田路18号",
  legalRepresentative: "王建国",
  registeredOn: "2019-04-12",
  status: "active",
  ...values,
});

const person = (values: Record<string, unknown> = {}) => ({
  name: "李志刚",
  certificateNumber: "14108120190001",
  org: orgs.market,
  speciality: "foodSafety",
  certificateIssuedOn: "2019-06-01",
  certificateValidUntil: "2027-05-31",
  status: "onDuty",
  conflicts: [],
  ...values,
});

/** A registry file as read from a sheet: cells by column key, rows from line 3. */
function file(rows: readonly Record<string, CellValue>[]): SheetFile {
  return {
    format: "csv",
    encoding: "utf-8",
    sha256: "cd".repeat(32),
    bytes: 100 * rows.length,
    rows: rows.map((cells, index) => ({
      line: index + 3,
      cells: { [ROW_KEY]: index + 1, ...cells },
    })),
    children: new Map(),
    problems: [],
  };
}

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  marketClerk = await createTestUser(test.db, {
    username: "scj_clerk",
    orgId: orgs.market,
    roles: ["clerk"],
    scope: "own",
  });
  justiceClerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  lawOffice = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
});
afterAll(() => test.drop());

describe("the directory of inspected entities", () => {
  let before: Record<string, number>;
  beforeEach(async () => {
    before = await tableCounts(test.db, TABLES);
  });

  it("registers an entity, and refuses a second with the same credit code naming the field", async () => {
    const created = await createRecord(context(), marketEntity, marketClerk, entity());
    expect(created.values).toMatchObject({ creditCode: code("MA0K00001"), riskClass: "B" });
    before = await tableCounts(test.db, TABLES);
    const error = await errorOf(
      createRecord(context(), marketEntity, marketClerk, entity({ name: "另一家公司" })),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "creditCode", code: "field.duplicate" }),
    ]);
    expect(error.problems[0]?.message).toContain(code("MA0K00001"));
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("refuses an edit that takes another entity's code, and keeps an entity's own code on edit", async () => {
    const other = await createRecord(
      context(),
      marketEntity,
      marketClerk,
      entity({ creditCode: code("MA0K00002"), name: "侯马市汾河饭店有限公司" }),
    );
    const kept = await updateRecord(context(), marketEntity, marketClerk, other.id, {
      version: other.version,
      values: { ...entity({ creditCode: code("MA0K00002") }), riskClass: "C" },
    });
    expect(kept.values["riskClass"]).toBe("C");
    before = await tableCounts(test.db, TABLES);
    const error = await errorOf(
      updateRecord(context(), marketEntity, marketClerk, other.id, {
        version: kept.version,
        values: entity({ creditCode: code("MA0K00001") }),
      }),
    );
    expect(error.problems.map((problem) => problem.field)).toEqual(["creditCode"]);
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("refuses a code whose check character is wrong, an unknown risk class and a section as industry", async () => {
    const good = code("MA0K00003");
    const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const error = await errorOf(
      createRecord(
        context(),
        marketEntity,
        marketClerk,
        entity({ creditCode: bad, riskClass: "E", industry: "F" }),
      ),
    );
    expect(error.problems.map((problem) => problem.field).sort()).toEqual([
      "creditCode",
      "riskClass",
    ]);
    expect(error.problems.find((p) => p.field === "creditCode")?.message).toContain("校验位");
    const section = await errorOf(
      createRecord(
        context(),
        marketEntity,
        marketClerk,
        entity({ creditCode: good, industry: "F" }),
      ),
    );
    expect(section.problems.map((problem) => problem.field)).toEqual(["industry"]);
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("lets a department keep only its own entities; the rule-of-law office reads them all", async () => {
    const refused = await errorOf(
      createRecord(
        context(),
        marketEntity,
        justiceClerk,
        entity({ creditCode: code("MA0K00004") }),
      ),
    );
    expect(refused.problems.map((problem) => problem.field)).toEqual(["supervisingOrg"]);
    const own = await listRecords(context(), marketEntity, justiceClerk, LIST);
    expect(own.total).toBe(0);
    const all = await listRecords(context(), marketEntity, lawOffice, LIST);
    expect(all.total).toBe(2);
  });
});

describe("importing the registry file and the month's risk classes", () => {
  const system = asSystem("测试导入名录");
  const rows = [1, 2, 3].map((n) => ({
    creditCode: code(`MA0L0000${n}`),
    name: `侯马市第${n}商贸有限公司`,
    industry: "51 批发业",
    riskClass: n === 3 ? null : "A类（信用风险低）",
    supervisingOrg: "侯马市市场监督管理局",
    registeredOn: `2020-0${n}-15`,
    status: "存续",
  }));

  it("creates new entities from the file", async () => {
    const outcome = await importSheetFile(context(), marketEntity, system, file(rows), {
      fileName: "名录库.csv",
    });
    expect(outcome).toEqual({ ok: true, imported: 3, updated: 0, unchanged: 0, dryRun: false });
    const stored = await test.db.query<{ credit_code: string; risk_class: string | null }>(
      `SELECT credit_code, risk_class FROM r_market_entity WHERE credit_code LIKE '92141081MA0L%' ORDER BY credit_code`,
    );
    expect(stored.map((row) => row.risk_class)).toEqual(["A", "A", null]);
  });

  it("updates the risk class of existing entities by credit code, keeping every other value", async () => {
    const before = await tableCounts(test.db, TABLES);
    const monthly = file([
      {
        creditCode: code("MA0L00001"),
        riskClass: "D类（信用风险高）",
        riskClassifiedOn: "2026-11-01",
      },
      { creditCode: code("MA0L00002"), riskClass: "A", riskClassifiedOn: "2026-11-01" },
      { creditCode: code("MA0L00003"), riskClass: "C", riskClassifiedOn: "2026-11-01" },
    ]);
    const dry = await importSheetFile(context(), marketEntity, system, monthly, {
      fileName: "2026年11月分类结果.csv",
      dryRun: true,
    });
    expect(dry).toEqual({ ok: true, imported: 0, updated: 3, unchanged: 0, dryRun: true });
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
    const outcome = await importSheetFile(context(), marketEntity, system, monthly, {
      fileName: "2026年11月分类结果.csv",
    });
    expect(outcome).toEqual({ ok: true, imported: 0, updated: 3, unchanged: 0, dryRun: false });
    const stored = await test.db.query(
      `SELECT credit_code, name, risk_class, risk_classified_on, registered_on, version, record_number
         FROM r_market_entity WHERE credit_code LIKE '92141081MA0L%' ORDER BY credit_code`,
    );
    expect(
      stored.map((row) => [row["risk_class"], row["risk_classified_on"], row["version"]]),
    ).toEqual([
      ["D", "2026-11-01", 2],
      ["A", "2026-11-01", 2],
      ["C", "2026-11-01", 2],
    ]);
    expect(stored[0]).toMatchObject({ name: "侯马市第1商贸有限公司", registered_on: "2020-01-15" });
    expect(stored.every((row) => typeof row["record_number"] === "string")).toBe(true);
    const counts = await tableCounts(test.db, TABLES);
    // No new record, no new number; one audit event per changed entity and one for the batch.
    expect(counts["r_market_entity"]).toBe(before["r_market_entity"]);
    expect(counts["record_number"]).toBe(before["record_number"]);
    expect(counts["audit_event"]).toBe((before["audit_event"] ?? 0) + 4);
    const [event] = await test.db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_event WHERE action = 'update' AND record_type = 'marketEntity'
        ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({
      before: { riskClass: null, riskClassifiedOn: null },
      after: { riskClass: "C", riskClassifiedOn: "2026-11-01" },
    });
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it("counts a row that changes nothing as unchanged, and adds a new code in the same file", async () => {
    const outcome = await importSheetFile(
      context(),
      marketEntity,
      system,
      file([
        { creditCode: code("MA0L00002"), riskClass: "A", riskClassifiedOn: "2026-11-01" },
        { ...rows[0], creditCode: code("MA0L00009"), name: "侯马市新登记商贸有限公司" },
      ]),
      { fileName: "补充.csv" },
    );
    expect(outcome).toEqual({ ok: true, imported: 1, updated: 0, unchanged: 1, dryRun: false });
  });

  it("refuses the whole file when a code repeats in it or an update breaks a rule, naming row and column", async () => {
    const before = await tableCounts(test.db, TABLES);
    const outcome = await importSheetFile(
      context(),
      marketEntity,
      system,
      file([
        { creditCode: code("MA0L00001"), riskClass: "B" },
        { ...rows[1], creditCode: code("MA0L00010") },
        { ...rows[1], creditCode: code("MA0L00010") },
        { creditCode: code("MA0L00002"), status: "歇业" },
      ]),
      { fileName: "有误.csv" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.column])).toEqual([
      [5, "统一社会信用代码"],
      [6, "登记状态"],
    ]);
    expect(outcome.problems[0]?.message).toContain("与本批第2条记录重复");
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
    const [unchanged] = await test.db.query<{ risk_class: string }>(
      `SELECT risk_class FROM r_market_entity WHERE credit_code = $1`,
      [code("MA0L00001")],
    );
    expect(unchanged?.risk_class).toBe("D");
  });

  it("refuses a department's update of an entity another department supervises", async () => {
    const before = await tableCounts(test.db, TABLES);
    const outcome = await importSheetFile(
      context(),
      marketEntity,
      justiceClerk,
      file([{ creditCode: code("MA0L00001"), riskClass: "A" }]),
      { fileName: "司法局.csv" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((problem) => problem.line)).toEqual([3]);
    expect(outcome.problems[0]?.message).toContain("管辖范围以外");
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });
});

describe("the directory of inspectors", () => {
  it("registers an inspector with declared conflicts, and a certificate number once only", async () => {
    const created = await createRecord(
      context(),
      inspector,
      marketClerk,
      person({
        conflicts: [
          { creditCode: code("MA0L00001"), reason: "配偶任该公司监事", declaredOn: "2026-03-02" },
        ],
      }),
    );
    expect(created.values["conflicts"]).toEqual([
      { creditCode: code("MA0L00001"), reason: "配偶任该公司监事", declaredOn: "2026-03-02" },
    ]);
    const before = await tableCounts(test.db, TABLES);
    const duplicate = await errorOf(
      createRecord(context(), inspector, marketClerk, person({ name: "张伟" })),
    );
    expect(duplicate.problems.map((problem) => problem.field)).toEqual(["certificateNumber"]);
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("refuses a conflict whose credit code is not a valid code, naming the row and column", async () => {
    const before = await tableCounts(test.db, TABLES);
    const error = await errorOf(
      createRecord(
        context(),
        inspector,
        marketClerk,
        person({
          certificateNumber: "14108120190002",
          conflicts: [
            { creditCode: code("MA0L00002"), reason: "曾在该公司任职", declaredOn: "2026-01-05" },
            { creditCode: "91141081MA0K0000X1", reason: "亲属经营", declaredOn: "2026-01-05" },
          ],
        }),
      ),
    );
    expect(error.problems.map((problem) => problem.field)).toEqual(["conflicts[2].creditCode"]);
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("keeps a department's inspectors to the department", async () => {
    const refused = await errorOf(
      createRecord(
        context(),
        inspector,
        justiceClerk,
        person({ certificateNumber: "14108120190003" }),
      ),
    );
    expect(refused.problems.map((problem) => problem.field)).toEqual(["org"]);
    expect((await listRecords(context(), inspector, justiceClerk, LIST)).total).toBe(0);
    expect((await listRecords(context(), inspector, lawOffice, LIST)).total).toBe(1);
  });
});
