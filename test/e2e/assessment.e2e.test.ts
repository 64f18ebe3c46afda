// Browser journey: the rule-of-law office opens the demo city's published 2023 assessment, reads
// the ranking, opens the market bureau's scorecard, finds the leader appearance item computed from
// its litigation records (value, threshold, points) and clicks through to those records; the
// bureau's own clerk sees the same scorecard but not the ranking.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./server.js";
import { fill, signIn } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const MARKET = "侯马市市场监督管理局";

describe("assessment journey", () => {
  it("goes from the ranking to a scorecard's computed item and the records behind it", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "fzb");
    await page.getByRole("menuitem", { name: "法治考核" }).click();
    await page.getByTestId("scheme-link-2023").click();
    expect(await page.getByTestId("scheme-status").innerText()).toBe("已发布");
    const ranking = page.getByTestId("ranking-table");
    await ranking.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await ranking.locator("tbody tr.ant-table-row").count()).toBe(25);
    await page.screenshot({ path: "test-results/assessment-ranking.png", fullPage: true });

    await ranking.getByRole("link", { name: MARKET }).click();
    await page.getByTestId("scorecard-title").filter({ hasText: MARKET }).waitFor();
    expect(await page.getByTestId("scorecard-rank").innerText()).toMatch(/^第\d+名$/);
    const row = page
      .getByTestId("scorecard-items")
      .locator("tr", { hasText: "行政机关负责人出庭应诉率不低于80%" });
    const value = await row.locator("[data-testid^=item-value-]").innerText();
    expect(value).toMatch(/^\d+(\.\d+)?% \/ ≥ 80%\s*(达标|未达标)$/);
    // all or nothing: 5 points when the rate reaches 80 %, none below (unless an objection was upheld)
    const score = await row.locator("[data-testid^=item-score-]").innerText();
    expect(score).toMatch(/^(5|0)\s*(自动计分|异议调整)$/);
    if (score.includes("自动计分")) expect(score.startsWith("5")).toBe(!value.endsWith("未达标"));
    await page.screenshot({ path: "test-results/assessment-scorecard.png", fullPage: true });

    await row.getByRole("link", { name: "查看业务记录" }).click();
    await page.getByTestId("drill-title").filter({ hasText: "行政机关负责人出庭应诉率" }).waitFor();
    expect(new URL(page.url()).searchParams.get("year")).toBe("2023");
    await page.getByTestId("ratio-part-litigation.firstHearings").click();
    await page.getByTestId("drill-total").filter({ hasText: /^\d+$/ }).waitFor();
    const total = Number(await page.getByTestId("drill-total").innerText());
    expect(total).toBeGreaterThan(0);
    expect(await page.getByTestId("drill-list").locator("tbody tr").count()).toBe(
      Math.min(total, 20),
    );
    expect(await page.getByTestId("drill-list").innerText()).toContain(MARKET);
    await page.screenshot({ path: "test-results/assessment-records.png", fullPage: true });

    // The published ranking on the public portal, without signing in.
    const portal = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await portal.goto(`${server.url}/portal/assessment`);
    const table = portal.locator("table.ranking[data-year='2023']");
    expect(await table.locator("tr[data-org]").count()).toBe(25);
    expect(await table.innerText()).toContain(MARKET);
    await portal.screenshot({ path: "test-results/assessment-portal.png", fullPage: true });
    await portal.close();
    await page.close();
  });

  it("shows a department its own scorecard, with the hand score's evidence, and no ranking", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "scj_clerk");
    await page.getByRole("menuitem", { name: "法治考核" }).click();
    await page.getByTestId("scheme-link-2023").click();
    await page.getByTestId("scheme-tree").waitFor();
    expect(await page.getByTestId("ranking-table").count()).toBe(0);
    await page.getByRole("link", { name: MARKET }).click();
    await page.getByTestId("scorecard-title").filter({ hasText: MARKET }).waitFor();
    const upheld = page.getByTestId("scorecard-items").getByText("异议成立");
    expect(await upheld.count()).toBeGreaterThan(0);
    const evidence = page.locator("[data-testid^=basis-score-]").first();
    expect(await evidence.innerText()).toMatch(/附件1个/);
    await evidence.click();
    await page.getByText("佐证材料-", { exact: false }).first().waitFor();
    await page.screenshot({ path: "test-results/assessment-evidence.png", fullPage: true });
    await page.close();
  });

  it("copies 2023 into a 2024 scheme and adds an item, a bad one refused on its fields", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "fzb");
    await page.getByRole("menuitem", { name: "法治考核" }).click();
    await fill(page, "scheme-year", "2024");
    await page.getByTestId("scheme-create").click();
    await page.getByTestId("scheme-status").filter({ hasText: "编制中" }).waitFor();
    const tree = page.getByTestId("scheme-tree");
    expect(await tree.innerText()).toContain("政府职能依法全面履行");
    expect(await page.getByText("考核方案（总分100分）").count()).toBe(1);

    await page.getByTestId("item-add-top").click();
    const dialog = page.getByRole("dialog");
    const save = dialog.locator(".ant-btn-primary");
    await save.click();
    await dialog.getByText("请填写项目名称").waitFor();
    expect(await dialog.innerText()).toContain("分值须为0至1000之间的数字");
    expect(await dialog.innerText()).toContain("人工评分项目须写明应提交的佐证材料");
    await fill(page, "item-label", "推进法治乡村建设");
    await fill(page, "item-points", "5");
    await fill(page, "item-evidence", "民主法治示范村名单");
    // A corrected field drops its error as it is edited (the message fades out, so wait for it);
    // the saved item closes the dialog.
    await expect.poll(() => dialog.getByText("请填写项目名称").count()).toBe(0);
    await save.click();
    await dialog.waitFor({ state: "hidden" });
    await tree.getByText("推进法治乡村建设").waitFor();
    expect(await page.getByText("考核方案（总分105分）").count()).toBe(1);
    await page.screenshot({ path: "test-results/assessment-editor.png", fullPage: true });
    await page.close();
  });
});
