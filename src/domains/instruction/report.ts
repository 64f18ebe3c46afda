// The figure of instructions for the annual report (一, 党对法治政府建设的领导): written instructions
// on rule-of-law work by the party secretary or the mayor, dated in the year. The paragraph citing
// it is the leadership domain's (src/domains/leadership/report.ts), which gives it with the major
// issues resolved, as the reference report does.
import type { IndicatorDeclaration } from "../../kernel/indicators.js";

export const instructionIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "leadership.instructions",
    label: "党政主要负责人对法治工作作出批示次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: { mode: "within", field: "instructedOn" },
    where: [
      { field: "isRuleOfLaw", equals: true },
      { field: "leaderRole", in: ["partySecretary", "mayor"] },
    ],
  },
];
