// The demo city reproduces the 2023 figures of section (五) of the reference report, by query over
// records loaded through the engine (docs/reference/houma-2023-figures.md).
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordTypes } from "../src/domains/registry.js";
import { computeIndicators, indicatorIndex } from "../src/engine/indicators.js";
import { REPORT_FIGURES } from "../src/report/catalog.js";
import { renderDocx } from "../src/report/docx.js";
import { renderHtml } from "../src/report/html.js";
import { checkParagraphText } from "../src/report/edit.js";
import { generateStoredReport } from "../src/report/publish.js";
import { HOUMA_REPORT_2023_PARAGRAPHS } from "../src/seed/houma-report-2023.js";
import { loadActor } from "../src/server/auth/actor-loader.js";
import { verifyAuditChain } from "../src/engine/audit.js";
import type { TestDatabase } from "./support/db.js";
import { demoDatabase } from "./support/demo-db.js";
import { referencePath } from "./support/paths.js";

let test: TestDatabase;

beforeAll(async () => {
  test = await demoDatabase();
}, 300_000);
afterAll(() => test.drop());

const in2023 = (column: string) => `${column} BETWEEN '2023-01-01' AND '2023-12-31'`;
const one = async (sql: string): Promise<Record<string, number>> =>
  (await test.db.query<Record<string, number>>(sql))[0] ?? {};
const SPECIAL =
  "(is_minor OR is_elderly OR is_disabled OR is_migrant_worker OR is_military OR is_woman_case OR is_farmer)";

describe("2023 figures of 侯马市, section (五)", () => {
  it("reconsideration.cases = 68, litigation.cases = 21", async () => {
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_reconsideration WHERE ${in2023("received_date")}`,
      ),
    ).toEqual({ n: 68 });
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_litigation WHERE ${in2023("complaint_received_date")}`,
      ),
    ).toEqual({ n: 21 });
  });

  it("consultation.count = 3558 against a target of 2500 (142.3 %)", async () => {
    const { people = 0 } = await one(
      `SELECT sum(people)::int AS people FROM r_consultation WHERE ${in2023("consultation_date")}`,
    );
    const { target = 0 } = await one(
      "SELECT target_people AS target FROM r_consultation_target WHERE year = 2023",
    );
    expect(people).toBe(3558);
    expect(target).toBe(2500);
    expect(((people / target) * 100).toFixed(1)).toBe("142.3");
  });

  it("legalAid.cases = 150 with aid given, of which 60 for special groups, all closed; 157 applications", async () => {
    // Refused (5) and withdrawn (2) applications are received but not handled as cases.
    const given = "state NOT IN ('refused', 'withdrawn')";
    expect(
      await one(`SELECT count(*)::int AS applications, (count(*) FILTER (WHERE ${given}))::int AS cases,
        (count(*) FILTER (WHERE ${given} AND ${SPECIAL}))::int AS special,
        (count(*) FILTER (WHERE ${given} AND ${SPECIAL} AND state = 'closed'))::int AS closed
        FROM r_legal_aid WHERE ${in2023("received_date")}`),
    ).toEqual({ applications: 157, cases: 150, special: 60, closed: 60 });
  });

  it("publicity: 30 lecturers, more than 60 activities with 12 online trainings, 2 productions", async () => {
    expect(
      await one("SELECT count(*)::int AS n FROM r_lecturer WHERE joined_date <= '2023-12-31'"),
    ).toEqual({ n: 30 });
    const activities = await one(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE kind = 'onlineTraining'))::int AS online FROM r_publicity_activity WHERE ${in2023("activity_date")}`,
    );
    expect(activities.n).toBeGreaterThan(60);
    expect(activities.online).toBe(12);
    expect(
      await one(
        `SELECT count(*)::int AS n FROM r_publicity_production WHERE ${in2023("produced_date")}`,
      ),
    ).toEqual({ n: 2 });
  });

  it("mediation.cases = 943, all successful", async () => {
    expect(
      await one(`SELECT count(*)::int AS n, (count(*) FILTER (WHERE state = 'closed' AND agreement_date IS NOT NULL))::int AS agreed
        FROM r_mediation WHERE ${in2023("accepted_date")}`),
    ).toEqual({ n: 943, agreed: 943 });
  });

  it("left an unbroken audit chain", async () => {
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });
});

describe("2023 figures of 侯马市, section (一)", () => {
  const MEETINGS =
    "('standingCommittee', 'lawCommittee', 'lawCommitteeTopical', 'executiveMeeting')";

  it("leadership.majorIssuesResolved = 10, besides topics that do not count", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE state = 'resolved' AND is_rule_of_law AND meeting_kind IN ${MEETINGS}))::int AS major,
          (count(*) FILTER (WHERE state = 'deferred' AND is_rule_of_law))::int AS deferred,
          (count(*) FILTER (WHERE state = 'resolved' AND NOT is_rule_of_law))::int AS other,
          (count(*) FILTER (WHERE state = 'resolved' AND is_rule_of_law AND meeting_kind = 'mayorsOffice'))::int AS mayors
        FROM r_meeting_topic WHERE ${in2023("meeting_date")}`),
    ).toEqual({ major: 10, deferred: 1, other: 9, mayors: 1 });
    // Deferred in 2023 and resolved in 2024 (its deferral reason kept): it counts for 2024.
    expect(
      await one(`SELECT count(*)::int AS deferred FROM r_meeting_topic
        WHERE ${in2023("submitted_on")} AND meeting_date >= '2024-01-01' AND state = 'resolved'
          AND deferral_reason IS NOT NULL`),
    ).toEqual({ deferred: 1 });
  });

  it("leadership.instructions = 8: rule-of-law instructions by the party secretary or mayor", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE is_rule_of_law AND leader_role IN ('partySecretary', 'mayor')))::int AS counted,
          (count(*) FILTER (WHERE NOT is_rule_of_law OR leader_role NOT IN ('partySecretary', 'mayor')))::int AS other
        FROM r_instruction WHERE ${in2023("instructed_on")}`),
    ).toEqual({ counted: 8, other: 2 });
    // Every counted instruction was followed up.
    expect(
      await one(`SELECT count(*)::int AS without FROM r_instruction i
        WHERE ${in2023("i.instructed_on")} AND i.is_rule_of_law
          AND NOT EXISTS (SELECT 1 FROM r_follow_up f WHERE f.source = 'instruction:' || i.id)`),
    ).toEqual({ without: 0 });
  });

  it("study: party committee 11 sessions (5 on rule of law), government 9 (4)", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE body = 'partyCommittee'))::int AS party,
          (count(*) FILTER (WHERE body = 'partyCommittee' AND is_law_topic))::int AS party_law,
          (count(*) FILTER (WHERE body = 'governmentPartyGroup'))::int AS government,
          (count(*) FILTER (WHERE body = 'governmentPartyGroup' AND is_law_topic))::int AS government_law,
          (count(*) FILTER (WHERE body = 'unitGroup'))::int AS units
        FROM r_study_session WHERE ${in2023("session_date")}`),
    ).toEqual({ party: 11, party_law: 5, government: 9, government_law: 4, units: 12 });
  });

  it("duty.lawDutyReportCoverage = 100 % for 2023, below 100 % for the load day's year", async () => {
    const coverage = async (year: number) =>
      one(`SELECT (count(*) FILTER (WHERE state <> 'removed'))::int AS required,
          (count(*) FILTER (WHERE state = 'evaluated'))::int AS evaluated
        FROM r_duty_report WHERE year = ${year}`);
    expect(await coverage(2023)).toEqual({ required: 24, evaluated: 24 });
    const now = await coverage(2026);
    expect(now.required).toBe(24);
    expect(now.evaluated).toBeLessThan(24);
    const { rows = 0 } = await one(
      "SELECT sum(jsonb_array_length(evaluators))::int AS rows FROM r_duty_report WHERE year = 2023",
    );
    expect(rows).toBe(24 * 5);
  });

  it("fills every figure of section (一) of the generated 2023 report", async () => {
    await expectSectionFilled("leadership", {
      "leadership.instructions": "8",
      "leadership.majorIssuesResolved": "10",
      "study.partyCommitteeSessions": "11",
      "study.partyCommitteeLawSessions": "5",
      "study.governmentSessions": "9",
      "study.governmentLawSessions": "4",
      "duty.lawDutyReportCoverage": "100%",
    });
  });

  it("inspection plans and entities of 2023 come out by query: 147 (83 joint, 64 internal), 1,428", async () => {
    expect(
      await one(`SELECT count(*)::int AS plans,
          (count(*) FILTER (WHERE kind = 'joint'))::int AS joint,
          (count(*) FILTER (WHERE kind = 'internal'))::int AS internal,
          (count(*) FILTER (WHERE risk_weighted))::int AS risk_weighted,
          (count(*) FILTER (WHERE state = 'resultsPublished'))::int AS results_published
        FROM r_inspection_plan WHERE year = 2023`),
    ).toEqual({ plans: 147, joint: 83, internal: 64, risk_weighted: 147, results_published: 147 });
    expect(
      await one(`SELECT count(DISTINCT credit_code)::int AS entities
        FROM r_inspection_result WHERE ${in2023("drawn_on")}`),
    ).toEqual({ entities: 1428 });
  });

  it("fills every figure of section (二) of the generated 2023 report", async () => {
    await expectSectionFilled("functions", {
      "licensing.itemsReassigned": "58",
      "licensing.jointAcceptances": "14",
      "licensing.utilityConnections": "6",
      "businessEnvironment.tasks": "602",
      "businessEnvironment.taskCategories": "五",
      "inspection.plans": "147",
      "inspection.jointPlans": "83",
      "inspection.internalPlans": "64",
      "inspection.entitiesInspected": "1428",
      "inspection.riskWeightedShare": "100%",
    });
  });
});

describe("2023 figures of 侯马市, section (三): legality review and normative documents", () => {
  it("legality.draftDocumentsReviewed = 46, legality.meetingTopicsReviewed = 28", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE subject_kind = 'document'))::int AS documents,
          (count(*) FILTER (WHERE subject_kind = 'meetingTopic'))::int AS topics,
          (count(*) FILTER (WHERE subject_kind = 'document' AND subject LIKE 'normativeDocument:%'))::int AS linked
        FROM r_legality_review WHERE state = 'concluded' AND ${in2023("concluded_on")}`),
    ).toEqual({ documents: 46, topics: 28, linked: 6 });
    // Every 2023 executive-meeting topic put forward as reviewed links to its review.
    expect(
      await one(`SELECT count(*)::int AS without FROM r_meeting_topic t
        WHERE ${in2023("t.submitted_on")} AND t.meeting_kind = 'executiveMeeting' AND t.legality_reviewed
          AND NOT EXISTS (SELECT 1 FROM r_legality_review r WHERE r.subject = 'meetingTopic:' || t.id)`),
    ).toEqual({ without: 0 });
    const figures = await cityFigures2023();
    expect(figures?.get("legality.draftDocumentsReviewed")?.value).toBe(46);
    expect(figures?.get("legality.meetingTopicsReviewed")?.value).toBe(28);
  });

  it("normative documents of 2023: issued, filed (one late), cleaned up and repealed", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE ${in2023("published_on")}))::int AS issued,
          (count(*) FILTER (WHERE ${in2023("filed_on")}))::int AS filed,
          (count(*) FILTER (WHERE ${in2023("filed_on")} AND filed_late))::int AS late,
          (count(*) FILTER (WHERE ${in2023("repealed_on")}))::int AS repealed,
          (count(*) FILTER (WHERE state = 'expired' AND ${in2023("expired_on")}))::int AS expired
        FROM r_normative_document`),
    ).toEqual({ issued: 6, filed: 6, late: 1, repealed: 2, expired: 1 });
    const figures = await cityFigures2023();
    expect(figures?.get("normativeDocument.issued")?.value).toBe(6);
    expect(figures?.get("normativeDocument.filed")?.value).toBe(6);
    expect(figures?.get("normativeDocument.filedOnTime")?.value).toBe(5);
    expect(figures?.get("normativeDocument.repealed")?.value).toBe(2);
    expect(figures?.get("normativeDocument.cleanedUp")?.value).toBe(7);
  });
});

describe("2023 figures of 侯马市, section (三): major decisions", () => {
  const itemsOf = (year: number) =>
    one(`SELECT count(*)::int AS n FROM r_decision_catalog c, jsonb_array_elements(c.items) item
      WHERE c.year = ${String(year)} AND c.state IN ('published', 'adjusted')
        AND item->>'status' IN ('listed', 'added')`);

  it("decision.catalogPublished = 16: the items of the 2023 catalog, agreed by the Party committee first", async () => {
    expect(await itemsOf(2023)).toEqual({ n: 16 });
    expect(
      await one(`SELECT count(*)::int AS n FROM r_decision_catalog
        WHERE year = 2023 AND party_agreed_on < published_on`),
    ).toEqual({ n: 1 });
    // 2024 was adjusted: one item taken out (kept, marked), one added.
    expect(await itemsOf(2024)).toEqual({ n: 11 });
    const values = await cityFigures2023();
    expect(values?.get("decision.catalogPublished")).toMatchObject({ value: 16, readable: true });
    expect(values?.get("decision.decided")).toMatchObject({ value: 16 });
  });

  it("prints 16 for the catalog in the generated 2023 report, in the HTML and the .docx", async () => {
    const office = await loadActor(test.db, "fzb");
    if (!office) throw new Error("demo user fzb missing");
    const [stored] = await test.db.query<{ id: number }>(
      "SELECT id FROM annual_report WHERE year = 2023",
    );
    const report = await generateStoredReport(test.db, recordTypes, office, stored?.id ?? 0);
    expect(
      htmlFigures(renderHtml(report, { figureHref: null })).get("decision.catalogPublished"),
    ).toEqual(["16"]);
    expect((await docxFigures(await renderDocx(report))).get("decision.catalogPublished")).toEqual([
      "16",
    ]);
  });
});

/**
 * The generated 2023 report prints each figure of a section as given, in the HTML and the .docx,
 * and the section's whole catalogue is covered: nothing of it is missing from the draft.
 */
describe("2023 figures of 侯马市, section (三) as a whole", () => {
  it("fills every figure of section (三) of the generated 2023 report", async () => {
    await expectSectionFilled("institutions", {
      "decision.catalogPublished": "16",
      "legality.draftDocumentsReviewed": "46",
      "legality.meetingTopicsReviewed": "28",
      "contract.reviewed": "40",
    });
  });

  it("took no 2023 decision without the steps its checklist asks for", async () => {
    // The demo is loaded through the bulk import, which does not run action checklists: this
    // holds it to them. Every decided decision has a lawful review concluded before the meeting
    // and a comment period of at least 30 days (or a reason), ended before the decision.
    expect(
      await one(`SELECT count(*)::int AS n,
          (count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM r_legality_review r
             WHERE r.subject = 'majorDecision:' || d.id AND r.state = 'concluded'
               AND r.conclusion IN ('lawful', 'lawfulWithChanges') AND r.concluded_on <= d.decided_on)))::int AS unreviewed,
          (count(*) FILTER (WHERE d.comment_ended_on >= d.decided_on))::int AS "commentAfter",
          (count(*) FILTER (WHERE d.comment_ended_on < d.comment_started_on + 30
             AND coalesce(d.comment_shortened_reason, '') = ''))::int AS "shortComment"
        FROM r_major_decision d WHERE d.decided_on IS NOT NULL`),
    ).toMatchObject({ unreviewed: 0, commentAfter: 0, shortComment: 0 });
    expect(
      await one(`SELECT count(*)::int AS n FROM r_normative_document d
        WHERE d.discussed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM r_legality_review r
          WHERE r.subject = 'normativeDocument:' || d.id AND r.state = 'concluded'
            AND r.conclusion IN ('lawful', 'lawfulWithChanges') AND r.concluded_on <= d.discussed_on)`),
    ).toEqual({ n: 0 });
  });
});

describe("2023 figures of 侯马市, section (三): contract review", () => {
  it("contract.reviewed = 40: concluded in 2023, by query and by the indicator", async () => {
    expect(
      await one(`SELECT count(*)::int AS n,
          (count(*) FILTER (WHERE conclusion = 'approveWithChanges'))::int AS changes,
          (count(*) FILTER (WHERE conclusion = 'adviseAgainst'))::int AS against,
          count(DISTINCT requesting_org)::int AS requesters
        FROM r_contract_review WHERE state = 'concluded' AND ${in2023("reviewed_date")}`),
    ).toEqual({ n: 40, changes: 5, against: 1, requesters: 24 });
    const { with_risks: withRisks = 0 } = await one(
      `SELECT count(*)::int AS with_risks FROM r_contract_review
        WHERE state = 'concluded' AND ${in2023("reviewed_date")} AND jsonb_array_length(risks) > 0`,
    );
    expect(withRisks).toBeGreaterThan(20);
    const values = await cityFigures2023();
    // Printed in the report: see section (三) as a whole.
    expect(values?.get("contract.reviewed")?.value).toBe(40);
  });

  it("has open reviews near the load day with live clocks, one waiting for materials", async () => {
    expect(
      await one(`SELECT
          (count(*) FILTER (WHERE r.state = 'received' AND c.status = 'running'))::int AS running,
          (count(*) FILTER (WHERE r.state = 'awaitingMaterials' AND c.status = 'paused'))::int AS paused
        FROM r_contract_review r
        JOIN record_clock c ON c.record_type = 'contractReview' AND c.record_id = r.id`),
    ).toEqual({ running: 3, paused: 1 });
  });
});

/**
 * The generated 2023 report prints each figure of a section as given, in the HTML and the .docx,
 * and the section's whole catalogue is covered: nothing of it is missing from the draft.
 */
/** The city's 2023 indicators as the rule-of-law office reads them. */
async function cityFigures2023() {
  const office = await loadActor(test.db, "fzb");
  const [city] = await test.db.query<{ id: number }>("SELECT id FROM org WHERE code = '141081'");
  if (!office || !city) throw new Error("demo user fzb or the city missing");
  const [figures] = await computeIndicators(test.db, {
    types: recordTypes,
    actor: office,
    orgId: city.id,
    periods: [{ from: "2023-01-01", to: "2023-12-31" }],
  });
  return figures;
}

async function expectSectionFilled(
  section: string,
  expected: Readonly<Record<string, string>>,
): Promise<void> {
  const office = await loadActor(test.db, "fzb");
  if (!office) throw new Error("demo user fzb missing");
  const [stored] = await test.db.query<{ id: number }>(
    "SELECT id FROM annual_report WHERE year = 2023",
  );
  const report = await generateStoredReport(test.db, recordTypes, office, stored?.id ?? 0);
  const fromHtml = htmlFigures(renderHtml(report, { figureHref: null }));
  const fromDocx = await docxFigures(await renderDocx(report));
  for (const [key, printed] of Object.entries(expected)) {
    expect({ key, html: fromHtml.get(key) }).toEqual({ key, html: [printed] });
    expect({ key, docx: fromDocx.get(key) }).toEqual({ key, docx: [printed] });
    expect(report.missing.map((figure) => figure.key)).not.toContain(key);
  }
  const inSection = REPORT_FIGURES.filter((figure) => figure.section === section);
  expect(inSection.map((figure) => figure.key).sort()).toEqual(Object.keys(expected).sort());
  const missingKeys = new Set(report.missing.map((figure) => figure.key));
  expect(inSection.filter((figure) => missingKeys.has(figure.key))).toEqual([]);
}

/** Section (五) of houma-2023-figures.md: key → the figure as the report prints it. */
function sectionFiveFigures(): Map<string, string> {
  const markdown = readFileSync(referencePath("houma-2023-figures.md"), "utf8");
  const section = markdown.slice(markdown.indexOf("## (五)"), markdown.indexOf("## (六)"));
  const figures = new Map<string, string>();
  for (const match of section.matchAll(/^\| ([a-z][\w]*\.[a-z]\w*) \| [^|]+ \| ([^|]+) \|$/gm)) {
    const value = (match[2] ?? "").trim();
    // "> 60" is printed as the report prints it: 60余.
    figures.set(match[1] ?? "", value.startsWith("> ") ? `${value.slice(2)}余` : value);
  }
  return figures;
}

/** Each figure of the .docx by its bookmark (named after the indicator key), as printed. */
async function docxFigures(file: Buffer): Promise<Map<string, string[]>> {
  const xml =
    (await (await JSZip.loadAsync(file)).file("word/document.xml")?.async("string")) ?? "";
  const figures = new Map<string, string[]>();
  for (const match of xml.matchAll(
    /<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>(.*?)<w:bookmarkEnd w:id="\2"\/>/g,
  )) {
    const key = (match[1] ?? "").replace(/_\d+$/, "").replace("_", ".");
    const text = [...(match[3] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join("");
    figures.set(key, [...(figures.get(key) ?? []), text]);
  }
  return figures;
}

function htmlFigures(html: string): Map<string, string[]> {
  const figures = new Map<string, string[]>();
  for (const match of html.matchAll(/data-indicator="([^"]+)"[^>]*>([^<]*)</g)) {
    const key = match[1] ?? "";
    figures.set(key, [...(figures.get(key) ?? []), match[2] ?? ""]);
  }
  return figures;
}

describe("the generated 2023 report of 侯马市", () => {
  const expected = sectionFiveFigures();

  it("carries every figure of section (五) exactly, read back from the .docx and the HTML", async () => {
    expect(expected.size).toBe(13);
    const office = await loadActor(test.db, "fzb");
    if (!office) throw new Error("demo user fzb missing");
    const [stored] = await test.db.query<{ id: number }>(
      "SELECT a.id FROM annual_report a JOIN org o ON o.id = a.org_id WHERE o.code = '141081' AND a.year = 2023",
    );
    const report = await generateStoredReport(test.db, recordTypes, office, stored?.id ?? 0);
    const fromDocx = await docxFigures(await renderDocx(report));
    const fromHtml = htmlFigures(renderHtml(report, { figureHref: (key) => `/indicators/${key}` }));
    for (const [key, printed] of expected) {
      expect({ key, docx: fromDocx.get(key) }).toEqual({ key, docx: [printed] });
      expect({ key, html: fromHtml.get(key) }).toEqual({ key, html: [printed] });
    }
  });

  it("lists every figure without a record type as missing, by its label, and invents none", async () => {
    const office = await loadActor(test.db, "fzb");
    if (!office) throw new Error("demo user fzb missing");
    const [stored] = await test.db.query<{ id: number }>(
      "SELECT id FROM annual_report WHERE year = 2023",
    );
    const report = await generateStoredReport(test.db, recordTypes, office, stored?.id ?? 0);
    const declared = indicatorIndex(recordTypes);
    const undeclared = REPORT_FIGURES.filter((figure) => !declared.has(figure.key));
    expect(undeclared.length).toBeGreaterThan(0);
    expect(report.missing.map((figure) => figure.key).sort()).toEqual(
      undeclared.map((figure) => figure.key).sort(),
    );
    // People read the marker: the figure's Chinese label, never its key.
    const fromDocx = await docxFigures(await renderDocx(report));
    const fromHtml = htmlFigures(renderHtml(report, { figureHref: null }));
    for (const { key, label } of undeclared) {
      expect({ key, docx: fromDocx.get(key)?.[0] }).toEqual({
        key,
        docx: `〔缺少数据：${label}〕`,
      });
      expect({ key, html: fromHtml.get(key)?.[0] }).toEqual({
        key,
        html: `〔缺少数据：${label}〕`,
      });
    }
  });

  it("has no typed number where an indicator gives the figure", async () => {
    const office = await loadActor(test.db, "fzb");
    if (!office) throw new Error("demo user fzb missing");
    const [city] = await test.db.query<{ id: number }>("SELECT id FROM org WHERE code = '141081'");
    for (const paragraph of HOUMA_REPORT_2023_PARAGRAPHS) {
      const report = { orgId: city?.id ?? 0, year: 2023 };
      await expect(
        checkParagraphText(test.db, recordTypes, office, report, paragraph.text),
      ).resolves.toBe(paragraph.text);
    }
    const typed = checkParagraphText(
      test.db,
      recordTypes,
      office,
      { orgId: city?.id ?? 0, year: 2023 },
      "调处各类纠纷案件943件",
    );
    await expect(typed).rejects.toThrow("人民调解组织调处纠纷数");
  });
});
