// Files of a reconsideration case: the application and its materials (行政复议法 第22条), and the
// decision as signed and sealed (第75条), whose hash lets a printed copy be checked.
import type { AttachmentFieldDeclaration } from "../../kernel/fields.js";

export const reconsiderationAttachments: readonly AttachmentFieldDeclaration[] = [
  {
    name: "applicationMaterials",
    label: "申请材料",
    kind: "attachment",
    multiple: true,
    help: "行政复议申请书、身份证明、被申请复议的行政行为的材料及其他证据",
  },
  {
    name: "signedDecision",
    label: "行政复议决定书（签章版）",
    kind: "attachment",
    help: "加盖印章的决定书扫描件；重新上传将替换原文件",
  },
];
