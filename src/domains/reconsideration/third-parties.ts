// 第三人 of a reconsideration case (行政复议法 第16条): a person or organisation with an interest
// in the act under review, who joins on application or on the reconsideration body's notice.
// Optional: most cases have none, some have several.
import type { TableFieldDeclaration } from "../../kernel/fields.js";

const staffOnly = ["lawOffice", "reviewer", "head", "clerk"] as const;

export const thirdParties: TableFieldDeclaration = {
  name: "thirdParties",
  label: "第三人",
  kind: "table",
  maxRows: 50,
  help: "同被申请行政复议的行政行为或者行政复议案件处理结果有利害关系的公民、法人或者其他组织（第16条）",
  columns: [
    {
      name: "name",
      label: "姓名或名称",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    {
      name: "kind",
      label: "类型",
      kind: "choice",
      required: true,
      options: [
        { value: "person", label: "自然人" },
        { value: "organization", label: "法人或其他组织" },
      ],
    },
    {
      name: "idNumber",
      label: "身份证号",
      kind: "idNumber",
      unmaskedFor: staffOnly,
      when: { field: "kind", in: ["person"] },
    },
    {
      name: "creditCode",
      label: "统一社会信用代码",
      kind: "creditCode",
      when: { field: "kind", in: ["organization"] },
    },
    { name: "phone", label: "联系电话", kind: "phone", unmaskedFor: staffOnly },
  ],
};
