// Browser journey: a reconsideration clerk uploads a PDF to a case and downloads the same bytes;
// a clerk of a township cannot download it; after acceptance the clerk generates the 受理通知书,
// downloads it, and the SHA-256 the page shows is the hash of the downloaded file.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pdfBytes } from "../support/files.js";
import { launchBrowser } from "./server.js";
import { signIn, takeAction, typeDate } from "./ui.js";

const url = inject("platformUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function pageOf(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await signIn(page, url, username);
  return page;
}

/** A new case filed through the API with the page's session (the form has its own journey). */
async function fileCase(page: Page): Promise<number> {
  const me = await page.request.get(`${url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const orgs = (await (await page.request.get(`${url}/api/orgs/options`)).json()) as {
    items: { id: number; name: string }[];
  };
  const orgId = (name: string) => orgs.items.find((org) => org.name === name)?.id;
  const created = await page.request.post(`${url}/api/records/reconsideration`, {
    headers: { "x-csrf-token": csrfToken },
    data: {
      values: {
        applicantName: "程文博",
        applicantKind: "person",
        handlingOrg: orgId("侯马市司法局"),
        respondentOrg: orgId("侯马市市场监督管理局"),
        actCategory: "penalty",
        actDescription: "对申请人作出罚款6000元的行政处罚决定",
        receivedDate: "2026-12-01",
        procedure: "ordinary",
      },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

async function downloadFrom(page: Page, entry: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(entry).getByTestId("file-download").click(),
  ]);
  return readFile(await download.path());
}

describe("attachments journey", () => {
  it("uploads and downloads a PDF, keeps another township out, and generates a 受理通知书 whose hash matches", async () => {
    const clerk = await pageOf("sfj_clerk");
    const id = await fileCase(clerk);
    await clerk.goto(`${url}/records/reconsideration/${String(id)}`);
    await clerk.getByTestId("attachments").waitFor();

    const pdf = pdfBytes(30_000);
    await clerk.getByTestId("upload-input-applicationMaterials").setInputFiles({
      name: "行政复议申请书.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    const materials = clerk.getByTestId("attachments-applicationMaterials");
    await expect.poll(() => materials.innerText()).toContain("行政复议申请书.pdf");
    expect(await materials.getByTestId("file-sha256").first().innerText()).toBe(sha256(pdf));
    // The upload is in 办理记录 at once, without reloading the page.
    await expect.poll(() => clerk.getByTestId("history").innerText()).toContain("上传附件");
    const fileTestId = await materials.locator(".file-entry").first().getAttribute("data-testid");
    if (fileTestId === null) throw new Error("no file entry");
    const downloaded = await downloadFrom(clerk, fileTestId);
    expect(downloaded.equals(pdf)).toBe(true);

    // A clerk of a township may not read the city's case, nor download its files.
    const township = await pageOf("ld_clerk");
    const refused = await township.request.get(`${url}/api/attachments/${fileTestId.slice(5)}`);
    expect(refused.status()).toBe(404);
    expect(Buffer.from(await refused.body()).includes(pdf)).toBe(false);
    await township.goto(`${url}/records/reconsideration/${String(id)}`);
    await expect.poll(() => township.getByText("不存在或无权查看").count()).toBeGreaterThan(0);
    expect(await township.getByTestId("attachments").count()).toBe(0);
    await township.context().close();

    // 生成文书 offers the acceptance notice once the case is accepted.
    expect(await clerk.getByTestId("notice-menu").count()).toBe(0);
    await takeAction(clerk, "accept", async () => {
      await typeDate(clerk, "field-acceptedDate", "2026-12-02");
    });
    await clerk.getByTestId("notice-menu").click();
    await clerk.getByTestId("notice-acceptanceNotice").click();
    const notices = clerk.getByTestId("notices");
    await expect.poll(() => notices.innerText()).toContain("侯复受字〔2026〕");
    const noticeId = await notices.locator(".file-entry").first().getAttribute("data-testid");
    if (noticeId === null) throw new Error("no notice entry");
    const shownHash = await notices.getByTestId("file-sha256").first().innerText();
    const notice = await downloadFrom(clerk, noticeId);
    expect(sha256(notice)).toBe(shownHash);
    expect(notice.subarray(0, 2).toString()).toBe("PK");
    await clerk.screenshot({ path: "test-results/attachments-notice.png", fullPage: true });
    await clerk.context().close();
  });
});
