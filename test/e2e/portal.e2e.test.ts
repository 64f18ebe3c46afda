// Browser journey: a reconsideration reviewer publishes a decided case; a visitor without login
// finds it in the portal's 行政复议决定书 column by its number, the applicant's name masked; the
// reviewer withdraws it and the visitor no longer finds it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { maskPersonName } from "../../src/kernel/publication.js";
import { launchBrowser } from "./server.js";
import { signIn } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Listed {
  id: number;
  recordNumber: string;
  values: Record<string, unknown>;
}

/** A closed case of the demo whose decision the office has not yet published. */
async function unpublishedDecision(page: Page): Promise<Listed> {
  const list = await page.request.get(
    `${server.url}/api/records/reconsideration?state=closed&sort=receivedDate&order=desc&pageSize=20`,
  );
  expect(list.ok()).toBe(true);
  for (const item of ((await list.json()) as { items: Listed[] }).items) {
    const status = await page.request.get(
      `${server.url}/api/records/reconsideration/${String(item.id)}/publication`,
    );
    if (((await status.json()) as { canPublish: boolean }).canPublish) return item;
  }
  throw new Error("the demo has no unpublished decision");
}

async function searchPortal(page: Page, number: string) {
  await page.goto(`${server.url}/portal`);
  await page.getByRole("link", { name: "行政复议决定书" }).click();
  await page.getByRole("textbox", { name: "搜索" }).fill(number);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/q=/);
}

describe("publication to the public portal", () => {
  it("publishes a decision, shows it without login with the name masked, then withdraws it", async () => {
    const staff = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(staff, server.url, "sfj_reviewer");
    const decision = await unpublishedDecision(staff);
    const fullName = String(decision.values.applicantName);
    const masked = maskPersonName(fullName);
    await staff.goto(`${server.url}/records/reconsideration/${String(decision.id)}`);
    const card = staff.getByTestId("publication");
    await card.waitFor();
    expect(await staff.getByTestId("publication-status").innerText()).toBe("未公开");
    expect(await staff.getByTestId("clock-publication").innerText()).toContain("公开");
    await staff.getByTestId("publication-publish").click();
    await expect.poll(() => staff.getByTestId("publication-status").innerText()).toBe("已公开");
    await staff.getByTestId("publication-link").waitFor();
    // The history shows the publication with what was published (read again: no new version).
    await expect.poll(() => staff.getByTestId("history").innerText()).toContain("公开栏目");
    expect(await card.innerText()).toContain("陈静怡）");
    expect(await card.innerText()).not.toContain("sfj_reviewer");
    await staff.screenshot({ path: "test-results/portal-published-detail.png", fullPage: true });

    // A visitor: a fresh browser context, no session cookie.
    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/portal`);
    expect(await visitor.locator("ul[data-section=政府信息公开]").innerText()).toContain(
      "行政复议决定书",
    );
    await visitor.screenshot({ path: "test-results/portal-home.png", fullPage: true });
    await searchPortal(visitor, decision.recordNumber);
    const listed = visitor.locator("ul[data-column=reconsideration] li");
    expect(await listed.count()).toBe(1);
    expect(await listed.first().innerText()).toContain(decision.recordNumber);
    await visitor.screenshot({ path: "test-results/portal-column-search.png", fullPage: true });
    await listed.first().locator("a").first().click();
    await visitor.locator("dl.public").waitFor();
    const detailUrl = visitor.url();
    const text = await visitor.locator("main").innerText();
    expect(text).toContain(masked);
    expect(text).not.toContain(fullName);
    expect(text).toContain(decision.recordNumber);
    await visitor.screenshot({ path: "test-results/portal-item.png", fullPage: true });

    await staff.getByTestId("publication-withdraw").click();
    await staff.getByTestId("publication-reason").fill("决定书需更正后重新公开");
    await staff.getByTestId("publication-withdraw-submit").click();
    await expect.poll(() => staff.getByTestId("publication-status").innerText()).toBe("已撤回");
    await expect.poll(() => staff.getByTestId("history").innerText()).toContain("撤回原因");
    await staff.screenshot({ path: "test-results/portal-withdrawn-detail.png", fullPage: true });

    await searchPortal(visitor, decision.recordNumber);
    expect(await visitor.locator("ul[data-column=reconsideration] li").count()).toBe(0);
    expect(await visitor.locator("main").innerText()).toContain("没有找到符合条件的信息");
    const gone = await visitor.goto(detailUrl);
    expect(gone?.status()).toBe(404);
    expect(await visitor.getByTestId("portal-gone").innerText()).toContain("已撤回");
    await visitor.screenshot({ path: "test-results/portal-item-withdrawn.png", fullPage: true });
    await visitorContext.close();
    await staff.close();
  });
});
