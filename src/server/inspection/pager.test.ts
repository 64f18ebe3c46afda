import { describe, expect, it } from "vitest";
import { RESULTS_PER_PAGE } from "../../inspection/portal-store.js";
import { resultsPager } from "./pager.js";

describe("the portal's pages of inspection results", () => {
  it("shows no links while the results fit on one page", () => {
    expect(resultsPager("7", 1, RESULTS_PER_PAGE)).toBe("");
    expect(resultsPager("7", 1, 0)).toBe("");
  });

  it("links every other page and marks the current one", () => {
    const html = resultsPager("7", 2, RESULTS_PER_PAGE * 2 + 1);
    expect(html).toContain("第 2 / 3 页");
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "/portal/inspections/7?page=1",
      "/portal/inspections/7?page=3",
    ]);
    expect(html).toContain("<strong>2</strong>");
  });
});
