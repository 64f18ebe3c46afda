// Browser journey: the rule-of-law office opens a leader's instruction and starts two follow-ups
// from its page (发起督办) for two departments; the justice bureau's clerk reports progress and
// completes one with an evidence file, and the office accepts it; the other passes its due date and
// shows on the office's follow-up list filtered to overdue; the instruction's page lists both.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pdfBytes } from "../support/files.js";
import { launchBrowser } from "./server.js";
import { choose, fill, signIn, takeAction, typeDate } from "./ui.js";

const url = inject("platformUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Waits for what the server is still computing: other journeys share its one database. */
const PATIENT = { timeout: 20_000 };

/** Days from today in China Standard Time, the server's calendar. */
const day = (offset: number): string =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function pageOf(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, url, username);
  return page;
}

/** An instruction registered through the API with the page's session (its form is generic). */
async function registerInstruction(page: Page): Promise<number> {
  const me = await page.request.get(`${url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const orgs = (await (await page.request.get(`${url}/api/orgs/options`)).json()) as {
    items: { id: number; code: string }[];
  };
  const created = await page.request.post(`${url}/api/records/instruction`, {
    headers: { "x-csrf-token": csrfToken },
    data: {
      values: {
        leaderRole: "mayor",
        leaderName: "韩立新",
        instructedOn: day(-10),
        subject: "关于行政执法“三项制度”落实情况的督查报告",
        instructionText: "问题要限期整改，依法治市办跟踪督办。",
        isRuleOfLaw: true,
        registeringOrg: orgs.items.find((org) => org.code === "141081-C01")?.id,
      },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

async function startFollowUp(
  page: Page,
  instructionUrl: string,
  input: { task: string; org: string; dueDate: string },
): Promise<string> {
  await page.goto(instructionUrl);
  await page.getByTestId("start-followUp").click();
  await page.getByTestId("field-task").waitFor();
  // The form arrives with the instruction as its source.
  await expect
    .poll(() => page.getByTestId("field-source").innerText(), PATIENT)
    .toContain("行政执法");
  await fill(page, "field-task", input.task);
  await choose(page, "field-assignedOrg", input.org, { search: true });
  await choose(page, "field-assigningOrg", "中共侯马市委全面依法治市委员会办公室", {
    search: true,
  });
  await typeDate(page, "field-assignedOn", day(-9));
  await typeDate(page, "field-dueDate", input.dueDate);
  await page.getByTestId("record-submit").click();
  await page.getByTestId("clocks").waitFor();
  return page.url();
}

const stateOf = (page: Page) => page.getByTestId("record-state").innerText();

describe("follow-up journey", () => {
  it("starts two follow-ups from an instruction; one is completed with evidence, one goes overdue", async () => {
    const office = await pageOf("fzb");
    const instructionUrl = `${url}/records/instruction/${String(await registerInstruction(office))}`;
    const doneUrl = await startFollowUp(office, instructionUrl, {
      task: "完善行政执法全过程记录制度",
      org: "侯马市司法局",
      dueDate: day(20),
    });
    expect(await office.getByTestId("clock-set-by-followUpDue").innerText()).toBe(
      `督办期限由交办单位确定：${day(20)}`,
    );
    const lateUrl = await startFollowUp(office, instructionUrl, {
      task: "整改市场监管领域执法公示不及时问题",
      org: "侯马市市场监督管理局",
      dueDate: day(-2),
    });
    expect(await office.getByTestId("clock-tone-followUpDue").innerText()).toContain("逾期");
    await office.screenshot({ path: "test-results/follow-up-overdue.png", fullPage: true });

    // The justice bureau's clerk reports progress, uploads the evidence and reports completion.
    const clerk = await pageOf("sfj_clerk");
    await clerk.goto(doneUrl);
    await clerk.getByTestId("clocks").waitFor();
    // The clerk may not open the instruction: its number shows, not its subject.
    expect(await clerk.getByTestId("value-source").innerText()).toMatch(/^侯批〔\d{4}〕\d+号$/);
    // 报告进展 stays open after it is taken (more reports follow): wait for the dialog to close.
    await clerk.getByTestId("action-reportProgress").click();
    await typeDate(clerk, "field-progressOn", day(-3));
    await fill(clerk, "field-progressText", "已梳理执法环节，正在修订记录制度。");
    await clerk.getByTestId("action-submit").click();
    await clerk.getByTestId("action-submit").waitFor({ state: "detached" });
    expect(await stateOf(clerk)).toContain("办理中");
    // The page has taken in the report (its history reloaded) before the file goes up.
    await expect
      .poll(() => clerk.getByTestId("history").innerText(), PATIENT)
      .toContain("报告进展");
    const uploaded = clerk.waitForResponse(
      (response) =>
        response.url().endsWith("/attachments/evidence") && response.request().method() === "POST",
    );
    await clerk.getByTestId("upload-input-evidence").setInputFiles({
      name: "执法全过程记录制度.pdf",
      mimeType: "application/pdf",
      buffer: pdfBytes(2_000),
    });
    expect((await uploaded).status()).toBe(201);
    await expect
      .poll(() => clerk.getByTestId("attachments-evidence").innerText(), PATIENT)
      .toContain("执法全过程记录制度.pdf");
    await takeAction(clerk, "complete", async () => {
      await typeDate(clerk, "field-completedOn", day(-1));
      await fill(clerk, "field-completionText", "制度已修订印发，附文件。");
    });
    expect(await stateOf(clerk)).toContain("待确认办结");
    await expect
      .poll(() => clerk.getByTestId("history").innerText(), PATIENT)
      .toContain("报告办结");
    await clerk.screenshot({ path: "test-results/follow-up-completed.png", fullPage: true });
    // The market bureau's follow-up is not the justice bureau's to see.
    await clerk.goto(lateUrl);
    await expect
      .poll(() => clerk.getByText("不存在或无权查看").count(), PATIENT)
      .toBeGreaterThan(0);
    await clerk.context().close();

    // The office accepts the completion.
    await office.goto(doneUrl);
    await takeAction(office, "accept", async () => {
      await typeDate(office, "field-acceptedOn", day(0));
      await fill(office, "field-acceptanceNote", "材料齐全，同意办结。");
    });
    expect(await stateOf(office)).toContain("已办结");
    expect(await office.getByTestId("clock-tone-followUpDue").innerText()).toContain("按期");

    // The overdue one is on the office's follow-up list filtered to overdue.
    await office.goto(`${url}/records/followUp`);
    // The list says how many are overdue; the button filters to them.
    await expect
      .poll(() => office.getByTestId("overdue-count").innerText(), PATIENT)
      .toMatch(/逾期 \d+ 件/);
    await office.getByTestId("overdue-count").click();
    await expect.poll(() => office.url(), PATIENT).toContain("overdue=true");
    expect(await office.getByTestId("filter-overdue").getAttribute("aria-checked")).toBe("true");
    const list = office.getByTestId("record-list");
    await expect
      .poll(() => list.innerText(), PATIENT)
      .toContain("整改市场监管领域执法公示不及时问题");
    expect(await list.innerText()).not.toContain("完善行政执法全过程记录制度");
    await office.screenshot({ path: "test-results/follow-up-overdue-list.png", fullPage: true });

    // The instruction's page lists both follow-ups with their states.
    await office.goto(instructionUrl);
    const linked = office.getByTestId("linked-records");
    await expect.poll(() => linked.innerText(), PATIENT).toContain("已办结");
    const text = await linked.innerText();
    expect(text).toContain("完善行政执法全过程记录制度");
    expect(text).toContain("整改市场监管领域执法公示不及时问题");
    expect(text).toContain("已交办");
    expect(text).toContain("已逾期");
    await office.screenshot({ path: "test-results/follow-up-instruction.png", fullPage: true });
    await office.context().close();
  });
});
