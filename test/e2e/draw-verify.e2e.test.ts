// Browser journey: a visitor without login opens the portal's draw verification page, chooses a
// published draw file (a test vector of docs/random-draw-vectors.json) and sees it re-run in the
// browser and pass; a tampered copy fails, naming the check and the entity.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PublishedDraw } from "../../src/draw/index.js";
import { projectRoot } from "../support/paths.js";
import { launchBrowser } from "./server.js";

const server = { url: inject("platformUrl") };
let browser: Browser;

const vectors = JSON.parse(
  readFileSync(join(projectRoot, "docs", "random-draw-vectors.json"), "utf8"),
) as { draws: readonly { name: string; file: PublishedDraw }[] };
const published = vectors.draws.find((d) => d.name === "joint-risk-weighted-recusals")?.file;
if (!published) throw new Error("vector missing");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function choose(page: Page, name: string, file: unknown): Promise<string> {
  await page.locator("#draw-file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const verdict = page.locator(".draw-verdict");
  await verdict.waitFor();
  return verdict.innerText();
}

describe("portal draw verification page", () => {
  it("re-runs a published draw in the browser: the vector passes, a tampered copy fails", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.url}/portal/draws/verify`);
    expect(await page.locator("h1").innerText()).toBe("双随机抽查摇号结果验证");

    expect(await choose(page, "published.json", published)).toBe("验证通过");
    expect(await page.locator("li[data-check]").count()).toBe(7);
    expect(await page.locator("li[data-check].draw-failed").count()).toBe(0);
    const rows = page.locator("table.draw-selection tr");
    expect(await rows.count()).toBe(published.outcome.selections.length + 1);
    const first = published.outcome.selections[0];
    expect(await rows.nth(1).innerText()).toContain(first?.creditCode ?? "?");
    expect(await page.locator("dl.public").innerText()).toContain(published.outcome.seedSha256);

    // Another entity in place of the first drawn one: the re-run disagrees.
    const tampered = structuredClone(published) as unknown as {
      outcome: { selections: { creditCode: string }[] };
    };
    const swapIn = published.material.strata[0]?.entities.find(
      (e) => e.creditCode !== first?.creditCode,
    );
    const firstSelection = tampered.outcome.selections[0];
    if (!swapIn || !firstSelection) throw new Error("vector too small");
    firstSelection.creditCode = swapIn.creditCode;
    expect(await choose(page, "tampered.json", tampered)).toMatch(/^验证未通过/);
    const failed = page.locator('li[data-check="outcome"]');
    expect(await failed.getAttribute("class")).toBe("draw-failed");
    expect(await failed.innerText()).toContain(`outcome.selections[0]：公布为${swapIn.creditCode}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads a same-origin ?src= and refuses another site", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/portal/draws/verify?src=/api/portal/draws/999999/published`);
    await page.locator(".draw-error").waitFor();
    expect(await page.locator(".draw-error").innerText()).toContain(
      "无法取得 /api/portal/draws/999999/published（HTTP 404）",
    );
    await page.goto(`${server.url}/portal/draws/verify?src=https://example.com/x.json`);
    expect(await page.locator(".draw-error").innerText()).toContain("不是本站路径");
    await page.close();
  });
});
