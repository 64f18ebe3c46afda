import { describe, expect, it } from "vitest";
import { DEFAULT_ATTACHMENT_LIMITS } from "../engine/files/limits.js";
import { attachmentLimitsFromEnv } from "./attachment-limits.js";

describe("attachment limits from the environment", () => {
  it("defaults to 20 MB and every known type", () => {
    expect(attachmentLimitsFromEnv({})).toEqual({
      isValid: true,
      limits: DEFAULT_ATTACHMENT_LIMITS,
    });
    expect(DEFAULT_ATTACHMENT_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
  });

  it("reads a size in megabytes and a list of types", () => {
    expect(
      attachmentLimitsFromEnv({ FAZHI_ATTACHMENT_MAX_MB: "5", FAZHI_ATTACHMENT_TYPES: "pdf, OFD" }),
    ).toEqual({ isValid: true, limits: { maxBytes: 5 * 1024 * 1024, types: ["pdf", "ofd"] } });
  });

  it("refuses a bad size or an unknown type, naming the variable", () => {
    const size = attachmentLimitsFromEnv({ FAZHI_ATTACHMENT_MAX_MB: "-3" });
    expect(size.isValid).toBe(false);
    if (!size.isValid) expect(size.message).toContain("FAZHI_ATTACHMENT_MAX_MB");
    const types = attachmentLimitsFromEnv({ FAZHI_ATTACHMENT_TYPES: "pdf,exe" });
    expect(types.isValid).toBe(false);
    if (!types.isValid) expect(types.message).toContain("exe");
  });
});
