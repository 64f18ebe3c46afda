// Figures of the legal adviser roster (三, 健全政府法律顾问制度和公职律师制度): stocks at the
// period's end. Not figures of the reference report, so the catalog does not list them; the
// contract review paragraph (../contractReview/report.ts) cites them.
import type { IndicatorDeclaration } from "../../kernel/indicators.js";

const onRoster = { mode: "asOf", field: "appointedDate", endField: "leftDate" } as const;

export const legalAdviserIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "legalAdviser.advisers",
    label: "法律顾问、公职律师人数",
    section: "institutions",
    unit: "名",
    measure: { kind: "count" },
    period: onRoster,
  },
  {
    key: "legalAdviser.publicLawyers",
    label: "公职律师人数",
    section: "institutions",
    unit: "名",
    measure: { kind: "count" },
    period: onRoster,
    where: [{ field: "kind", equals: "publicLawyer" }],
  },
];
