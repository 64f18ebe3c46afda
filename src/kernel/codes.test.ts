// GB 32100-2015 credit codes against codes published by the entities themselves (their business
// licences and the 国家企业信用信息公示系统), and the ways a code goes wrong.
import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, isValidCreditCode } from "./codes.js";

/** Published codes: the check character is the last one, computed by the registration system. */
const PUBLISHED = [
  ["914403001922038216", "华为技术有限公司"],
  ["9144030071526726XG", "深圳市腾讯计算机系统有限公司"],
  ["91330100716105852F", "阿里巴巴（中国）有限公司"],
  ["91110000710925462X", "中国石油天然气股份有限公司"],
  ["91110108551385082Q", "小米科技有限责任公司"],
] as const;

describe("GB 32100-2015 unified social credit codes", () => {
  it.each(PUBLISHED)("accepts the published code %s (%s)", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it("refuses every other check character on a published code", () => {
    const [code] = PUBLISHED[0];
    const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const wrong = charset
      .split("")
      .filter((c) => c !== code[17])
      .map((c) => code.slice(0, 17) + c);
    expect(wrong).toHaveLength(30);
    expect(wrong.filter(isValidCreditCode)).toEqual([]);
  });

  it("catches a single changed character and a swap of neighbours", () => {
    expect(isValidCreditCode("914403001922038226")).toBe(false);
    expect(isValidCreditCode("914403001922308216")).toBe(false);
  });

  it("refuses the wrong length, lower case, the letters I O S V Z and a non-numeric division code", () => {
    expect(isValidCreditCode("91440300192203821")).toBe(false);
    expect(isValidCreditCode("9144030019220382160")).toBe(false);
    expect(isValidCreditCode("9144030071526726xg")).toBe(false);
    for (const letter of "IOSVZ")
      expect(isValidCreditCode(`91440300${letter}92203821`.padEnd(17, "0") + "0")).toBe(false);
    expect(isValidCreditCode("9144A3001922038216")).toBe(false);
  });

  it("refuses the code hard-coded as an exception in a published validator (its check fails)", () => {
    // statutory-rules §14b: 02020/vite lists 91350203M0001QAY9B as an exception to its own check.
    expect(isValidCreditCode("91350203M0001QAY9B")).toBe(false);
  });
});
