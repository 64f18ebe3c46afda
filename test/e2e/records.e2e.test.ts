// Browser journey over the generic record screens at 1366×768: a new record starts with the
// clerk's organisation and today, identifiers stay masked until 查看完整信息, Enter in an action
// dialog takes no action, an action reads the records linking here again, the history names
// people; a leader gets no 新建 and no full numbers; deadlines appear only on types with clocks;
// every list fits the screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idNumberCheckCharacter } from "../../src/kernel/codes.js";
import { launchBrowser } from "./server.js";
import { choose, fill, inputOf, signIn, typeDate } from "./ui.js";

const server = { url: inject("platformUrl") };
const VIEWPORT = { width: 1366, height: 768 };
let browser: Browser;
let caseUrl = "";

const first17 = "14108119880214052";
const ID = `${first17}${idNumberCheckCharacter(first17)}`;
const PHONE = "13934561234";

/** Today in China Standard Time, as the platform counts days. */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const stateOf = (page: Page) => page.getByTestId("record-state").innerText();

/** The record as the server has it now (the page's own session). */
const storedState = (page: Page, url: string) =>
  page.evaluate(async (path) => {
    const response = await fetch(`/api${path}`, { credentials: "same-origin" });
    return ((await response.json()) as { state: string; version: number }).state;
  }, new URL(url).pathname);

/** A follow-up of the case, registered by the rule-of-law office while the clerk's page is open. */
async function followUpOf(caseUrl: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.url, "fzb");
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as {
    csrfToken: string;
  };
  const orgs = (await (await page.request.get(`${server.url}/api/orgs/options`)).json()) as {
    items: { id: number; code: string }[];
  };
  const orgId = (code: string) => orgs.items.find((org) => org.code === code)?.id;
  const [type, id] = new URL(caseUrl).pathname.split("/").slice(2);
  const created = await page.request.post(`${server.url}/api/records/followUp`, {
    headers: { "x-csrf-token": csrfToken },
    data: {
      values: {
        source: `${String(type)}:${String(id)}`,
        task: "按期提出书面答复",
        assignedOrg: orgId("141081-D01"),
        assigningOrg: orgId("141081-C01"),
        assignedOn: today,
        dueDate: today,
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id: followUpId } = (await created.json()) as { id: number };
  await context.close();
  return followUpId;
}

describe("record screens", () => {
  it("takes a clerk's new case through masked numbers, Enter-safe dialogs and a named history", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await signIn(page, server.url, "sfj_clerk");
    await page.getByTestId("record-new").click();
    // Pre-filled: the clerk's own organisation as 复议机构, today as the day the application came.
    expect(await page.getByTestId("field-handlingOrg").innerText()).toContain("侯马市司法局");
    expect(await (await inputOf(page, "field-receivedDate")).inputValue()).toBe(today);
    await fill(page, "field-applicantName", "贺文斌");
    await choose(page, "field-applicantKind", "自然人");
    await fill(page, "field-applicantIdNumber", ID);
    await fill(page, "field-applicantPhone", PHONE);
    await choose(page, "field-respondentOrg", "侯马市市场监督管理局", { search: true });
    await choose(page, "field-actCategory", "行政处罚");
    await fill(page, "field-actDescription", "对申请人作出罚款5000元的行政处罚决定");
    await choose(page, "field-procedure", "普通程序");
    await page.screenshot({ path: "test-results/records-new.png" });
    await page.getByTestId("record-submit").click();
    await page.getByTestId("clocks").waitFor();
    caseUrl = page.url();

    // Masked for the clerk too, until asked for; the full numbers come from the server.
    expect(await page.getByTestId("value-applicantIdNumber").innerText()).toBe(
      `${ID.slice(0, 6)}********${ID.slice(14)}`,
    );
    expect(await page.getByTestId("value-applicantPhone").innerText()).toBe("139****1234");
    await page.getByTestId("record-reveal").click();
    await expect.poll(() => page.getByTestId("value-applicantIdNumber").innerText()).toBe(ID);
    expect(await page.getByTestId("value-applicantPhone").innerText()).toBe(PHONE);
    await page.screenshot({ path: "test-results/records-revealed.png" });
    await page.getByTestId("record-hide").click();
    expect(await page.getByTestId("value-applicantPhone").innerText()).toBe("139****1234");

    await page.getByTestId("action-accept").click();
    await typeDate(page, "field-acceptedDate", today);
    await page.getByTestId("action-submit").click();
    await expect.poll(() => stateOf(page)).toContain("已受理");

    // Enter in the date field confirms the date and nothing else.
    await page.getByTestId("action-requestReply").click();
    const date = await inputOf(page, "field-replyRequestDate");
    await date.click();
    await date.fill(today);
    await date.press("Enter");
    await page.waitForTimeout(1500);
    expect(await page.getByTestId("action-submit").isVisible()).toBe(true);
    expect(await stateOf(page)).toContain("已受理");
    expect(await storedState(page, caseUrl)).toBe("accepted");
    await page.screenshot({ path: "test-results/records-action-dialog.png" });
    // A follow-up started elsewhere shows on the case's page once an action is taken, unreloaded.
    const followUp = await followUpOf(caseUrl);
    const linked = page.getByTestId(`linked-followUp-${String(followUp)}`);
    expect(await linked.count()).toBe(0);
    await page.getByTestId("action-submit").click();
    await expect.poll(() => stateOf(page)).toContain("待答复");
    expect(await storedState(page, caseUrl)).toBe("replyRequested");
    await linked.waitFor();
    expect(await linked.innerText()).toContain("按期提出书面答复");

    // The history names the clerk, and 受理 lists only what it changed (not 普通程序 → 普通程序).
    const history = page.getByTestId("history");
    await expect.poll(() => history.getByTestId("history-actor").count()).toBe(3);
    const actors = await history.getByTestId("history-actor").allInnerTexts();
    expect(new Set(actors)).toEqual(new Set(["王晓东"]));
    const accepted = await history
      .locator(".history-entry")
      .filter({ has: page.locator(".history-action", { hasText: /^受理$/ }) })
      .innerText();
    expect(accepted).toContain("受理日期");
    expect(accepted).not.toContain("审理程序");
    expect(await history.innerText()).not.toContain("sfj_clerk");
    await page.screenshot({ path: "test-results/records-history.png", fullPage: true });
    await page.close();
  });

  it("gives the leader no 新建 and no full numbers; deadlines only where types have clocks", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await signIn(page, server.url, "leader");
    await page.goto(`${server.url}/records/reconsideration`);
    await page.getByTestId("record-list").waitFor();
    await page.getByTestId("record-export").waitFor();
    expect(await page.getByTestId("record-new").count()).toBe(0);
    expect(await page.getByTestId("filter-overdue").count()).toBe(1);
    expect(await page.locator(".ant-table-thead th", { hasText: "期限" }).count()).toBe(1);

    await page.goto(caseUrl);
    await page.getByTestId("clocks").waitFor();
    expect(await page.getByTestId("value-applicantIdNumber").innerText()).toContain("********");
    expect(await page.getByTestId("record-reveal").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain(ID);

    await page.goto(`${server.url}/records/lecturer`);
    await page.getByTestId("record-list").locator("tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("filter-overdue").count()).toBe(0);
    expect(await page.locator(".ant-table-thead th", { hasText: "期限" }).count()).toBe(0);
    expect(await page.getByTestId("record-new").count()).toBe(0);
    await page.close();
  });

  it("fits every list into 1366 px without a sideways scroll", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await signIn(page, server.url, "fzb");
    const types = await page.evaluate(async () => {
      const response = await fetch("/api/types", { credentials: "same-origin" });
      return ((await response.json()) as { types: { id: string }[] }).types.map((t) => t.id);
    });
    expect(types).toContain("mediation");
    for (const type of types) {
      await page.goto(`${server.url}/records/${type}`);
      await page.getByTestId("record-list").locator("tr.ant-table-row").first().waitFor();
      const overflow = (node: { scrollWidth: number; clientWidth: number }) =>
        node.scrollWidth - node.clientWidth;
      const widths = {
        page: await page.locator("html").evaluate(overflow),
        table: await page.locator(".list-table .ant-table-content").evaluate(overflow),
      };
      expect({ type, ...widths }).toEqual({ type, page: 0, table: 0 });
      if (type === "mediation")
        await page.screenshot({ path: "test-results/records-mediation.png" });
    }
    await page.close();
  });
});
