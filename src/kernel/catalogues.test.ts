// Catalogue editions are checked whole before any of it is stored, and the bundled industry
// classification is the one GB/T 4754-2017 publishes (20 sections, 97 divisions).
import { describe, expect, it } from "vitest";
import { catalogues } from "../domains/catalogues/index.js";
import { industry } from "../domains/catalogues/industry.js";
import { recordTypes } from "../domains/registry.js";
import { ruleFactsOf } from "../calendar/index.js";
import { CatalogueFileError, readCatalogueText } from "./catalogue-file.js";
import { checkCatalogues, parseCatalogueEntries, type CatalogueDeclaration } from "./catalogues.js";
import { checkDeclaration } from "./check.js";
import { reconsideration } from "../domains/reconsideration/index.js";

describe("the bundled industry classification", () => {
  const parsed = parseCatalogueEntries(industry, industry.bundled);
  const entries = parsed.ok ? parsed.entries : [];

  it("parses, with 20 sections A–T and 97 divisions 01–97 each under a section", () => {
    expect(parsed.ok).toBe(true);
    const sections = entries.filter((entry) => entry.parent === null);
    const divisions = entries.filter((entry) => entry.parent !== null);
    expect(sections.map((entry) => entry.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
    expect(divisions.map((entry) => Number(entry.code))).toEqual(
      Array.from({ length: 97 }, (_, index) => index + 1),
    );
    expect(entries.find((entry) => entry.code === "52")).toEqual({
      code: "52",
      name: "零售业",
      parent: "F",
    });
    expect(entries.find((entry) => entry.code === "C")?.name).toBe("制造业");
  });

  it("passes the declaration check, as every declared catalogue does", () => {
    expect(checkCatalogues(catalogues)).toEqual([]);
  });
});

describe("an edition read from a file", () => {
  it("reads CSV with English or Chinese headers and a byte-order mark, and JSON", () => {
    expect(readCatalogueText("\uFEFFcode,name,parent\nA,农业门类,\n01,农业,A\n", "a.csv")).toEqual([
      { code: "A", name: "农业门类", parent: "" },
      { code: "01", name: "农业", parent: "A" },
    ]);
    expect(readCatalogueText('编码,名称\n52,"零售业"\n', "b.csv")).toEqual([
      { code: "52", name: "零售业" },
    ]);
    expect(readCatalogueText('[{"code":"52","name":"零售业"}]', "c.json")).toEqual([
      { code: "52", name: "零售业" },
    ]);
  });

  it("refuses a file without the code and name columns, and JSON that is not a list", () => {
    expect(() => readCatalogueText("编号,说明\n1,x\n", "d.csv")).toThrow(CatalogueFileError);
    expect(() => readCatalogueText('{"code":"52"}', "e.json")).toThrow(/条目数组/);
    expect(() => readCatalogueText("[", "f.json")).toThrow(/不是有效的 JSON/);
  });

  it("reports every bad line at once: shape, duplicate, empty name, unknown parent", () => {
    const result = parseCatalogueEntries(industry, [
      { code: "52", name: "零售业", parent: "F" },
      { code: "5", name: "一位数字", parent: "" },
      { code: "52", name: "重复", parent: "" },
      { code: "53", name: " ", parent: "" },
      { code: "54", name: "道路运输业", parent: "G" },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.line, problem.field])).toEqual([
      [2, "code"],
      [3, "code"],
      [4, "name"],
      [1, "parent"],
      [5, "parent"],
    ]);
    expect(result.problems[0]?.message).toContain("国民经济行业分类");
    expect(result.problems[1]?.message).toContain("与第1条重复");
  });

  it("refuses an empty edition", () => {
    expect(parseCatalogueEntries(industry, []).ok).toBe(false);
  });
});

describe("declarations naming catalogues", () => {
  it("refuse a catalogue field whose catalogue is not declared, naming type and field", () => {
    const problems = checkDeclaration(reconsideration, ruleFactsOf, () => false);
    expect(problems).toEqual([
      expect.stringMatching(/^reconsideration: .*applicantIndustry.*unknown catalogue industry/),
    ]);
  });

  it("pass for every registered type against the declared catalogues", () => {
    const known = new Set(catalogues.map((catalogue) => catalogue.id));
    for (const type of recordTypes)
      expect(checkDeclaration(type, ruleFactsOf, (id) => known.has(id))).toEqual([]);
  });

  it("refuse a catalogue declared twice or with a bad bundled edition", () => {
    const bad: CatalogueDeclaration = { ...industry, bundled: [{ code: "x", name: "错" }] };
    expect(checkCatalogues([industry, industry])).toEqual(["catalogue industry: declared twice"]);
    expect(checkCatalogues([bad])[0]).toMatch(/^catalogue industry: bundled entries: 第1条/);
  });
});
