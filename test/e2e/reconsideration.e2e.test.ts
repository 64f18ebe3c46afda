// Browser journey: a clerk files a case, meets a field error, fixes it, accepts the case and reads
// the statutory deadline with its explanation; a township clerk cannot open the city's case.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idNumberCheckCharacter } from "../../src/kernel/codes.js";
import { launchBrowser } from "./server.js";
import { choose, inputOf, signIn as signInAt, typeDate } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const signIn = (page: Parameters<typeof signInAt>[0], username: string) =>
  signInAt(page, server.url, username);

describe("reconsideration journey", () => {
  it("files, corrects (the review restarts), accepts and explains the decision deadline; a township clerk is kept out", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, "sfj_clerk");
    await page.getByTestId("record-new").click();
    await (await inputOf(page, "field-applicantName")).fill("韩立新");
    await choose(page, "field-applicantKind", "自然人");
    const first17 = "14108119850612031";
    const wrongCheck = idNumberCheckCharacter(first17) === "1" ? "2" : "1";
    await (await inputOf(page, "field-applicantIdNumber")).fill(`${first17}${wrongCheck}`);
    await choose(page, "field-handlingOrg", "侯马市司法局", { search: true });
    await choose(page, "field-respondentOrg", "侯马市市场监督管理局", { search: true });
    await choose(page, "field-actCategory", "行政处罚");
    await (
      await inputOf(page, "field-actDescription")
    ).fill("对申请人经营的超市作出罚款8000元的行政处罚决定");
    await typeDate(page, "field-receivedDate", "2026-11-20");
    await choose(page, "field-procedure", "普通程序");
    await page.getByTestId("record-submit").click();
    await expect.poll(() => page.getByText("不是有效的公民身份号码").count()).toBeGreaterThan(0);

    await (
      await inputOf(page, "field-applicantIdNumber")
    ).fill(`${first17}${idNumberCheckCharacter(first17)}`);
    await page.getByTestId("record-submit").click();
    await page.getByTestId("clocks").waitFor();
    const caseUrl = page.url();
    expect(await page.getByTestId("record-state").innerText()).toContain("已收到");

    // 第31条第3款: while the correction is awaited the review has no due date and says what restarts it.
    await page.getByTestId("action-requestCorrection").click();
    await typeDate(page, "field-correctionNoticeDate", "2026-11-23");
    await (await inputOf(page, "field-correctionItems")).fill("补充提交行政处罚决定书复印件");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("record-state").innerText()).toContain("补正中");
    const review = page.getByTestId("clock-acceptanceReview");
    await expect.poll(() => review.innerText()).toContain("恢复计算后重新推算");
    expect(await page.getByTestId("clock-pause-acceptanceReview").innerText()).toContain(
      "第31条第3款重新计算全部期间",
    );
    // Corrected 11-24 (Tue): 5 working days again from that day: 25, 26, 27, 30, 12-01.
    await page.getByTestId("action-submitCorrection").click();
    await typeDate(page, "field-correctionReceivedDate", "2026-11-24");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("record-state").innerText()).toContain("已收到");
    await expect.poll(() => review.innerText()).toContain("2026-12-01");

    await page.getByTestId("action-accept").click();
    await typeDate(page, "field-acceptedDate", "2026-11-24");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("record-state").innerText()).toContain("已受理");
    const decision = page.getByTestId("clock-decision");
    // 60 calendar days from 2026-11-24 is 2027-01-23, a Saturday in a year without a notice → Monday 01-25
    await expect.poll(() => decision.innerText()).toContain("2027-01-25");
    await page.getByTestId("clock-explain-decision").click();
    const steps = page.getByTestId("clock-steps-decision");
    await steps.waitFor();
    const text = await steps.innerText();
    expect(text).toContain("行政复议法");
    expect(text).toContain("顺延");
    await page.screenshot({ path: "test-results/reconsideration-accepted.png", fullPage: true });

    await page.getByTestId("logout").click();
    await signIn(page, "ld_clerk");
    await page.goto(caseUrl);
    await expect.poll(() => page.getByText("不存在或无权查看").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("clocks").count()).toBe(0);
    await page.close();
  });
});
