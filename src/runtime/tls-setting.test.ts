// FAZHI_SECURE_COOKIE: the deployment's declaration that it is served over HTTPS.
import { describe, expect, it } from "vitest";
import { tlsSettingFromEnv } from "./tls-setting.js";

describe("TLS setting", () => {
  it("is off when unset, empty, false or 0", () => {
    for (const value of [undefined, "", "false", "0", "FALSE"]) {
      const env = value === undefined ? {} : { FAZHI_SECURE_COOKIE: value };
      expect(tlsSettingFromEnv(env), String(value)).toEqual({
        isValid: true,
        isServedOverTls: false,
      });
    }
  });

  it("is on for true or 1", () => {
    for (const value of ["true", "1", " TRUE "]) {
      expect(tlsSettingFromEnv({ FAZHI_SECURE_COOKIE: value }), value).toEqual({
        isValid: true,
        isServedOverTls: true,
      });
    }
  });

  it("refuses any other value, naming the variable", () => {
    const setting = tlsSettingFromEnv({ FAZHI_SECURE_COOKIE: "yes" });
    expect(setting.isValid).toBe(false);
    expect(setting.isValid ? "" : setting.message).toMatch(/^FAZHI_SECURE_COOKIE 的值“yes”无效/);
  });
});
