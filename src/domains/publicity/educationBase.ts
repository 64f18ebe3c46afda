// 法治宣传教育基地: a place named a legal education base by the provincial, municipal (临汾市) or
// city (侯马市) authorities. The host is often outside the org tree (a memorial, the tax bureau,
// which is a vertical body), so it is text; the justice bureau keeps the record.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { BASE_LEVELS, keepers, readers } from "./fields.js";

export const educationBase: RecordTypeDeclaration = {
  id: "educationBase",
  label: "法治宣传教育基地",
  englishLabel: "Legal education base",
  numbering: { prefix: "侯普基", dateField: "namedDate" },
  titleField: "name",
  fields: [
    {
      name: "name",
      label: "基地名称",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "level", label: "基地级别", kind: "choice", required: true, options: BASE_LEVELS },
    { name: "namedDate", label: "命名日期", kind: "date", required: true },
    { name: "namedBy", label: "命名机关", kind: "text", maxLength: 100 },
    {
      name: "hostUnit",
      label: "依托单位",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "managingOrg", label: "管理单位", kind: "org", required: true },
    { name: "address", label: "地址", kind: "text", maxLength: 200 },
    { name: "summary", label: "基地简介", kind: "longText", searchable: true },
    { name: "revokedDate", label: "撤销命名日期", kind: "date", isSetByAction: true },
    { name: "revokedReason", label: "撤销原因", kind: "longText", isSetByAction: true },
  ],
  workflow: {
    initial: "named",
    states: [
      { id: "named", label: "已命名", tone: "success" },
      { id: "revoked", label: "已撤销", isFinal: true, tone: "default" },
    ],
    actions: [
      {
        id: "revoke",
        label: "撤销命名",
        from: ["named"],
        to: "revoked",
        roles: keepers,
        fields: ["revokedDate", "revokedReason"],
        requires: ["revokedDate", "revokedReason"],
        dateField: "revokedDate",
        confirm: "撤销后该基地不再列入法治宣传教育基地名单。确认？",
        tone: "danger",
      },
    ],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["managingOrg"] },
  list: {
    columns: ["name", "level", "namedDate", "hostUnit", "address"],
    filters: ["level", "namedDate"],
    defaultSort: { field: "namedDate", direction: "desc" },
  },
};
