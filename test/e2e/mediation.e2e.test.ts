// Browser journey: a mediator files a mediation case with three parties entered as rows of the
// parties table; a bad ID number in row 3 is refused on that row's cell; fixed, the case is saved
// and the detail page lists the three parties (numbers masked).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idNumberCheckCharacter } from "../../src/kernel/codes.js";
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

const idNumber = (first17: string) => `${first17}${idNumberCheckCharacter(first17)}`;
/** The same number with a wrong check character. */
const badIdNumber = (first17: string) =>
  `${first17}${idNumberCheckCharacter(first17) === "1" ? "2" : "1"}`;

describe("mediation journey", () => {
  it("files a case with three parties as rows, refusing a bad ID number on its row", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, server.url, "tj_mediator");
    await page.goto(`${server.url}/records/mediation`);
    await page.getByTestId("record-new").click();
    await choose(page, "field-committee", "侯马市道路交通事故纠纷人民调解委员会", {
      search: true,
    });
    await fill(page, "field-mediatorName", "吉春花");
    await choose(page, "field-disputeType", "道路交通事故纠纷");
    await choose(page, "field-source", "当事人申请");

    // Two rows are there from the start (at least two parties); the third is added.
    expect(await page.getByTestId("rows-parties").locator("tbody tr.ant-table-row").count()).toBe(
      2,
    );
    await page.getByTestId("rows-parties-add").click();
    const parties = [
      { name: "王秀兰", id: idNumber("34052419800101001"), phone: "13835712345" },
      { name: "李建国", id: idNumber("14108119850715003"), phone: "" },
      { name: "赵卫东", id: badIdNumber("14108119900202004"), phone: "13900001111" },
    ];
    for (const [index, party] of parties.entries()) {
      const row = String(index + 1);
      await fill(page, `field-parties-${row}-name`, party.name);
      await choose(page, `field-parties-${row}-kind`, "自然人");
      await fill(page, `field-parties-${row}-idNumber`, party.id);
      if (party.phone !== "") await fill(page, `field-parties-${row}-phone`, party.phone);
    }
    await fill(
      page,
      "field-disputeSummary",
      "三车在浍河路发生追尾事故，就车辆维修费、医疗费赔偿发生争议",
    );
    await typeDate(page, "field-acceptedDate", "2026-11-23");
    await page.getByTestId("record-submit").click();

    // The server names row 3's ID number; the message sits under that cell.
    const cell = page
      .getByTestId("rows-parties")
      .locator(".ant-form-item")
      .filter({ has: page.getByTestId("field-parties-3-idNumber") });
    const message = cell.locator(".ant-form-item-explain-error");
    await message.waitFor();
    expect(await message.innerText()).toContain("当事人第3行");
    expect(await message.innerText()).toContain("身份证号");
    await page.screenshot({ path: "test-results/mediation-row-error.png", fullPage: true });
    expect(page.url()).toMatch(/\/records\/mediation\/new$/);

    await fill(page, "field-parties-3-idNumber", idNumber("14108119900202004"));
    await page.getByTestId("record-submit").click();
    await page.getByTestId("clocks").waitFor();

    const shown = page.getByTestId("value-parties");
    expect(await shown.locator("tbody tr.ant-table-row").count()).toBe(3);
    expect(await page.getByTestId("value-parties-3-name").innerText()).toBe("赵卫东");
    expect(await page.getByTestId("value-parties-1-idNumber").innerText()).toBe(
      "340524********001X",
    );
    expect(await page.getByTestId("value-parties-2-kind").innerText()).toBe("自然人");
    expect(await page.getByTestId("record-title").innerText()).toContain("王秀兰、李建国、赵卫东");
    await page.screenshot({ path: "test-results/mediation-three-parties.png", fullPage: true });
    // The mediator may read the full numbers of the rows (audited), as of a top-level field.
    await page.getByTestId("record-reveal").click();
    await page.getByTestId("record-hide").waitFor();
    expect(await page.getByTestId("value-parties-3-idNumber").innerText()).toBe(
      idNumber("14108119900202004"),
    );
    await page.close();
  });
});
