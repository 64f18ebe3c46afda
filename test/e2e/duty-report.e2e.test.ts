// Browser journey: the rule-of-law office puts a township on a year's 述法 plan, the township's
// clerk submits its report (and cannot mark it), the office evaluates it with its panel entered
// as rows of the evaluators table.
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

const pageAs = async (username: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await signIn(page, server.url, username);
  return page;
};

describe("duty report journey", () => {
  it("plans, submits and evaluates a township's 述法 report", async () => {
    const office = await pageAs("fzb");
    await office.goto(`${server.url}/records/dutyReport`);
    await office.getByTestId("record-new").click();
    await choose(office, "field-org", "路东街道", { search: true });
    await fill(office, "field-year", "2022");
    await typeDate(office, "field-plannedOn", "2022-11-07");
    await office.getByTestId("record-submit").click();
    await office.getByTestId("record-state").waitFor();
    expect(await office.getByTestId("record-state").innerText()).toContain("待述法");
    const recordUrl = office.url();

    const clerk = await pageAs("ld_clerk");
    await clerk.goto(recordUrl);
    await takeAction(clerk, "submitReport", async () => {
      await fill(clerk, "field-reporterName", "闫长青");
      await fill(clerk, "field-reporterPost", "党工委书记");
      await choose(clerk, "field-mode", "书面述法");
      await typeDate(clerk, "field-submittedOn", "2022-12-01");
    });
    await expect.poll(() => clerk.getByTestId("record-state").innerText()).toContain("已报送");
    expect(await clerk.getByTestId("action-evaluate").count()).toBe(0);
    await clerk.close();

    await office.reload();
    await takeAction(office, "evaluate", async () => {
      await typeDate(office, "field-evaluatedOn", "2022-12-20");
      await fill(office, "field-score", "92");
      await choose(office, "field-grade", "好");
      if ((await office.getByTestId("field-evaluators-1-name").count()) === 0)
        await office.getByTestId("rows-evaluators-add").click();
      await fill(office, "field-evaluators-1-name", "郭振华");
      await fill(office, "field-evaluators-1-post", "市人大常委会法工委主任");
      await fill(office, "field-evaluators-1-score", "92");
      await choose(office, "field-evaluators-1-grade", "好");
    });
    await expect.poll(() => office.getByTestId("record-state").innerText()).toContain("已测评");
    expect(await office.getByTestId("value-evaluators-1-name").innerText()).toBe("郭振华");
    await office.screenshot({ path: "test-results/duty-report-evaluated.png", fullPage: true });
    await office.close();
  });
});
