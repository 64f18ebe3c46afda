// Placeholder formats on real records over two years: Chinese numerals, the declared unit, a
// threshold met and one missed, the change on last year (in percent, in points for a rate, as a
// count) computed from last year's records; a wrong unit or format refused when saving, listed
// when stored, and publication refused until it is fixed; HTML and Word print the formatted text.
import JSZip from "jszip";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../test/support/http.js";
import { consultation, consultationTarget } from "../domains/consultation/index.js";
import { publicityProduction } from "../domains/publicity/index.js";
import { recordTypes } from "../domains/registry.js";
import { createRecord } from "../engine/records-write.js";
import type { SignedInUser } from "../server/auth/actor-loader.js";
import { createReport } from "./create.js";
import { renderDocx } from "./docx.js";
import type { Sql } from "../db/client.js";
import { generateReport, type GeneratedReport } from "./generate.js";
import { generateStoredReport, publicationProblems } from "./publish.js";

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let context: ReturnType<typeof testContext>;
let officeUser: SignedInUser;
let office: Client;
let reportId: number;

interface Problem {
  code: string;
  message: string;
  detail?: { key?: string; placeholder?: string };
}
interface View {
  report: { version: number };
  parts: { id: string; paragraphs: { id: number; text: string; version: number }[] }[];
  problems: {
    formatProblems: { paragraph: string; placeholder: string; message: string }[];
    notices: { paragraph: string; placeholder: string; message: string }[];
  };
}

/** 2023: 139 人次 against a target of 100 (139%), two videos; 2022: 100 人次 of 125 (80%), one. */
async function records(clerk: SignedInUser) {
  const consult = (consultationDate: string, people: number) =>
    createRecord(context, consultation, clerk, {
      consultationDate,
      serviceOrg: orgs.justice,
      supervisingOrg: orgs.justice,
      place: "hall",
      topic: "labour",
      summary: "咨询劳动争议处理程序，告知可申请劳动仲裁。",
      people,
      handledBy: "段文博",
      visitorPhone: "13835712345",
    });
  await consult("2023-03-01", 100);
  await consult("2023-11-30", 39);
  await consult("2022-06-01", 100);
  for (const [year, targetPeople] of [
    [2023, 100],
    [2022, 125],
  ] as const)
    await createRecord(context, consultationTarget, clerk, {
      org: orgs.justice,
      year,
      targetPeople,
      setOn: `${String(year)}-01-10`,
    });
  for (const producedDate of ["2023-05-26", "2023-09-01", "2022-09-01"])
    await createRecord(context, publicityProduction, clerk, {
      title: `普法作品${producedDate}`,
      kind: "microVideo",
      producedDate,
      producerOrg: orgs.justice,
    });
}

const PARAGRAPHS = [
  {
    part: "measures.disputes",
    text: "全年免费法律咨询{{consultation.count|cn|unit}}，{{consultation.count|yoy}}，{{consultation.count|yoyAbs|unit}}；完成任务率{{consultation.targetRate|atLeast:120%}}，{{consultation.targetRate|yoy}}。",
  },
  {
    part: "measures.disputes",
    text: "拍摄法治微视频{{publicity.videos|cn}}部（{{publicity.videos|unit}}），{{publicity.videos|yoy}}；完成率{{consultation.targetRate|atLeast:150%}}。",
  },
];

const view = async (): Promise<View> =>
  (await office.request("GET", `/api/reports/${String(reportId)}`)).json();
beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  context = testContext(test.db, "2024-01-15T02:00:00Z");
  app = await testServer(context);
  officeUser = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  const clerk = await createTestUser(test.db, {
    username: "sfj_clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  office = await clientFor(app, context, officeUser.id);
  await records(clerk);
  reportId = await createReport(
    context,
    recordTypes,
    officeUser,
    { orgId: orgs.city, year: 2023 },
    PARAGRAPHS,
  );
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

/** The printed paragraphs of the disputes heading. */
const disputes = (report: GeneratedReport): string[] =>
  report.chapters
    .flatMap((chapter) => chapter.sections)
    .filter((section) => section.heading?.includes("社会矛盾纠纷") ?? false)
    .flatMap((section) => section.paragraphs)
    .map((segments) => segments.map((segment) => segment.text).join(""));

describe("formatted placeholders", () => {
  it("print from this year's and last year's records", async () => {
    const report = await generateStoredReport(test.db, recordTypes, officeUser, reportId);
    expect(disputes(report)).toEqual([
      "全年免费法律咨询一百三十九人次，同比增加39%，同比增加39人次；完成任务率120%以上，同比提高59个百分点。",
      "拍摄法治微视频两部（2部），同比增加100%；完成率139%。",
    ]);
    // The threshold missed prints the value and tells the writer; it does not stop publication.
    expect(report.notices).toEqual([
      expect.objectContaining({
        paragraph: "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段",
        placeholder: "{{consultation.targetRate|atLeast:150%}}",
        message: "实际为139%，未达到150%",
      }),
    ]);
    expect(report.formatProblems).toEqual([]);
    expect(publicationProblems(report).map((p) => p.code)).not.toContain("report.formatProblem");
  });

  it("refuses saving a wrong unit or format, naming the placeholder, and changes nothing", async () => {
    const before = (await view()).parts.find((p) => p.id === "measures.disputes")?.paragraphs[1];
    if (!before) throw new Error("no paragraph");
    const url = `/api/reports/${String(reportId)}/paragraphs/${String(before.id)}`;
    const refused = async (text: string) => {
      const answer = await office.request("PUT", url, { version: before.version, text });
      expect(answer.statusCode).toBe(400);
      return answer
        .json<{ error: { problems: Problem[] } }>()
        .error.problems.map((problem) => `${problem.code} ${problem.message}`);
    };
    expect(await refused("免费法律咨询{{consultation.count}}人")).toEqual([
      "report.formatProblem “{{consultation.count}}”：指标的单位是“人次”，段落中写作“人”",
    ]);
    expect(
      await refused("完成率{{consultation.targetRate|cn}}，{{publicity.videos|chinese}}部"),
    ).toEqual([
      "report.formatProblem “{{consultation.targetRate|cn}}”：百分比不能写成中文数字",
      "report.formatProblem “{{publicity.videos|chinese}}”：未知的格式“chinese”（可用：cn、wan、approx、exact、atLeast、yoy、yoyAbs、unit）",
    ]);
    // A count typed in Chinese numerals is offered as the figure with cn.
    const typed = await office.request("PUT", url, {
      version: before.version,
      text: "免费法律咨询一百三十九人次。",
    });
    expect(typed.json<{ error: { problems: unknown[] } }>().error.problems).toEqual([
      expect.objectContaining({
        code: "report.bareNumber",
        detail: {
          number: "一百三十九人次",
          keys: ["consultation.count"],
          replacements: ["{{consultation.count|cn|unit}}"],
        },
      }),
    ]);
    const after = (await view()).parts.find((p) => p.id === "measures.disputes")?.paragraphs[1];
    expect(after).toEqual(before);
  });

  it("lists a stored paragraph's problems by paragraph and placeholder, and refuses publication", async () => {
    // Stored without the save check (as a template or an import would store it).
    await test.db.query(
      "UPDATE report_paragraph SET text = $1 WHERE report_id = $2 AND part = 'measures.disputes' AND position = 1",
      [
        "参训{{consultation.count}}人，{{consultation.targetRate|cn}}，{{publicity.videos|wan:9}}",
        reportId,
      ],
    );
    const problems = (await view()).problems.formatProblems.map(
      (problem) => `${problem.paragraph} ${problem.placeholder} ${problem.message}`,
    );
    expect(problems).toEqual([
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段 {{consultation.count}} 指标的单位是“人次”，段落中写作“人”",
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段 {{consultation.targetRate|cn}} 百分比不能写成中文数字",
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段 {{publicity.videos|wan:9}} 格式“wan”的参数应为小数位数1至4（如 wan:2），“9”不可用",
    ]);
    const refused = await office.request("POST", `/api/reports/${String(reportId)}/publish`, {
      version: (await view()).report.version,
    });
    expect(refused.statusCode).toBe(400);
    const messages = refused
      .json<{ error: { problems: Problem[] } }>()
      .error.problems.filter((p) => p.code === "report.formatProblem")
      .map((p) => p.message);
    expect(messages).toEqual([
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段“{{consultation.count}}”：指标的单位是“人次”，段落中写作“人”",
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段“{{consultation.targetRate|cn}}”：百分比不能写成中文数字",
      "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段“{{publicity.videos|wan:9}}”：格式“wan”的参数应为小数位数1至4（如 wan:2），“9”不可用",
    ]);
    // The draft prints each problem where the figure would be.
    const report = await generateStoredReport(test.db, recordTypes, officeUser, reportId);
    expect(disputes(report)[1]).toBe(
      "参训139人，〔百分比不能写成中文数字〕，〔格式“wan”的参数应为小数位数1至4（如 wan:2），“9”不可用〕",
    );
  });

  it("reports last year without data instead of inventing a change", async () => {
    await test.db.query(
      "UPDATE report_paragraph SET text = $1 WHERE report_id = $2 AND part = 'measures.disputes' AND position = 1",
      ["拍摄{{publicity.videos|unit}}。", reportId],
    );
    // A 2022 report compares with 2021, which has no records.
    const earlier = await createReport(
      context,
      recordTypes,
      officeUser,
      { orgId: orgs.city, year: 2022 },
      [
        {
          part: "measures.disputes",
          text: "咨询{{consultation.count|unit}}，{{consultation.count|yoy}}。",
        },
      ],
    );
    const report = await generateStoredReport(test.db, recordTypes, officeUser, earlier);
    expect(disputes(report)).toEqual(["咨询100人次，〔上年无数据，无法计算同比〕。"]);
    expect(publicationProblems(report)).toContainEqual(
      expect.objectContaining({
        code: "report.formatProblem",
        message:
          "“坚持多措并举，全面有效化解社会矛盾纠纷”第1段“{{consultation.count|yoy}}”：上年无数据，无法计算同比",
      }),
    );
  });

  it("computes last year's figures once per report, however many placeholders compare with it", async () => {
    const queriesFor = async (text: string) => {
      let queries = 0;
      const counting: Sql = {
        query: (sql, params) => {
          queries += 1;
          return test.db.query(sql, params);
        },
      };
      await generateReport(counting, recordTypes, officeUser, {
        reportId: null,
        orgId: orgs.city,
        orgName: "侯马市人民政府",
        year: 2023,
        title: "测试",
        issuers: "侯马市人民政府",
        issuedOn: null,
        paragraphs: [{ part: "measures.disputes", text }],
      });
      return queries;
    };
    const once = await queriesFor("{{consultation.count|yoy}}");
    const many = await queriesFor(
      "{{consultation.count|yoy}}，{{consultation.count|yoyAbs|unit}}，{{publicity.videos|yoy}}，{{consultation.targetRate|yoy}}，{{mediation.cases|yoyAbs}}",
    );
    expect(many).toBe(once);
  });

  it("prints the formatted text in HTML and Word", async () => {
    const html = (await office.request("GET", `/api/reports/${String(reportId)}/preview`)).body;
    expect(html).toMatch(/data-indicator="consultation.count"[^>]*>一百三十九人次</);
    expect(html).toMatch(/data-indicator="consultation.targetRate"[^>]*>同比提高59个百分点</);
    const report = await generateStoredReport(test.db, recordTypes, officeUser, reportId);
    const zip = await JSZip.loadAsync(await renderDocx(report));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("一百三十九人次");
    expect(xml).toContain("同比增加39人次");
    expect(xml).toContain("120%以上");
  });
});
