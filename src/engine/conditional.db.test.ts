// Conditional fields through the engine: a value for a field whose condition does not hold is
// refused (not silently dropped), a conditional required field is required only while it applies,
// and a value the record held is cleared when its condition stops holding.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { errorOf } from "../../test/support/engine.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { legalAid } from "../domains/legalAid/index.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { creditCodeCheckCharacter } from "../kernel/codes.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { getRecord } from "./records-read.js";
import { createRecord, updateRecord } from "./records-write.js";

let test: TestDatabase;
let orgs: TestOrgs;
let clerk: SignedInUser;
let context: ReturnType<typeof testContext>;

const CREDIT_CODE = "91141081MA0K2X3Y4" + creditCodeCheckCharacter("91141081MA0K2X3Y4");
const ID_NUMBER = "34052419800101001X";

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

const application = (values: Record<string, unknown>) => ({
  applicantName: "张三",
  handlingOrg: orgs.justice,
  respondentOrg: orgs.market,
  actCategory: "penalty",
  actDescription: "对申请人作出罚款5000元的行政处罚决定",
  receivedDate: "2024-03-01",
  procedure: "ordinary",
  ...values,
});

describe("the applicant's identifiers follow the applicant's kind", () => {
  it("refuses a credit code and an industry for a natural person, naming the condition", async () => {
    const before = await tableCounts(test.db, ["r_reconsideration", "audit_event"]);
    const error = await errorOf(
      createRecord(
        context,
        reconsideration,
        clerk,
        application({
          applicantKind: "person",
          applicantIdNumber: ID_NUMBER,
          applicantCreditCode: CREDIT_CODE,
          applicantIndustry: "52",
        }),
      ),
    );
    expect(error.problems).toEqual([
      {
        field: "applicantCreditCode",
        code: "field.notApplicable",
        message: "统一社会信用代码仅在「申请人类型」为「法人或其他组织」时填写",
      },
      expect.objectContaining({ field: "applicantIndustry", code: "field.notApplicable" }),
    ]);
    expect(await tableCounts(test.db, ["r_reconsideration", "audit_event"])).toEqual(before);
  });

  it("clears the person's ID number when the applicant becomes an organisation", async () => {
    const created = await createRecord(
      context,
      reconsideration,
      clerk,
      application({
        applicantKind: "person",
        applicantIdNumber: ID_NUMBER,
      }),
    );
    const updated = await updateRecord(context, reconsideration, clerk, created.id, {
      version: created.version,
      values: {
        applicantName: "侯马市华晟商贸有限公司",
        applicantKind: "organization",
        applicantCreditCode: CREDIT_CODE,
        applicantIndustry: "52",
      },
    });
    const read = await getRecord(context, reconsideration, clerk, updated.id);
    expect(read.values).toMatchObject({
      applicantKind: "organization",
      applicantIdNumber: null,
      applicantIndustry: "52",
    });
    const [row] = await test.db.query<{ id: string | null }>(
      "SELECT applicant_id_number AS id FROM r_reconsideration WHERE id = $1",
      [created.id],
    );
    expect(row?.id).toBeNull();
  });

  it("refuses an ID number sent for an organisation on edit, and changes nothing", async () => {
    const created = await createRecord(
      context,
      reconsideration,
      clerk,
      application({
        applicantName: "侯马市鑫隆商贸有限公司",
        applicantKind: "organization",
        applicantCreditCode: CREDIT_CODE,
      }),
    );
    const error = await errorOf(
      updateRecord(context, reconsideration, clerk, created.id, {
        version: created.version,
        values: { applicantIdNumber: ID_NUMBER },
      }),
    );
    expect(error.problems[0]).toMatchObject({
      field: "applicantIdNumber",
      code: "field.notApplicable",
    });
    expect((await getRecord(context, reconsideration, clerk, created.id)).version).toBe(
      created.version,
    );
  });
});

describe("the ground of a notice of defence", () => {
  const aid = (values: Record<string, unknown>) => ({
    applicantName: "刘宇轩",
    applicantIdNumber: ID_NUMBER,
    aidOrg: orgs.justice,
    caseCategory: "criminalDefence",
    matter: "defence",
    caseSummary: "被告人涉嫌盗窃，人民法院通知指派律师担任辩护人",
    hardshipBasis: "notExamined",
    receivedDate: "2024-09-27",
    ...values,
  });

  it("is required on a notice and refused on an application", async () => {
    const missing = await errorOf(
      createRecord(context, legalAid, clerk, aid({ source: "courtNotice" })),
    );
    expect(missing.problems).toEqual([
      { field: "noticeGround", code: "field.required", message: "请填写通知辩护情形" },
    ]);
    const stray = await errorOf(
      createRecord(context, legalAid, clerk, aid({ source: "application", noticeGround: "minor" })),
    );
    expect(stray.problems[0]).toMatchObject({ field: "noticeGround", code: "field.notApplicable" });
    const created = await createRecord(
      context,
      legalAid,
      clerk,
      aid({
        source: "courtNotice",
        noticeGround: "fullCoverage",
      }),
    );
    expect(created.values["noticeGround"]).toBe("fullCoverage");
  });
});
