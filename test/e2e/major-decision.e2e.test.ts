// Browser journey: a major decision cannot be closed for comment or decided before its procedure
// allows it, and the page says why (the steps missing, the earliest day the comment may end); once
// the comment has run its 30 days and a legality review found the draft lawful, it is decided.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deadlineFor } from "../../src/calendar/index.js";
import type { IsoDate } from "../../src/calendar/dates.js";
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

/** A day relative to today in Beijing time (YYYY-MM-DD). */
const day = (offset: number): string =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
/** The earliest day a comment opened on `start` may close (decision.publicComment, 30 days). */
function earliestEnd(start: string): string {
  const result = deadlineFor({ ruleId: "decision.publicComment", start: start as IsoDate });
  if (!result.ok) throw new Error(`no period from ${start}`);
  return result.value.due;
}

interface Api {
  readonly get: (path: string) => Promise<unknown>;
  readonly post: (path: string, data: unknown) => Promise<unknown>;
}
/** The record API with the page's session: setup the journey does not look at. */
async function apiOf(page: Page): Promise<Api> {
  const me = await page.request.get(`${url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return {
    get: async (path): Promise<unknown> =>
      (await page.request.get(`${url}${path}`)).json() as Promise<unknown>,
    post: async (path, data) => {
      const response = await page.request.post(`${url}${path}`, {
        headers: { "x-csrf-token": csrfToken },
        data,
      });
      if (response.status() >= 300) throw new Error(`${path}: ${await response.text()}`);
      return response.json() as Promise<unknown>;
    },
  };
}
type Record_ = { id: number; version: number; values: Record<string, unknown> };
const orgId = async (api: Api, code: string): Promise<number> => {
  const orgs = (await api.get("/api/orgs/options")) as { items: { id: number; code: string }[] };
  const found = orgs.items.find((org) => org.code === code);
  if (!found) throw new Error(`org ${code} missing`);
  return found.id;
};

const modalText = (page: Page) => page.locator(".ant-modal:visible").innerText();
const stateOf = (page: Page) => page.getByTestId("record-state").innerText();

/** Opens an action's dialog, fills it, submits, and expects the dialog to stay with a refusal. */
async function refused(
  page: Page,
  actionId: string,
  fillForm: () => Promise<void>,
): Promise<string> {
  await page.getByTestId(`action-${actionId}`).click();
  await fillForm();
  await page.getByTestId("action-submit").click();
  await expect.poll(() => modalText(page), { timeout: 10_000 }).toMatch(/不少于30日/);
  return modalText(page);
}
async function cancel(page: Page) {
  await page
    .locator(".ant-modal:visible")
    .getByRole("button", { name: /取\s*消/ })
    .click();
  await page.locator(".ant-modal:visible").waitFor({ state: "detached" });
}

async function fillMeeting(page: Page, decidedOn: string) {
  await choose(page, "field-meetingKind", "政府常务会议");
  await fill(page, "field-meetingName", "侯马市人民政府第24次常务会议");
  await typeDate(page, "field-decidedOn", decidedOn);
  await choose(page, "field-decisionResult", "审议通过");
  await fill(page, "field-dissent", "无");
}

describe("major decision journey", () => {
  it("refuses to close the comment or decide ten days into the comment, saying why", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, url, "fzb");
    const api = await apiOf(page);
    const list = (await api.get(
      `/api/records/majorDecision?q=${encodeURIComponent("中小学校课后服务管理办法")}`,
    )) as { items: { id: number }[] };
    const id = list.items[0]?.id ?? 0;
    const record = (await api.get(`/api/records/majorDecision/${String(id)}`)) as Record_;
    const started = String(record.values.commentStartedOn);
    const earliest = earliestEnd(started);
    expect(started >= day(-12)).toBe(true);

    await page.goto(`${url}/records/majorDecision/${String(id)}`);
    await page.getByTestId("checklist-decide").waitFor();
    expect(await stateOf(page)).toContain("公开征求意见中");
    const comment = page
      .getByTestId("checklist-decide")
      .getByTestId("checklist-item-publicComment");
    expect(await comment.getAttribute("data-met")).toBe("false");
    expect(await comment.innerText()).toContain(`最早可于${earliest}结束`);
    const review = page
      .getByTestId("checklist-decide")
      .getByTestId("checklist-item-legalityReview");
    expect(await review.getAttribute("data-met")).toBe("false");
    await page.getByTestId("checklist-decide").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/major-decision-checklist.png", fullPage: true });

    // Closing the comment today: before its 30 days, with no reason for a shorter period.
    const closing = await refused(page, "closeComment", async () => {
      await typeDate(page, "field-commentEndedOn", day(0));
      await fill(page, "field-commentsReceived", "6");
    });
    expect(closing).toContain(`最早可于${earliest}结束`);
    await page.screenshot({ path: "test-results/major-decision-close-refused.png" });
    await cancel(page);

    // Going to the meeting: every missing step is named.
    const deciding = await refused(page, "decide", () => fillMeeting(page, day(0)));
    expect(deciding).toContain(`最早可于${earliest}结束`);
    expect(deciding).toContain("听证");
    expect(deciding).toContain("未经合法性审查");
    await page.screenshot({ path: "test-results/major-decision-decide-refused.png" });
    await cancel(page);
    expect(await stateOf(page)).toContain("公开征求意见中");
    await page.close();
  });

  it("decides a draft whose comment ran 30 days and which a legality review found lawful", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, url, "fzb");
    const api = await apiOf(page);
    const [leadOrg, bureau] = [await orgId(api, "141081-D15"), await orgId(api, "141081-D01")];
    const title = "侯马市高标准农田建后管护办法（旅程测试）";
    const created = (await api.post("/api/records/majorDecision", {
      values: {
        title,
        category: "resources",
        catalogYear: Number(day(0).slice(0, 4)),
        leadOrg,
        overseeingOrg: bureau,
        isSpecialised: false,
        affectsStability: false,
        affectsMarket: false,
        needsHearing: false,
        launchedOn: day(-70),
        launchApproval: "侯马市人民政府第15次常务会议",
      },
    })) as Record_;
    const started = day(-50);
    const opened = (await api.post(
      `/api/records/majorDecision/${String(created.id)}/actions/openComment`,
      {
        version: created.version,
        values: { commentStartedOn: started, commentChannels: "侯马市人民政府门户网站" },
      },
    )) as Record_;
    expect(opened.version).toBeGreaterThan(created.version);
    const ended = earliestEnd(started);
    expect(ended < day(-5)).toBe(true);

    await page.goto(`${url}/records/majorDecision/${String(created.id)}`);
    await page.getByTestId("checklist-closeComment").waitFor();
    await takeAction(page, "closeComment", async () => {
      await typeDate(page, "field-commentEndedOn", ended);
      await fill(page, "field-commentsReceived", "9");
      await fill(page, "field-commentsAdopted", "4");
    });
    expect(await stateOf(page)).toContain("论证评估及合法性审查");
    const review = page
      .getByTestId("checklist-decide")
      .getByTestId("checklist-item-legalityReview");
    expect(await review.getAttribute("data-met")).toBe("false");

    // The justice bureau reviews the draft and finds it lawful.
    const request = (await api.post("/api/records/legalityReview", {
      values: {
        subjectTitle: title,
        subjectKind: "majorDecision",
        subject: `majorDecision:${String(created.id)}`,
        requestingOrg: leadOrg,
        reviewingOrg: bureau,
        receivedOn: day(-16),
      },
    })) as Record_;
    await api.post(`/api/records/legalityReview/${String(request.id)}/actions/conclude`, {
      version: request.version,
      values: {
        conclusion: "lawful",
        opinion: "经审查，决策草案制定主体适格、程序合法，同意提交市政府常务会议审议。",
        concludedOn: day(-3),
      },
    });
    await page.reload();
    await page.getByTestId("checklist-decide").waitFor();
    expect(await review.getAttribute("data-met")).toBe("true");
    expect(await page.getByTestId("checklist-decide").innerText()).toContain("合法性审核");

    await page.getByTestId("action-decide").click();
    await fillMeeting(page, day(0));
    await page.getByTestId("action-submit").click();
    await page.getByTestId("action-decide").waitFor({ state: "detached" });
    expect(await stateOf(page)).toContain("已集体讨论决定");
    await page.screenshot({ path: "test-results/major-decision-decided.png", fullPage: true });
    await page.close();
  });

  it("shows the 2023 catalog's 16 items on the portal, and the 2024 one as adjusted", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/portal/columns/decisionCatalog`);
    const list = await page.locator("body").innerText();
    expect(list).toContain("侯马市人民政府2023年度重大行政决策事项目录");
    expect(list).toContain("侯马市人民政府2024年度重大行政决策事项目录");
    await page.getByRole("link", { name: "侯马市人民政府2023年度重大行政决策事项目录" }).click();
    await page.waitForURL(/\/portal\/columns\/decisionCatalog\/\d+/);
    const text = await page.locator("body").innerText();
    expect(text).toContain("16. 侯马市城区雨污分流改造工程");
    expect(text).not.toContain("17. ");
    await page.screenshot({
      path: "test-results/major-decision-portal-catalog.png",
      fullPage: true,
    });
    await page.goto(`${url}/portal/columns/decisionCatalog`);
    await page.getByRole("link", { name: "侯马市人民政府2024年度重大行政决策事项目录" }).click();
    await page.waitForURL(/\/portal\/columns\/decisionCatalog\/\d+/);
    const adjusted = await page.locator("body").innerText();
    expect(adjusted).toContain("侯马市城市生命线安全工程建设方案");
    expect(adjusted).not.toContain("矿产资源总体规划");
    expect(adjusted).toContain("移出1项、增列1项");
    await page.close();
  });
});
