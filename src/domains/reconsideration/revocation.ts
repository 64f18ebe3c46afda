// A decision revoked or confirmed unlawful by a court (行政诉讼法 第70条, 第74条): recorded on the
// case, it withdraws the published decision from the portal (see publication.ts).
import type { ActionDeclaration } from "../../kernel/declaration.js";
import type { FieldDeclaration } from "../../kernel/fields.js";

export const revocationFields: readonly FieldDeclaration[] = [
  { name: "revocationDate", label: "决定被撤销日期", kind: "date", isSetByAction: true },
  { name: "revocationReason", label: "撤销依据", kind: "longText", isSetByAction: true },
];

export const revocationAction: ActionDeclaration = {
  id: "recordRevocation",
  label: "登记决定被撤销",
  from: ["decided", "closed"],
  roles: ["clerk", "reviewer", "lawOffice"],
  fields: ["revocationDate", "revocationReason"],
  requires: ["revocationDate", "revocationReason"],
  dateField: "revocationDate",
  check: (_after, before) =>
    before.outcome === null || before.outcome === undefined
      ? {
          field: "outcome",
          code: "revocation.noDecision",
          message: "本案未作出复议决定，无可撤销的决定",
        }
      : before.revocationDate !== null && before.revocationDate !== undefined
        ? { field: "revocationDate", code: "revocation.once", message: "已登记决定被撤销" }
        : null,
  confirm: "登记后，已公开的复议决定书将自动撤回公开。确认？",
  tone: "danger",
};
