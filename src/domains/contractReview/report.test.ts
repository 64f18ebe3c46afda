// A new annual report's draft still cites every figure of section (三) once contract review offers
// its own paragraph: the standard paragraph keeps the figures no record type provides yet.
import { describe, expect, it } from "vitest";
import { REPORT_FIGURES } from "../../report/catalog.js";
import { citedKeys } from "../../report/placeholders.js";
import { measuresPartId } from "../../report/structure.js";
import { draftParagraphs } from "../../report/template.js";
import { recordTypes } from "../registry.js";

describe("the draft of section (三)", () => {
  it("cites every catalogue figure of the section, and the roster's counts", () => {
    const cited = draftParagraphs(recordTypes, { name: "侯马市人民政府" }, 2023)
      .filter((paragraph) => paragraph.part === measuresPartId("institutions"))
      .flatMap((paragraph) => citedKeys(paragraph.text));
    const catalogue = REPORT_FIGURES.filter((figure) => figure.section === "institutions");
    expect(cited).toEqual(expect.arrayContaining(catalogue.map((figure) => figure.key)));
    expect(cited).toEqual(
      expect.arrayContaining(["legalAdviser.advisers", "legalAdviser.publicLawyers"]),
    );
    expect(cited.filter((key) => key === "contract.reviewed")).toHaveLength(1);
  });
});
