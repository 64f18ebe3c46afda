// 执法检查人员名录库: the enforcement staff a department may draw for a random inspection, with
// the conflicts of interest they have declared (申报回避). Holding a 行政执法证 is what makes a
// person an inspector; only 在岗 inspectors whose certificate is still valid are drawn.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { INSPECTOR_STATUSES, keepers, readers, SPECIALITIES } from "./fields.js";

export const inspector: RecordTypeDeclaration = {
  id: "inspector",
  label: "执法检查人员",
  englishLabel: "Enforcement inspector",
  numbering: { prefix: "侯检人员", dateField: "certificateIssuedOn" },
  titleField: "name",
  importKey: "certificateNumber",
  fields: [
    { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50, searchable: true },
    {
      name: "certificateNumber",
      label: "执法证号",
      kind: "text",
      required: true,
      unique: true,
      maxLength: 40,
      searchable: true,
      help: "行政执法证件号码；同一证号只能登记一次。导入文件中已登记的证号按该行填写的列更新该人员（留空的列不变）",
    },
    { name: "org", label: "所在单位", kind: "org", required: true },
    {
      name: "speciality",
      label: "执法领域",
      kind: "choice",
      options: SPECIALITIES,
      required: true,
    },
    { name: "certificateIssuedOn", label: "发证日期", kind: "date", required: true },
    {
      name: "certificateValidUntil",
      label: "证件有效期至",
      kind: "date",
      required: true,
      help: "过期后不再参加抽取",
    },
    {
      name: "status",
      label: "执法状态",
      kind: "choice",
      options: INSPECTOR_STATUSES,
      required: true,
      help: "只有在岗且证件有效的人员参加抽取",
    },
    {
      name: "conflicts",
      label: "申报回避",
      kind: "table",
      help: "与本人有利害关系、须回避检查的市场主体",
      columns: [
        {
          name: "creditCode",
          label: "统一社会信用代码",
          kind: "creditCode",
          required: true,
        },
        { name: "reason", label: "回避事由", kind: "text", required: true, maxLength: 200 },
        { name: "declaredOn", label: "申报日期", kind: "date", required: true },
      ],
    },
  ],
  workflow: {
    initial: "listed",
    states: [{ id: "listed", label: "在库", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["org"] },
  list: {
    columns: ["name", "certificateNumber", "org", "speciality", "certificateValidUntil", "status"],
    filters: ["org", "speciality", "status"],
    defaultSort: { field: "certificateNumber", direction: "asc" },
  },
};
