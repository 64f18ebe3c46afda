import { describe, expect, it } from "vitest";
import { ruleFactsOf } from "../calendar/index.js";
import { catalogueExists } from "../domains/catalogues/index.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { assertDeclarations, checkDeclaration } from "./check.js";
import type { DocumentTemplateDeclaration } from "./documents.js";
import { fillPlaceholders, placeholdersOf, templatesAfter } from "./documents.js";

const acceptance = reconsideration.documents?.find((doc) => doc.id === "acceptanceNotice");
if (!acceptance) throw new Error("no acceptance notice");

const withTemplate = (changes: Partial<DocumentTemplateDeclaration>) => ({
  ...reconsideration,
  documents: [{ ...acceptance, ...changes }],
});

describe("notice template declarations", () => {
  it("accepts the declared notices of the record types", () => {
    expect(checkDeclaration(reconsideration, ruleFactsOf, catalogueExists)).toEqual([]);
  });

  it("names the type and template of a placeholder that is no field, an unknown action, a wrong issuer and date", () => {
    const problems = checkDeclaration(
      withTemplate({
        paragraphs: ["{{applicantNmae}}于{{receivedDate}}申请", "{{applicationMaterials}}"],
        afterActions: ["acept"],
        issuerField: "applicantName",
        dateField: "handlingOrg",
      }),
      ruleFactsOf,
      catalogueExists,
    );
    expect(problems).toEqual([
      "reconsideration: document acceptanceNotice: afterActions: unknown action acept",
      "reconsideration: document acceptanceNotice: dateField handlingOrg must be a date field",
      "reconsideration: document acceptanceNotice: issuerField applicantName must be an org field",
      "reconsideration: document acceptanceNotice: placeholder {{applicantNmae}} names no field",
      "reconsideration: document acceptanceNotice: placeholder {{applicationMaterials}} is a field of kind attachment",
    ]);
  });

  it("names a paragraph condition on an unknown field or option", () => {
    const problems = checkDeclaration(
      withTemplate({
        paragraphs: [
          { text: "适用简易程序", when: { field: "procedure", in: ["fast"] } },
          { text: "另行通知", when: { field: "procedur", in: ["ordinary"] } },
        ],
      }),
      ruleFactsOf,
      catalogueExists,
    );
    expect(problems).toEqual([
      "reconsideration: document acceptanceNotice: paragraph condition: fast is no option of procedure",
      "reconsideration: document acceptanceNotice: paragraph condition names no field procedur",
    ]);
  });

  it("stops the start with the problems", () => {
    expect(() =>
      assertDeclarations([withTemplate({ afterActions: [] })], ruleFactsOf, catalogueExists),
    ).toThrow("reconsideration: document acceptanceNotice: afterActions is empty");
  });
});

describe("placeholders", () => {
  it("finds and fills {{names}}, and offers templates after their actions only", () => {
    expect(placeholdersOf("{{a}}与{{ b }}、{{a}}")).toEqual(["a", "b", "a"]);
    expect(fillPlaceholders("致{{a}}：{{b}}", (name) => name.toUpperCase())).toBe("致A：B");
    const offered = templatesAfter(reconsideration.documents ?? [], new Set(["accept"]));
    expect(offered.map((doc) => doc.id)).toEqual(["acceptanceNotice"]);
  });
});
