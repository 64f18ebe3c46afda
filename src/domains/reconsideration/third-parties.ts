// 第三人 of a reconsideration case (行政复议法 第16条): a person or organisation with an interest
// in the act under review, who joins on application or on the reconsideration body's notice.
// Optional: most cases have none, some have several.
import type { TableFieldDeclaration } from "../../kernel/fields.js";
import { partyColumns } from "../../kernel/party-columns.js";

const staffOnly = ["lawOffice", "reviewer", "head", "clerk"] as const;

export const thirdParties: TableFieldDeclaration = {
  name: "thirdParties",
  label: "第三人",
  kind: "table",
  maxRows: 50,
  help: "同被申请行政复议的行政行为或者行政复议案件处理结果有利害关系的公民、法人或者其他组织（第16条）",
  columns: partyColumns({
    kinds: [
      { value: "person", label: "自然人" },
      { value: "organization", label: "法人或其他组织" },
    ],
    unmaskedFor: staffOnly,
  }),
};
