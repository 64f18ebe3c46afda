// The parties of a mediation case (人民调解法 第17条: "一方当事人" and the others), one row each:
// a dispute has at least two sides and often more (co-heirs, several neighbours, an employer and
// its contractor). An ID number for a person, a credit code for an organisation.
import type { TableFieldDeclaration } from "../../kernel/fields.js";
import { partyColumns } from "../../kernel/party-columns.js";

export const PARTY_KINDS = [
  { value: "person", label: "自然人" },
  { value: "organisation", label: "法人或其他组织" },
] as const;

/** The committee's mediators and its head; everybody else sees masked numbers. */
const committeeStaff = ["mediator", "clerk", "reviewer", "head"] as const;

export const mediationParties: TableFieldDeclaration = {
  name: "parties",
  label: "当事人",
  kind: "table",
  required: true,
  minRows: 2,
  maxRows: 50,
  help: "第1行为申请人（一方当事人），其后为对方及其他当事人",
  columns: partyColumns({ kinds: PARTY_KINDS, unmaskedFor: committeeStaff }),
};
