// Publication declarations are checked when the registry loads: what they name exists, nothing
// personal goes public, and the clock is the one the declaration implies.
import { describe, expect, it } from "vitest";
import { ruleFactsOf } from "../calendar/index.js";
import { catalogueExists } from "../domains/catalogues/index.js";
import { recordTypes } from "../domains/registry.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { assertDeclarations, checkDeclaration } from "./check.js";
import type { RecordTypeDeclaration } from "./declaration.js";
import { maskPersonName, type PublicationDeclaration } from "./publication.js";

const declared = reconsideration.publication;
if (!declared) throw new Error("reconsideration publishes its decisions");

const withPublication = (change: Partial<PublicationDeclaration>): RecordTypeDeclaration => ({
  ...reconsideration,
  publication: { ...declared, ...change },
});

describe("publication declarations", () => {
  it("passes every registered type, and at least one type publishes", () => {
    for (const type of recordTypes)
      expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
    expect(recordTypes.filter((type) => type.publication).map((type) => type.id)).toContain(
      "reconsideration",
    );
  });

  it("refuses identifiers and phones among the public fields, naming type and field", () => {
    const type = withPublication({
      publicFields: [...declared.publicFields, "applicantIdNumber", "applicantPhone"],
    });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: publication.publicFields: field applicantIdNumber is idNumber, which is never public",
      "reconsideration: publication.publicFields: field applicantPhone is phone, which is never public",
    ]);
    expect(() => assertDeclarations([type], ruleFactsOf, catalogueExists)).toThrow(
      /applicantIdNumber/,
    );
  });

  it("refuses unknown fields, states, actions, rules and a masked field that is not public", () => {
    const type = withPublication({
      rule: "reconsideration.nonexistent",
      publicFields: ["respondentOrg", "nope"],
      publishableIn: ["archived"],
      withdrawnOn: ["revoke"],
      staysYears: 0,
      roles: [],
    });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: publication.rule: unknown statutory rule reconsideration.nonexistent",
      "reconsideration: publication.withdrawnOn: unknown action revoke",
      "reconsideration: publication.publishableIn: unknown state archived",
      "reconsideration: publication.roles: names no role",
      "reconsideration: publication.staysYears: must be a positive whole number of years",
      "reconsideration: publication.publicFields: unknown field nope",
      "reconsideration: publication.maskedNames: field applicantName is not a public field",
      "reconsideration: publication.title: placeholder applicantName is not a public field",
      "reconsideration: publication.title: placeholder actCategory is not a public field",
      "reconsideration: publication.clock: the publication clock differs from its declaration: use publicationClock(...)",
    ]);
  });

  it("needs the publication clock, and reserves its id", () => {
    const withoutClock: RecordTypeDeclaration = {
      ...reconsideration,
      clocks: reconsideration.clocks.filter((clock) => clock.id !== "publication"),
    };
    expect(checkDeclaration(withoutClock, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: publication.clock: add publicationClock(...) to the clocks (id publication)",
    ]);
    const { publication: _publication, ...rest } = reconsideration;
    expect(checkDeclaration(rest, ruleFactsOf, catalogueExists)).toEqual([
      "reconsideration: clock publication: reserved for the publication declaration",
    ]);
  });

  it("refuses a start action without a date", () => {
    const type = withPublication({ startOn: "draftDecision" });
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toContain(
      "reconsideration: publication.startOn: action draftDecision has no dateField to start from",
    );
  });
});

describe("masking a person's name", () => {
  it("keeps the first character", () => {
    expect(maskPersonName("张三")).toBe("张*");
    expect(maskPersonName("韩立新")).toBe("韩**");
    expect(maskPersonName(" 欧阳明华 ")).toBe("欧***");
    expect(maskPersonName("𠀀明")).toBe("𠀀*");
    expect(maskPersonName("李")).toBe("李*");
    expect(maskPersonName("")).toBe("");
  });
});
