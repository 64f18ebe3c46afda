// Small helpers for driving the generated screens (antd inputs) in browser journeys.
import type { Locator, Page } from "playwright-core";
import { DEMO_PASSWORD } from "./server.js";

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("record-list").waitFor();
}

/** The <input> of a form control, whether the test id sits on the input or on its wrapper. */
export async function inputOf(page: Page, testId: string): Promise<Locator> {
  const element = page.getByTestId(testId);
  const tag = await element.evaluate((node: { tagName: string }) => node.tagName);
  return tag === "INPUT" || tag === "TEXTAREA" ? element : element.locator("input").first();
}

export async function fill(page: Page, testId: string, text: string): Promise<void> {
  await (await inputOf(page, testId)).fill(text);
}

/** Picks an option of a Select or TreeSelect by its label; `search` types it first (long trees). */
export async function choose(
  page: Page,
  testId: string,
  label: string,
  options: { search?: boolean } = {},
) {
  await page.getByTestId(testId).click();
  if (options.search === true) await page.keyboard.type(label);
  const dropdown = page.locator(".ant-select-dropdown:visible");
  // On a loaded machine the option list can still be sliding in, or its virtual list re-rendering
  // after scrolling the option into view, when the click lands: the click then picks nothing and
  // the open list covers the next field. A user would click again; so does this, up to 3 times.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await dropdown.getByText(label, { exact: true }).first().click();
    const closed = await dropdown
      .waitFor({ state: "hidden", timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
  }
  throw new Error(`${testId}: the option「${label}」could not be picked`);
}

export async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  const input = await inputOf(page, testId);
  await input.click();
  await input.fill(date);
  // Tab (blur) commits the typed date; Enter would also submit a dialog with a single input.
  await input.press("Tab");
}

/** Takes an action from the detail page: opens it, lets `fillForm` fill the dialog, submits. */
export async function takeAction(
  page: Page,
  actionId: string,
  fillForm: () => Promise<void>,
): Promise<void> {
  await page.getByTestId(`action-${actionId}`).click();
  await fillForm();
  await page.getByTestId("action-submit").click();
  await page.getByTestId(`action-${actionId}`).waitFor({ state: "detached" });
}
