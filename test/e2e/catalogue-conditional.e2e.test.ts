// Browser journey: an enterprise files for reconsideration. The form asks for the ID number only of
// a natural person, and for the credit code and the industry only of an organisation; the industry is
// found by typing part of its name, and the case shows it as "52 零售业" without an ID number line.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { creditCodeCheckCharacter } from "../../src/kernel/codes.js";
import { launchBrowser } from "./server.js";
import { choose, fill, signIn, typeDate } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const CREDIT_CODE = "91141081MA0K7Q8R3" + creditCodeCheckCharacter("91141081MA0K7Q8R3");

describe("conditional fields and a catalogue picker", () => {
  it("asks for what the applicant's kind needs and picks the industry by name", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, "sfj_clerk");
    await page.getByTestId("record-new").click();
    await fill(page, "field-applicantName", "侯马市惠民百货有限公司");
    // Nothing about the applicant's identity is asked before its kind is known.
    expect(await page.getByTestId("field-applicantIdNumber").count()).toBe(0);
    expect(await page.getByTestId("field-applicantCreditCode").count()).toBe(0);

    await choose(page, "field-applicantKind", "自然人");
    await page.getByTestId("field-applicantIdNumber").waitFor();
    expect(await page.getByTestId("field-applicantIndustry").count()).toBe(0);

    await choose(page, "field-applicantKind", "法人或其他组织");
    await page.getByTestId("field-applicantIdNumber").waitFor({ state: "detached" });
    await fill(page, "field-applicantCreditCode", CREDIT_CODE);
    await page.getByTestId("field-applicantIndustry").click();
    await page.keyboard.type("零售");
    const dropdown = page.locator(".ant-select-dropdown:visible");
    // The section 批发和零售业 is listed but cannot be chosen; its division can.
    await expect
      .poll(() => dropdown.locator(".ant-select-item-option-disabled").innerText())
      .toBe("F 批发和零售业");
    await page.screenshot({ path: "test-results/catalogue-picker.png" });
    await dropdown.getByText("52 零售业", { exact: true }).click();
    await dropdown.waitFor({ state: "hidden" });

    await choose(page, "field-respondentOrg", "侯马市市场监督管理局", { search: true });
    await choose(page, "field-actCategory", "行政处罚");
    await fill(page, "field-actDescription", "对申请人销售过期食品作出罚款20000元的行政处罚决定");
    await typeDate(page, "field-receivedDate", "2026-11-30");
    await choose(page, "field-procedure", "普通程序");
    await page.getByTestId("record-submit").click();
    await page.getByTestId("clocks").waitFor();

    expect(await page.getByTestId("value-applicantIndustry").innerText()).toBe("52 零售业");
    expect(await page.getByTestId("value-applicantCreditCode").innerText()).toBe(CREDIT_CODE);
    expect(await page.getByTestId("value-applicantIdNumber").count()).toBe(0);
    await page.screenshot({ path: "test-results/catalogue-detail.png", fullPage: true });
    await page.close();
  });
});
