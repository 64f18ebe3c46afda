// Browser journey: a normative document from draft to repeal. The justice bureau's clerk drafts
// it, puts it out for comment and sends it for legality review from the document's page; the
// bureau's reviewer concludes the review; the collective discussion is recorded, the document is
// registered (三统一 number) and issued, published on the portal with its number and status 有效;
// later repealed, and the portal shows 已废止 on the published text.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./server.js";
import { choose, fill, signIn, takeAction, typeDate } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const TITLE = "侯马市行政调解工作规定";

async function switchUser(page: Page, username: string, url: string) {
  await page.getByTestId("logout").click();
  await signIn(page, server.url, username);
  await page.goto(url);
  await page.getByTestId("record-state").waitFor();
}

const stateOf = (page: Page) => page.getByTestId("record-state").innerText();

/** The portal column of normative documents, and the item of this document in it. */
async function portalItem(page: Page) {
  await page.goto(`${server.url}/portal`);
  await page.getByRole("link", { name: "行政规范性文件" }).click();
  await page.getByRole("textbox", { name: "搜索" }).fill(TITLE);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/q=/);
  return page.locator("ul[data-column=normativeDocument] li", { hasText: TITLE });
}

describe("normative document journey", () => {
  it("drafts, reviews, discusses, registers, publishes and repeals a document", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "sfj_clerk");
    await page.goto(`${server.url}/records/normativeDocument`);
    await page.getByTestId("record-new").click();
    await fill(page, "field-title", TITLE);
    await choose(page, "field-draftingOrg", "侯马市司法局", { search: true });
    await choose(page, "field-supervisingOrg", "侯马市司法局", { search: true });
    await choose(page, "field-issuingBody", "市人民政府办公室");
    await typeDate(page, "field-draftedOn", "2026-09-14");
    await fill(page, "field-basis", "《中华人民共和国人民调解法》《山西省多元化解纠纷条例》");
    await choose(page, "field-commentMode", "公开征求意见");
    await page.getByTestId("record-submit").click();
    await page.getByTestId("record-state").waitFor();
    const documentUrl = page.url();
    expect(await stateOf(page)).toContain("起草中");

    await takeAction(page, "openComment", () =>
      typeDate(page, "field-commentStartOn", "2026-10-12"),
    );
    expect(await stateOf(page)).toContain("征求意见中");
    await takeAction(page, "closeComment", async () => {
      await typeDate(page, "field-commentEndOn", "2026-10-23");
      await fill(page, "field-commentsReceived", "5");
      await fill(page, "field-commentsAdopted", "2");
    });
    await takeAction(page, "submitForReview", () =>
      typeDate(page, "field-reviewRequestedOn", "2026-10-26"),
    );
    expect(await stateOf(page)).toContain("合法性审核中");
    // The discussion's checklist: the comment ran its 7 working days, the review is still missing.
    const checklist = page.getByTestId("checklist-discuss");
    await checklist.waitFor();
    expect(
      await checklist.getByTestId("checklist-item-publicComment").getAttribute("data-met"),
    ).toBe("true");
    expect(
      await checklist.getByTestId("checklist-item-legalityReview").getAttribute("data-met"),
    ).toBe("false");
    await page.screenshot({
      path: "test-results/normative-document-checklist.png",
      fullPage: true,
    });

    // The review's create button on the document's page, from the link field's startLabel.
    const start = page.getByTestId("start-legalityReview");
    expect(await start.innerText()).toContain("送请合法性审核");
    await start.click();
    await fill(page, "field-subjectTitle", `《${TITLE}》（送审稿）`);
    await choose(page, "field-subjectKind", "政府文件草案");
    await page.getByTestId("field-isNormative").click();
    await choose(page, "field-requestingOrg", "侯马市司法局", { search: true });
    await choose(page, "field-reviewingOrg", "侯马市司法局", { search: true });
    await typeDate(page, "field-receivedOn", "2026-10-26");
    await page.getByTestId("record-submit").click();
    await page.getByTestId("record-state").waitFor();
    const reviewUrl = page.url();
    expect(await page.getByTestId("value-subject").innerText()).toContain(TITLE);

    await switchUser(page, "sfj_reviewer", reviewUrl);
    await takeAction(page, "conclude", async () => {
      await choose(page, "field-conclusion", "合法，同意按程序提交");
      await fill(
        page,
        "field-opinion",
        "经审核，该草案制定主体适格、程序合法、内容合法，同意提交审议。",
      );
      await typeDate(page, "field-concludedOn", "2026-10-30");
    });
    expect(await stateOf(page)).toContain("已出具审核意见");

    await switchUser(page, "sfj_clerk", documentUrl);
    await expect
      .poll(() => page.getByTestId("linked-records").innerText())
      .toContain("已出具审核意见");
    await expect
      .poll(() => page.getByTestId("checklist-item-legalityReview").getAttribute("data-met"))
      .toBe("true");
    await takeAction(page, "discuss", async () => {
      await typeDate(page, "field-discussedOn", "2026-11-05");
      await fill(page, "field-discussionSession", "2026年第21次市政府常务会议");
      await choose(page, "field-discussionResult", "审议通过");
    });
    expect(await stateOf(page)).toContain("已集体审议");
    await takeAction(page, "register", async () => {
      await typeDate(page, "field-registeredOn", "2026-11-10");
      await fill(page, "field-issuingNumber", "侯政办发〔2026〕31号");
    });
    const number = await page.getByTestId("value-registrationNumber").innerText();
    expect(number).toMatch(/^侯规〔2026〕\d+号$/);
    await takeAction(page, "issue", async () => {
      await typeDate(page, "field-publishedOn", "2026-11-12");
      await typeDate(page, "field-effectiveOn", "2026-12-01");
      await choose(page, "field-status", "有效");
    });
    expect(await stateOf(page)).toContain("有效");
    expect(await page.getByTestId("clock-filing").innerText()).toContain("届满日");
    expect(await page.getByTestId("clock-validity").innerText()).toContain("2031");

    await page.getByTestId("publication-publish").click();
    await expect.poll(() => page.getByTestId("publication-status").innerText()).toBe("已公开");
    await page.screenshot({
      path: "test-results/normative-document-published.png",
      fullPage: true,
    });

    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await visitorContext.newPage();
    const listed = await portalItem(visitor);
    expect(await listed.count()).toBe(1);
    expect(await listed.innerText()).toContain(number);
    expect(await listed.innerText()).toContain("有效");
    await listed.locator("a").first().click();
    await visitor.locator("dl.public").waitFor();
    const detailUrl = visitor.url();
    const detail = await visitor.locator("main").innerText();
    expect(detail).toContain(number);
    expect(detail).toContain("侯政办发〔2026〕31号");
    expect(detail).toContain("有效");
    await visitor.screenshot({
      path: "test-results/normative-document-portal.png",
      fullPage: true,
    });

    await takeAction(page, "repeal", async () => {
      await typeDate(page, "field-repealedOn", "2026-11-30");
      await fill(page, "field-repealNumber", "侯政办发〔2026〕35号");
      await fill(page, "field-repealReason", "上位法修订，本规定内容已被新规定替代");
    });
    expect(await stateOf(page)).toContain("已废止");
    await visitor.goto(detailUrl);
    const repealed = await visitor.locator("main").innerText();
    expect(repealed).toContain("已废止");
    expect(repealed).toContain("侯政办发〔2026〕35号");
    expect(await (await portalItem(visitor)).innerText()).toContain("已废止");
    await visitor.screenshot({
      path: "test-results/normative-document-repealed.png",
      fullPage: true,
    });
    await visitorContext.close();
    await page.close();
  });
});
