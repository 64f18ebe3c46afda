// The legal aid notices generated from a case: the decision to grant aid and the designation
// notice to the provider, with the case's values, numbered per notice and year; the refusal in
// writing with its reasons (法律援助法 第43条第1款).
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { takeAction } from "../../engine/actions.js";
import { generateNotice } from "../../engine/files/notices.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord } from "../../engine/records-write.js";
import { renderNoticeDocx } from "../../report/notice-docx.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { legalAid as type } from "./index.js";

let test: TestDatabase;
let reviewer: SignedInUser;
let centre: number;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  centre = orgs.justice;
  reviewer = await createTestUser(test.db, {
    username: "la_reviewer",
    orgId: centre,
    roles: ["reviewer"],
    scope: "own",
  });
  context = testContext(test.db);
});
afterAll(() => test.drop());

async function act(id: number, actionId: string, values = {}) {
  const record = await getRecord(context, type, reviewer, id);
  return takeAction(context, type, reviewer, { id, actionId, version: record.version, values });
}

async function textOf(id: number, templateId: string) {
  const notice = await generateNotice(context, type, reviewer, {
    recordId: id,
    templateId,
    render: renderNoticeDocx,
  });
  const [row] = await test.db.query<{ content: string }>(
    "SELECT encode(content, 'base64') AS content FROM attachment WHERE id = $1",
    [notice.id],
  );
  const zip = await JSZip.loadAsync(Buffer.from(row?.content ?? "", "base64"));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return { notice, text: xml.replace(/<[^>]+>/g, "") };
}

const application = {
  applicantName: "王秀兰",
  applicantIdNumber: "34052419800101001X",
  source: "application",
  caseCategory: "civil",
  matter: "wages",
  caseSummary: "被拖欠工资18600元，申请法律援助追索劳动报酬",
  receivedDate: "2024-12-02",
};

describe("legal aid notices", () => {
  it("grants aid and designates a lawyer, each notice numbered and filled from the case", async () => {
    const { id } = await createRecord(context, type, reviewer, { ...application, aidOrg: centre });
    expect((await errorOf(textOf(id, "grantDecision"))).kind).toBe("invalidTransition");
    await act(id, "grant", { grantDate: "2024-12-04" });
    const grant = await textOf(id, "grantDecision");
    expect(grant.notice.documentNumber).toBe("侯法援给字〔2024〕1号");
    for (const expected of [
      "给予法律援助决定书",
      "王秀兰：",
      "2024年12月2日",
      "追索劳动报酬",
      "本机构决定给予法律援助",
      "侯马市司法局",
      "2024年12月4日",
    ])
      expect(grant.text).toContain(expected);
    await act(id, "designate", {
      designatedDate: "2024-12-05",
      assigneeKind: "lawyer",
      assigneeName: "段文博",
      assigneeFirm: "山西晋都律师事务所",
    });
    const designation = await textOf(id, "designationNotice");
    expect(designation.notice.documentNumber).toBe("侯法援指字〔2024〕1号");
    for (const expected of [
      "山西晋都律师事务所：",
      "指派段文博（律师）承办受援人王秀兰",
      "被拖欠工资18600元",
    ])
      expect(designation.text).toContain(expected);
  });

  it("refuses aid in writing with its reasons, after the case is closed by the refusal", async () => {
    const { id } = await createRecord(context, type, reviewer, { ...application, aidOrg: centre });
    await act(id, "refuse", {
      refusalDate: "2024-12-05",
      refusalReason: "申请事项不属于法律援助范围。",
    });
    const refusal = await textOf(id, "refusalDecision");
    expect(refusal.notice.documentNumber).toBe("侯法援不字〔2024〕1号");
    expect(refusal.text).toContain("经审查，申请事项不属于法律援助范围。");
    expect(refusal.text).toContain("本机构决定不予法律援助");
  });
});
