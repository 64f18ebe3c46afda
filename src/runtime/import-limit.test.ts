import { describe, expect, it } from "vitest";
import { DEFAULT_IMPORT_MAX_BYTES, importLimitFromEnv } from "./import-limit.js";

describe("FAZHI_IMPORT_MAX_MB", () => {
  it("defaults to 100 MB and takes megabytes", () => {
    expect(importLimitFromEnv({})).toEqual({ isValid: true, maxBytes: DEFAULT_IMPORT_MAX_BYTES });
    expect(importLimitFromEnv({ FAZHI_IMPORT_MAX_MB: " 20 " })).toEqual({
      isValid: true,
      maxBytes: 20 * 1024 * 1024,
    });
  });

  it("refuses a value that is not a size, naming the variable", () => {
    for (const value of ["abc", "0", "-1", "100000"]) {
      const setting = importLimitFromEnv({ FAZHI_IMPORT_MAX_MB: value });
      expect(setting.isValid).toBe(false);
      if (!setting.isValid) expect(setting.message).toContain("FAZHI_IMPORT_MAX_MB");
    }
  });
});
