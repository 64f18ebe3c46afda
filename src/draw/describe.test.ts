import { describe, expect, it } from "vitest";
import { beijingTime } from "./describe.js";

describe("times in the draw summary", () => {
  it("are shown in Beijing time beside the value as published", () => {
    expect(beijingTime("2026-11-29T01:30:00.000Z")).toBe(
      "2026-11-29 09:30:00（北京时间；文件中为 2026-11-29T01:30:00.000Z）",
    );
    // Past midnight in Beijing while still the day before in UTC.
    expect(beijingTime("2023-03-31T16:05:00Z")).toBe(
      "2023-04-01 00:05:00（北京时间；文件中为 2023-03-31T16:05:00Z）",
    );
  });

  it("leaves a value that is not a time as it is", () => {
    expect(beijingTime("昨天")).toBe("昨天");
  });
});
