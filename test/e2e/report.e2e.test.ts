// Browser journey: the rule-of-law office reads the demo city's 2023 figures, drills into the
// records behind one, and edits the 2023 annual report, where a typed figure is offered back as
// the indicator that gives it, and a figure inserted with a format prints as the format says.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./server.js";
import { choose, signIn } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("annual report journey", () => {
  it("reads 2023 figures, drills down, and turns a typed number into its indicator", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "fzb");

    await page.getByRole("menuitem", { name: "指标统计" }).click();
    await choose(page, "indicator-org", "侯马市人民政府");
    await choose(page, "indicator-year", "2023年");
    await page.getByTestId("indicator-period").filter({ hasText: "2023-01-01" }).waitFor();
    expect(await page.getByTestId("indicator-reconsideration.cases").innerText()).toBe("68");
    expect(await page.getByTestId("indicator-legalAid.cases").innerText()).toBe("150");
    expect(await page.getByTestId("indicator-leadership.instructions").innerText()).toBe("8");
    // A missing figure reads as its Chinese label; the key is not on the screen.
    const missing = await page.getByTestId("indicator-missing").innerText();
    expect(missing).toContain("市级综合行政执法队领域数");
    expect(missing).not.toContain("enforcement.teams");
    expect(await page.getByTestId("indicator-missing-enforcement.teams").innerText()).toBe(
      "市级综合行政执法队领域数",
    );

    await page.getByTestId("indicator-mediation.cases").click();
    await page.getByTestId("drill-total").filter({ hasText: /^\d+$/ }).waitFor();
    expect(await page.getByTestId("drill-title").innerText()).toBe("人民调解组织调处纠纷数");
    expect(await page.getByTestId("drill-total").innerText()).toBe("943");
    expect(await page.getByTestId("drill-list").locator("tbody tr").count()).toBe(20);

    await page.getByRole("menuitem", { name: "年度报告" }).click();
    await page
      .getByTestId("report-list")
      .getByRole("link", { name: "侯马市2023年法治政府建设年度报告" })
      .click();
    await page.getByTestId("report-editor").waitFor();
    expect(await page.getByTestId("report-status").innerText()).toContain("草稿");
    expect(await page.getByTestId("report-missing-enforcement.teams").innerText()).toBe(
      "市级综合行政执法队领域数",
    );
    expect(await page.getByTestId("report-problems").innerText()).not.toMatch(/[a-z]\.[a-z]/i);
    expect(await page.getByTestId("figure-chip-enforcement.teams").first().innerText()).toBe(
      "市级综合行政执法队领域数 · 暂无数据来源",
    );

    const part = page.getByTestId("report-part-measures.disputes");
    await page.getByTestId("paragraph-add-measures.disputes").click();
    await page
      .getByTestId("paragraph-new-measures.disputes-input")
      .fill("本年度复议案件共68件，同比明显增加。");
    await page.getByTestId("paragraph-new-measures.disputes-save").click();
    const offer = page.getByTestId("bare-number-offer");
    await offer.waitFor();
    expect(await offer.innerText()).toContain("68");
    await offer.getByTestId("bare-number-accept-reconsideration.cases").click();
    await page.getByTestId("paragraph-new-measures.disputes-editor").waitFor({ state: "detached" });

    const saved = part.locator(".paragraph", { hasText: "同比明显增加" });
    await saved.waitFor();
    expect(await saved.getByTestId("figure-chip-reconsideration.cases").innerText()).toBe(
      "办理行政复议案件数 · 68",
    );
    expect(await saved.innerText()).not.toMatch(/共68件/);
    await page.screenshot({ path: "test-results/report-editor.png" });

    // A figure inserted with a format: its chip names the format and prints as the report will;
    // a unit typed after a figure that is not its unit shows on the chip before saving.
    await page.getByTestId("paragraph-add-measures.disputes").click();
    const input = page.getByTestId("paragraph-new-measures.disputes-input");
    const editor = page.getByTestId("paragraph-new-measures.disputes-editor");
    await input.fill("全年办理行政复议案件");
    await choose(page, "paragraph-new-measures.disputes-figure-format", "中文数字带单位（十一次）");
    await choose(page, "paragraph-new-measures.disputes-figure", "办理行政复议案件数（68件）", {
      search: true,
    });
    expect(await input.inputValue()).toBe("全年办理行政复议案件{{reconsideration.cases|cn|unit}}");
    const chip = editor.getByTestId("figure-chip-reconsideration.cases");
    expect(await chip.innerText()).toBe("办理行政复议案件数·中文·带单位 · 六十八件");
    await editor.screenshot({ path: "test-results/report-figure-format.png" });
    await input.fill("全年办理行政复议案件{{reconsideration.cases}}人。");
    expect(await chip.innerText()).toBe("办理行政复议案件数 · 指标的单位是“件”，段落中写作“人”");
    await input.fill("全年办理行政复议案件{{reconsideration.cases|cn|unit}}。");
    await page.getByTestId("paragraph-new-measures.disputes-save").click();
    await editor.waitFor({ state: "detached" });
    const formatted = part.locator(".paragraph", { hasText: "全年办理行政复议案件" });
    expect(await formatted.getByTestId("figure-chip-reconsideration.cases").innerText()).toBe(
      "办理行政复议案件数·中文·带单位 · 六十八件",
    );

    // The preview marks a missing figure by its label, as the Word draft does.
    const reportPath = new URL(page.url()).pathname;
    const preview = await page.request.get(`${server.url}/api${reportPath}/preview`);
    const html = await preview.text();
    expect(html).toContain("〔缺少数据：市级综合行政执法队领域数〕");
    expect(html).not.toContain("〔缺少数据：licensing");
    await page.close();
  });
});
