// Browser journeys of the frame around every page: the administrator's first screen, the way back
// from a page the user may not open (refused by the app or by the server), indicator labels with
// keys only for the rule-of-law office, and the navigation drawer on a phone.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, launchBrowser } from "./server.js";

const server = { url: inject("platformUrl") };
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** A JSON request with the session's CSRF token, as the web app sends it. */
async function api(page: Page, method: string, path: string, body?: unknown) {
  const me = await page.request.get(`${server.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${server.url}${path}`, {
    method,
    headers: { "x-csrf-token": csrfToken },
    ...(body === undefined ? {} : { data: body }),
  });
  expect(response.status(), `${method} ${path}`).toBeLessThan(300);
  return (await response.json()) as unknown;
}

async function newPage(viewport: { width: number; height: number }) {
  const isPhone = viewport.width < 600;
  const context: BrowserContext = await browser.newContext({
    viewport,
    hasTouch: isPhone,
    isMobile: isPhone,
  });
  return { context, page: await context.newPage() };
}

describe("the administrator's first screen", () => {
  it("shows the admin's tasks with live counts, not a message to ask an administrator", async () => {
    const { context, page } = await newPage(DESKTOP);
    await signIn(page, "admin");
    const home = page.getByTestId("admin-home");
    await home.waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.locator(".shell-content").innerText()).not.toMatch(/联系.*管理员/);
    // Figures are not the administrator's: no 法治督察 screens full of 无权查看.
    expect(await page.getByRole("menuitem", { name: "指标统计" }).count()).toBe(0);
    expect(await page.getByRole("menuitem", { name: "用户管理" }).count()).toBe(1);
    const users = (await api(page, "GET", "/api/admin/users")) as {
      items: { active: boolean }[];
    };
    const active = String(users.items.filter((user) => user.active).length);
    await page
      .getByTestId("admin-users-active")
      .locator(".ant-statistic-content-value")
      .filter({ hasText: active })
      .waitFor();
    await page.screenshot({ path: "test-results/shell-admin-home.png" });
    await page.getByTestId("admin-task-users-open").click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole("columnheader", { name: "用户名" }).waitFor();
    await context.close();
  });
});

describe("a page the user may not open", () => {
  it("offers the way home, not 重试, when the app refuses it", async () => {
    const { context, page } = await newPage(DESKTOP);
    await signIn(page, "sfj_clerk");
    await page.getByTestId("record-list").waitFor();
    await page.goto(`${server.url}/admin/users`);
    const forbidden = page.getByTestId("result-forbidden");
    await forbidden.waitFor();
    expect(await forbidden.innerText()).toContain("无权访问");
    expect(await forbidden.getByRole("button", { name: "重试" }).count()).toBe(0);
    // Opened directly: there is no page of the app to go back to, only home.
    expect(await page.getByTestId("result-back").count()).toBe(0);
    await page.getByTestId("result-home").click();
    await page.getByTestId("record-list").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/records\//);
    await context.close();
  });

  it("offers 返回上一页 with the server's reason when the server answers 403", async () => {
    const admin = await newPage(DESKTOP);
    await signIn(admin.page, "admin");
    await admin.page.getByTestId("admin-home").waitFor();
    const me = (await api(admin.page, "GET", "/api/auth/me")) as { user: { orgId: number } };
    const username = `e2e_office_${String(Date.now() % 1_000_000)}`;
    const password = "E2eShell2026pass";
    const created = (await api(admin.page, "POST", "/api/admin/users", {
      username,
      displayName: "测试督察员",
      orgId: me.user.orgId,
      roles: ["lawOffice"],
      scope: "all",
      password,
    })) as { id: number };

    // The office user sees 用户管理 (scope all), then loses the scope while signed in.
    const office = await newPage(DESKTOP);
    await signIn(office.page, username, password);
    await office.page.getByTestId("record-list").waitFor();
    await office.page.getByRole("menuitem", { name: "指标统计" }).click();
    await office.page.waitForURL(/\/indicators/);
    await api(admin.page, "PATCH", `/api/admin/users/${String(created.id)}`, { scope: "own" });

    await office.page.getByRole("menuitem", { name: "用户管理" }).click();
    const forbidden = office.page.getByTestId("result-forbidden");
    await forbidden.waitFor();
    expect(await forbidden.innerText()).toContain("需要系统管理员权限。如需访问，请联系系统管理员");
    expect(await forbidden.getByRole("button", { name: "重试" }).count()).toBe(0);
    await office.page.screenshot({ path: "test-results/shell-forbidden.png" });
    await office.page.getByTestId("result-back").click();
    await office.page.waitForURL(/\/indicators/);
    await office.page.getByTestId("indicator-missing").waitFor();
    await office.context.close();
    await admin.context.close();
  });
});

describe("indicator names", () => {
  const label = "市级综合行政执法队领域数";
  const key = "enforcement.teams";

  it("are Chinese labels for everybody; the rule-of-law office finds the key on hover", async () => {
    for (const [username, seesKey] of [
      ["leader", false],
      ["fzb", true],
    ] as const) {
      const { context, page } = await newPage(DESKTOP);
      await signIn(page, username);
      await page.goto(`${server.url}/indicators?year=2023`);
      const missing = page.getByTestId(`indicator-missing-${key}`);
      await missing.waitFor();
      expect(await missing.innerText()).toBe(label);
      expect(await page.locator(".shell-content").innerText()).not.toContain(key);
      await missing.getByText(label).hover();
      const tooltip = page.locator(".ant-tooltip:visible");
      if (seesKey) {
        await tooltip.filter({ hasText: `指标代码：${key}` }).waitFor();
      } else {
        await page.waitForTimeout(600); // the tooltip's delay, so its absence means something
        expect(await tooltip.count()).toBe(0);
      }
      await context.close();
    }
  });
});

describe("on a phone", () => {
  it("opens the navigation from a menu button and goes where it is tapped", async () => {
    const { context, page } = await newPage(PHONE);
    await signIn(page, "fzb");
    await page.getByTestId("record-list").waitFor();
    expect(await page.locator(".shell-sider").isVisible()).toBe(false);
    expect(await page.getByTestId("current-user").isVisible()).toBe(false);
    // The header fits the phone: nothing of it sticks out sideways.
    const header = page.locator(".shell-header");
    expect(
      await header.evaluate((node: { scrollWidth: number }) => node.scrollWidth),
    ).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId("shell-menu-button").tap();
    const drawer = page.getByTestId("shell-drawer");
    await drawer.waitFor();
    expect(await page.getByTestId("drawer-user").innerText()).toBe("张丽娟");
    await page.screenshot({ path: "test-results/shell-phone-drawer.png" });
    await drawer.getByRole("menuitem", { name: "指标统计" }).tap();
    await page.waitForURL(/\/indicators/);
    await drawer.waitFor({ state: "hidden" });
    await page.getByTestId("indicator-missing").waitFor();
    await context.close();
  });

  it("keeps the side menu and no menu button at desktop width", async () => {
    const { context, page } = await newPage(DESKTOP);
    await signIn(page, "fzb");
    await page.getByTestId("record-list").waitFor();
    expect(await page.locator(".shell-sider").isVisible()).toBe(true);
    expect(await page.getByTestId("current-user").isVisible()).toBe(true);
    expect(await page.getByTestId("shell-menu-button").isVisible()).toBe(false);
    await context.close();
  });
});
