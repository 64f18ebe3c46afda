// Browser journey (双随机、一公开): the demo's joint plan awaiting its draw is announced on the
// portal with its quotas, list hashes and seed sources; an inspector's declared conflict is in its
// frozen material; the leading department draws it in the web app before witnesses, typing the
// lottery numbers and the witness value; a visitor re-runs the draw on the portal and it matches
// (a copy with the conflicted inspector put on the team fails); no recused inspector is on any
// team; results appear on the portal with their 20-working-day publication deadline.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deadlineFor, parseIsoDate } from "../../src/calendar/index.js";
import {
  materialSha256,
  stratumSha256,
  type DrawMaterial,
  type PublishedDraw,
} from "../../src/draw/index.js";
import { RESULTS_PER_PAGE } from "../../src/inspection/portal-store.js";
import { recusedOnTeams, teamsWithinOneDepartment, witnessExercising } from "./draw-witness.js";
import { launchBrowser } from "./server.js";
import { signIn, takeAction, typeDate } from "./ui.js";

const url = inject("platformUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PATIENT = { timeout: 20_000 };
const SHOTS = "/tmp/e2e-shots";
/** 快乐8 draws 20 of the numbers 01–80, announced in ascending order. */
const LOTTERY = "02 05 09 13 17 21 26 30 33 38 41 45 49 54 57 62 66 71 75 80";
const CLASS_LABELS: Readonly<Record<string, string>> = {
  A: "A类",
  B: "B类",
  C: "C类",
  D: "D类",
  unclassified: "未分类",
};

/** Days from today in China Standard Time, the server's calendar. */
const day = (offset: number): string =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** The statutory due date of a plan's results (20 working days from the end of the inspection). */
function resultsDue(endedOn: string): string {
  const start = parseIsoDate(endedOn);
  if (!start) throw new Error(`not a date: ${endedOn}`);
  const due = deadlineFor({ ruleId: "inspection.resultPublication", start });
  if (!due.ok) throw new Error(JSON.stringify(due.errors));
  return due.value.due;
}

interface Plan {
  id: number;
  recordNumber: string;
  state: string;
  values: Record<string, unknown>;
}

async function pageOf(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, url, username);
  return page;
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${url}${path}`);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

const planByNumber = async (page: Page, number: string): Promise<Plan> => {
  const { items } = await getJson<{ items: Plan[] }>(
    page,
    `/api/records/inspectionPlan?q=${encodeURIComponent(number)}`,
  );
  const found = items.find((item) => item.recordNumber === number);
  if (!found) throw new Error(`no plan ${number}`);
  return getJson<Plan>(page, `/api/records/inspectionPlan/${String(found.id)}`);
};

/**
 * Who takes a plan's actions in the demo: the market bureau's clerk for its own plans, the
 * rule-of-law office for the departments that have no user of their own.
 */
async function plannerOf(office: Page, plan: Plan): Promise<string> {
  const { items } = await getJson<{ items: { id: number; name: string }[] }>(
    office,
    "/api/orgs/options",
  );
  const leading = items.find((org) => org.id === plan.values["leadingOrg"])?.name;
  return leading === "侯马市市场监督管理局" ? "scj_clerk" : "fzb";
}

/** The joint plan whose lottery has been drawn, so its draw can be taken today. */
async function awaitingPlan(office: Page): Promise<Plan> {
  const { items } = await getJson<{ items: Plan[] }>(
    office,
    "/api/records/inspectionPlan?state=published&pageSize=50",
  );
  for (const item of items) {
    const plan = await getJson<Plan>(office, `/api/records/inspectionPlan/${String(item.id)}`);
    const lotteryDate = plan.values["lotteryDate"];
    if (plan.values["kind"] === "joint" && typeof lotteryDate === "string" && lotteryDate <= day(0))
      return plan;
  }
  throw new Error("the demo has no joint plan awaiting its draw");
}

/** The visitor finds the plan under 双随机抽查 on the portal and opens it. */
async function openOnPortal(visitor: Page, number: string, year?: string): Promise<Page> {
  await visitor.goto(`${url}/portal`);
  await visitor.getByRole("link", { name: "抽查计划、抽取公示与检查结果" }).click();
  await visitor.locator("li.plan").first().waitFor();
  if (year !== undefined) await visitor.getByRole("link", { name: `${year}年` }).click();
  await visitor.locator("li.plan", { hasText: number }).locator("a").first().click();
  await visitor.locator("table.strata").waitFor();
  return visitor;
}

const downloaded = async <T>(visitor: Page, text: string): Promise<T> => {
  const href = await visitor.getByRole("link", { name: text }).getAttribute("href");
  return getJson<T>(visitor, href ?? "");
};

describe("random inspection journey", () => {
  it("draws a joint plan before witnesses, verifies it on the portal, never sends a conflicted inspector, publishes its results in time", async () => {
    const office = await pageOf("fzb");
    const plan = await awaitingPlan(office);
    const number = plan.recordNumber;
    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await openOnPortal(await visitorContext.newPage(), number);

    // 1. Announced before the draw: quotas per risk class, the lists' hashes, the seed sources.
    const { material, materialSha256: published } = await downloaded<{
      material: DrawMaterial;
      materialSha256: string;
    }>(visitor, "下载待抽取名单及全部材料（JSON）");
    expect(materialSha256(material)).toBe(published);
    expect(await visitor.locator("code.material-hash").innerText()).toBe(published);
    expect(material.plan.kind).toBe("joint");
    expect(material.plan.orgs.length).toBeGreaterThanOrEqual(2);
    const rows = visitor.locator("table.strata tbody tr");
    expect(await rows.count()).toBe(material.strata.length);
    for (const [index, stratum] of material.strata.entries()) {
      expect(stratumSha256(stratum.entities)).toBe(stratum.sha256);
      expect(await rows.nth(index).innerText()).toBe(
        [
          CLASS_LABELS[stratum.riskClass],
          String(stratum.entities.length),
          String(stratum.quota),
          stratum.sha256,
        ].join("\t"),
      );
    }
    const quota = material.strata.reduce((sum, stratum) => sum + stratum.quota, 0);
    expect(quota).toBe(plan.values["plannedQuota"]);
    const sources = visitor.locator("ul.seed li");
    const lotteryDate = String(plan.values["lotteryDate"]);
    const issue = String(plan.values["lotteryIssue"]);
    expect(await sources.locator("span:first-child").allInnerTexts()).toEqual([
      `中国福利彩票“快乐8” ${issue} 开奖号码（${lotteryDate}起可知）`,
      "见证人现场输入值（抽取时由见证人现场输入）",
    ]);
    expect(await sources.locator("span.date").allInnerTexts()).toEqual([
      "抽取时公布",
      "抽取时公布",
    ]);
    expect(await visitor.locator("main").innerText()).toContain("尚未抽取");
    await visitor.screenshot({ path: `${SHOTS}/inspection-announced.png`, fullPage: true });

    // 2. A conflict declared before publication is in the frozen material; the inspector's page
    // in the web app shows it, declared before the plan was published.
    const declared = material.recusals.filter((r) => r.reason === "declared");
    expect(declared.length).toBeGreaterThan(0);
    const conflict = declared[0];
    if (!conflict) throw new Error("unreachable");
    const eligible = material.strata.flatMap((stratum) => stratum.entities);
    const entity = eligible.find((e) => e.creditCode === conflict.creditCode);
    expect(entity).toBeDefined();
    const { items: people } = await getJson<{ items: { id: number }[] }>(
      office,
      `/api/records/inspector?q=${conflict.inspector}`,
    );
    await office.goto(`${url}/records/inspector/${String(people[0]?.id)}`);
    const conflicts = office.getByTestId("value-conflicts");
    await expect.poll(() => conflicts.innerText(), PATIENT).toContain(conflict.creditCode);
    const cells = await conflicts.locator("tr", { hasText: conflict.creditCode }).innerText();
    const declaredOn = cells.split("\t").at(-1) ?? "";
    expect(declaredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(declaredOn < String(plan.values["publishedOn"])).toBe(true);
    await office.screenshot({ path: `${SHOTS}/inspection-conflict.png`, fullPage: true });

    // 3. The draw before witnesses, in the web app, by the leading department. The witness's
    // value is one under which the conflicted entity is drawn and, without the recusal, its
    // inspector would have been sent there.
    const witness = witnessExercising(material, published, LOTTERY, conflict);
    const planner = (await plannerOf(office, plan)) === "fzb" ? office : await pageOf("scj_clerk");
    const planUrl = `${url}/records/inspectionPlan/${String(plan.id)}`;
    await planner.goto(planUrl);
    expect(await planner.getByTestId("record-state").innerText()).toContain("已公示（待抽取）");
    await takeAction(planner, "draw", async () => {
      await typeDate(planner, "field-drawnOn", day(0));
      await planner.getByTestId("field-lotteryValue").fill(LOTTERY);
      await planner.getByTestId("field-witnessValue").fill(witness);
    });
    expect(await planner.getByTestId("record-state").innerText()).toContain("已抽取");
    expect(await planner.getByTestId("value-drawnCount").innerText()).toBe(String(quota));
    const seedHash = (await planner.getByTestId("value-seedSha256").innerText()).trim();
    expect(seedHash).toMatch(/^[0-9a-f]{64}$/);
    // The drawn entities, one result each to inspect, are listed on the plan's page (on reload:
    // the card does not refresh after the action).
    await planner.reload();
    const linked = planner.getByTestId("linked-records");
    await expect
      .poll(() => linked.locator("[data-testid^=linked-inspectionResult-]").count(), PATIENT)
      .toBe(quota);
    expect(await linked.getByTestId("linked-state").allInnerTexts()).toEqual(
      Array<string>(quota).fill("待检查"),
    );
    await planner.screenshot({ path: `${SHOTS}/inspection-drawn.png`, fullPage: true });
    // The conflicted entity's team: two inspectors, not the one who declared the conflict.
    await linked
      .locator("[data-testid^=linked-inspectionResult-]", { hasText: entity?.name ?? "?" })
      .getByRole("link")
      .click();
    await expect
      .poll(() => planner.getByTestId("value-creditCode").innerText(), PATIENT)
      .toBe(conflict.creditCode);
    const team = await planner.getByTestId("value-inspectors").innerText();
    expect(team).not.toContain(conflict.inspector);
    await planner.screenshot({ path: `${SHOTS}/inspection-result.png`, fullPage: true });

    // 4. On the portal: the draw with its seed, and its verification re-run in the browser.
    await visitor.reload();
    expect(await visitor.locator("code.seed-hash").innerText()).toBe(seedHash);
    expect(await sources.nth(0).locator("code").innerText()).toBe(LOTTERY);
    expect(await sources.nth(1).locator("code").innerText()).toBe(witness);
    const file = await downloaded<PublishedDraw>(visitor, "下载抽取结果文件（JSON）");
    expect(file.outcome.seedSha256).toBe(seedHash);
    expect(file.outcome.selections).toHaveLength(quota);
    // No recused inspector (same department, declared conflict, last inspector) on any team, and
    // every team spans two departments where the entity's free inspectors do.
    expect(recusedOnTeams(material, file.outcome.selections)).toEqual([]);
    expect(teamsWithinOneDepartment(material, file.outcome.selections)).toEqual([]);
    const drawnTeam = file.outcome.selections.find((s) => s.creditCode === conflict.creditCode);
    expect(drawnTeam?.inspectors).toHaveLength(2);
    for (const code of drawnTeam?.inspectors ?? []) expect(team).toContain(code);
    await visitor.screenshot({ path: `${SHOTS}/inspection-portal-drawn.png`, fullPage: true });

    await visitor.getByRole("link", { name: "在浏览器中重新计算并验证" }).click();
    const verdict = visitor.locator(".draw-verdict");
    await verdict.waitFor(PATIENT);
    expect(await verdict.innerText()).toBe("验证通过");
    expect(await visitor.locator("li[data-check]").count()).toBe(7);
    expect(await visitor.locator("li[data-check].draw-failed").count()).toBe(0);
    expect(await visitor.locator("table.draw-selection tr").count()).toBe(quota + 1);
    expect(await visitor.locator("dl.public").innerText()).toContain(seedHash);
    await visitor.screenshot({ path: `${SHOTS}/inspection-verified.png`, fullPage: true });

    // A copy in which the conflicted inspector replaces the team's member of their department.
    const orgOf = new Map(material.inspectors.map((i) => [i.code, i.org]));
    const tampered = structuredClone(file) as unknown as {
      outcome: { selections: { creditCode: string; inspectors: string[] }[] };
    };
    const forged = tampered.outcome.selections.find((s) => s.creditCode === conflict.creditCode);
    if (!forged) throw new Error("unreachable");
    const replaced = forged.inspectors.findIndex(
      (code) => orgOf.get(code) === orgOf.get(conflict.inspector),
    );
    forged.inspectors[Math.max(replaced, 0)] = conflict.inspector;
    await visitor.locator("#draw-file").setInputFiles({
      name: "tampered.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect.poll(() => verdict.innerText(), PATIENT).toMatch(/^验证未通过/);
    const recusals = visitor.locator('li[data-check="recusals"]');
    expect(await recusals.getAttribute("class")).toBe("draw-failed");
    expect(await recusals.innerText()).toContain(
      `执法人员“${conflict.inspector}”对企业 ${conflict.creditCode} 应回避（declared）`,
    );
    expect(await visitor.locator('li[data-check="outcome"]').getAttribute("class")).toBe(
      "draw-failed",
    );
    await visitor.screenshot({ path: `${SHOTS}/inspection-tampered.png`, fullPage: true });
    if (planner !== office) await planner.context().close();

    // 5. Results and their deadline. This year's completed plan: due 20 working days after its
    // inspection ended; its department publishes them in the web app and the portal lists them.
    await visitor.goto(`${url}/portal/inspections`);
    const completed = visitor.locator("li.plan", { hasText: "检查结束，结果待公示" }).first();
    const completedNumber = /侯抽〔\d{4}〕\d+号/.exec(await completed.innerText())?.[0] ?? "?";
    const done = await planByNumber(office, completedNumber);
    const due = resultsDue(String(done.values["inspectionEndedOn"]));
    expect(await completed.locator(".due").innerText()).toBe(due);
    const publisher =
      (await plannerOf(office, done)) === "fzb" ? office : await pageOf("scj_clerk");
    await publisher.goto(`${url}/records/inspectionPlan/${String(done.id)}`);
    await expect
      .poll(() => publisher.getByTestId("clock-resultPublication").innerText(), PATIENT)
      .toContain(due);
    await takeAction(publisher, "publishResults", async () => {
      await typeDate(publisher, "field-resultsPublishedOn", day(0));
    });
    expect(await publisher.getByTestId("record-state").innerText()).toContain("结果已公示");
    await openOnPortal(visitor, completedNumber);
    const results = visitor.locator("table.results tbody tr");
    expect(await results.count()).toBe(done.values["drawnCount"]);
    expect(await visitor.locator("main").innerText()).toContain(
      `检查结果于 ${day(0)} 公示（公示期限 ${due}）`,
    );
    await visitor.screenshot({ path: `${SHOTS}/inspection-results.png`, fullPage: true });

    // A 2023 plan, published in its time: the deadline shown is the statutory one.
    const year = "2023";
    await visitor.goto(`${url}/portal/inspections?year=${year}`);
    const old = visitor.locator("li.plan", { hasText: "结果已公示" }).first();
    const oldText = await old.innerText();
    const oldNumber = /侯抽〔\d{4}〕\d+号/.exec(oldText)?.[0] ?? "?";
    const oldPlan = await planByNumber(office, oldNumber);
    const oldDue = resultsDue(String(oldPlan.values["inspectionEndedOn"]));
    const publishedOn = String(oldPlan.values["resultsPublishedOn"]);
    expect(oldText).toContain(`检查结果于 ${publishedOn} 公示（公示期限 ${oldDue}）`);
    expect(publishedOn <= oldDue).toBe(true);
    await openOnPortal(visitor, oldNumber, year);
    // The year's large last plan takes several pages of results: the first is full, the count whole.
    const drawnCount = Number(oldPlan.values["drawnCount"]);
    expect(await results.count()).toBe(Math.min(drawnCount, RESULTS_PER_PAGE));
    expect(await visitor.locator("main").innerText()).toContain(`共 ${String(drawnCount)} 户`);
    expect(await visitor.locator("p.pager a").count()).toBe(
      Math.ceil(drawnCount / RESULTS_PER_PAGE) - 1,
    );
    await visitor.screenshot({ path: `${SHOTS}/inspection-results-2023.png`, fullPage: true });
    if (publisher !== office) await publisher.context().close();
    await visitorContext.close();
    await office.context().close();
  });
});
