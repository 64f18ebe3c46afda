// Files of a mediation case: the written mediation agreement as signed by the parties
// (人民调解法 第28条、第29条).
import type { AttachmentFieldDeclaration } from "../../kernel/fields.js";

export const mediationAttachments: readonly AttachmentFieldDeclaration[] = [
  {
    name: "agreementDocument",
    label: "调解协议书",
    kind: "attachment",
    help: "各方当事人签名（盖章或按指印）、人民调解员签名并加盖调解委员会印章的调解协议书",
  },
];
