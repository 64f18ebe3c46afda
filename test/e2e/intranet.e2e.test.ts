// Browser journey: a county intranet serves the platform by a host name over plain HTTP (no TLS).
// The page must not ask the browser to upgrade its requests to https (a blank page there), so the
// login form renders and a demo user reaches the app shell.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { houmaUsers } from "../../src/seed/houma-users.js";
import { DEMO_PASSWORD, launchBrowser } from "./server.js";

const INTRANET_HOST = "fazhi.intranet";
const platform = new URL(inject("platformUrl"));
const intranetUrl = `http://${INTRANET_HOST}:${platform.port}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ hosts: { [INTRANET_HOST]: platform.hostname } });
});
afterAll(async () => {
  await browser.close();
});

describe("intranet address over plain HTTP", () => {
  it("shows the login form and signs a demo user in", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failedRequests: string[] = [];
    page.on("requestfailed", (request) => failedRequests.push(request.url()));
    const response = await page.goto(`${intranetUrl}/`);
    expect(response?.url()).toBe(`${intranetUrl}/`);

    const username = page.getByTestId("login-username");
    await username.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("login-submit").innerText()).toMatch(/登\s*录/);
    await page.screenshot({ path: "test-results/intranet-login.png" });
    expect(failedRequests).toEqual([]);

    await username.fill("fzb");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("record-list").waitFor();
    expect(await page.getByTestId("current-user").innerText()).toBe(
      houmaUsers.find((user) => user.username === "fzb")?.displayName,
    );
    expect(new URL(page.url()).origin).toBe(intranetUrl);
    await page.screenshot({ path: "test-results/intranet-shell.png" });
    await page.close();
  });
});
