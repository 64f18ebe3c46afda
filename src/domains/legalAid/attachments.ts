// Files of a legal aid case: the application form, identity and hardship proofs, and the
// evidence of the matter (法律援助法 第41条、第43条).
import type { AttachmentFieldDeclaration } from "../../kernel/fields.js";

export const legalAidAttachments: readonly AttachmentFieldDeclaration[] = [
  {
    name: "applicationMaterials",
    label: "申请材料及证据",
    kind: "attachment",
    multiple: true,
    help: "法律援助申请表、身份证明、经济困难状况说明及与所申请事项有关的证据材料",
  },
];
