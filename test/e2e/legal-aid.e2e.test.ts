// Browser journey: one legal aid case from application to closing, each step by the centre's staff
// whose role the law gives it (the clerk files and handles, the reviewer decides).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idNumberCheckCharacter } from "../../src/kernel/codes.js";
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

async function switchUser(page: Page, username: string, caseUrl: string) {
  await page.getByTestId("logout").click();
  await signIn(page, server.url, username);
  await page.goto(caseUrl);
  await page.getByTestId("clocks").waitFor();
}

const stateOf = (page: Page) => page.getByTestId("record-state").innerText();

describe("legal aid journey", () => {
  it("takes a migrant worker's wage claim from application to closing", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "fly_clerk");
    await page.goto(`${server.url}/records/legalAid`);
    await page.getByTestId("record-new").click();
    await fill(page, "field-applicantName", "郭志强");
    const first17 = "14108119790305123";
    await fill(page, "field-applicantIdNumber", `${first17}${idNumberCheckCharacter(first17)}`);
    await choose(page, "field-aidOrg", "侯马市法律援助中心", { search: true });
    await choose(page, "field-source", "当事人申请");
    await choose(page, "field-caseCategory", "民事");
    await choose(page, "field-matter", "追索劳动报酬");
    await fill(
      page,
      "field-caseSummary",
      "申请人在某建筑工地务工，被拖欠工资18600元，申请法律援助追索劳动报酬。",
    );
    await page.getByTestId("field-isMigrantWorker").click();
    await typeDate(page, "field-receivedDate", "2026-11-23");
    await page.getByTestId("record-submit").click();
    await page.getByTestId("clocks").waitFor();
    const caseUrl = page.url();
    expect(await stateOf(page)).toContain("待审查");
    expect(await page.getByTestId("clock-examination").innerText()).toContain("届满日");

    await switchUser(page, "fly_reviewer", caseUrl);
    await takeAction(page, "grant", () => typeDate(page, "field-grantDate", "2026-11-24"));
    expect(await stateOf(page)).toContain("待指派");
    await page.getByTestId("clock-explain-designation").click();
    expect(await page.getByTestId("clock-steps-designation").innerText()).toContain("法律援助法");

    await switchUser(page, "fly_clerk", caseUrl);
    await takeAction(page, "designate", async () => {
      await typeDate(page, "field-designatedDate", "2026-11-25");
      await choose(page, "field-assigneeKind", "律师");
      await fill(page, "field-assigneeName", "王律师");
      await fill(page, "field-assigneeFirm", "山西晋南律师事务所");
    });
    expect(await stateOf(page)).toContain("已指派");
    await takeAction(page, "startHandling", () =>
      typeDate(page, "field-handlingStartDate", "2026-11-25"),
    );
    expect(await stateOf(page)).toContain("承办中");
    await takeAction(page, "close", async () => {
      await choose(page, "field-closingResult", "请求获得支持");
      await typeDate(page, "field-closedDate", "2026-11-26");
    });
    expect(await stateOf(page)).toContain("已结案");
    expect(await page.getByTestId("record-edit").count()).toBe(0);
    await page.screenshot({ path: "test-results/legal-aid-closed.png", fullPage: true });
    await page.close();
  });
});
