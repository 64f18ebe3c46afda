// Browser journey of API tokens: the administrator issues a read token for the justice bureau's
// reconsideration cases in 系统管理 › API令牌, copies the secret shown once, a machine client (this
// test, by fetch) lists the cases with it and is refused another type; after 撤销 it is refused.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, launchBrowser } from "./server.js";
import { choose, fill } from "./ui.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const call = (secret: string, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${secret}` } });

describe("API tokens", () => {
  it("are issued in the admin screen, shown once, used by a client, and revoked", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-username").fill("admin");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("admin-home").waitFor();

    await page.getByRole("menuitem", { name: "API令牌" }).click();
    await page.getByTestId("api-token-list").waitFor();
    await page.getByTestId("api-token-new").click();
    await fill(page, "api-token-name", "省平台拉取复议案件");
    await choose(page, "api-token-user", "王晓东（sfj_clerk）", { search: true });
    // A multiple select stays open after a pick: close it as a person would.
    await page.getByTestId("api-token-types").click();
    const types = page.locator(".ant-select-dropdown:visible");
    await types.getByText("行政复议案件", { exact: true }).click();
    await page.keyboard.press("Escape");
    await types.waitFor({ state: "hidden" });
    await choose(page, "api-token-org", "侯马市司法局", { search: true });
    await page.getByTestId("api-token-submit").click();

    const shown = page.getByTestId("api-token-secret");
    await shown.waitFor();
    const secret = (await shown.innerText()).trim();
    expect(secret).toMatch(/^fzt_[A-Za-z0-9_-]{43}$/);
    await shown.locator(".ant-typography-copy").click();
    // Node's types have no DOM: the browser's clipboard, typed here by hand.
    type BrowserGlobal = { navigator: { clipboard: { readText: () => Promise<string> } } };
    const copied = await page.evaluate(() =>
      (globalThis as unknown as BrowserGlobal).navigator.clipboard.readText(),
    );
    expect(copied).toBe(secret);
    await page.screenshot({ path: "test-results/api-token-secret.png" });

    const list = await call(copied, "/api/records/reconsideration?pageSize=5");
    expect(list.status).toBe(200);
    const page1 = (await list.json()) as { total: number; items: unknown[] };
    expect(page1.total).toBeGreaterThan(0);
    expect((await call(copied, "/api/records/legalAid")).status).toBe(403);

    await page.getByRole("button", { name: "我已保存，关闭" }).click();
    const row = page.getByTestId("api-token-list").getByRole("row", { name: /省平台拉取复议案件/ });
    await row.getByText("有效").waitFor();
    // The list shows the last use (just now, by the fetch above) and never the secret.
    expect(await page.getByTestId("api-token-list").innerText()).not.toContain(secret);
    await row.getByRole("button", { name: "撤销" }).click();
    await page.getByTestId("api-token-revoke-confirm").click();
    await row.getByText("已撤销").waitFor();
    await page.screenshot({ path: "test-results/api-token-revoked.png" });

    const refused = await call(copied, "/api/records/reconsideration");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      "auth.tokenRevoked",
    );
    await context.close();
  });
});
