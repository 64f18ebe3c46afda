// 普法作品: a production of the city's legal publicity — a 法治微视频, a 普法公益广告 or other work.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { keepers, PRODUCTION_KINDS, readers } from "./fields.js";
import { productionIndicators } from "./report.js";

export const publicityProduction: RecordTypeDeclaration = {
  id: "publicityProduction",
  label: "普法作品",
  englishLabel: "Publicity production",
  numbering: { prefix: "侯普作", dateField: "producedDate" },
  titleField: "title",
  fields: [
    {
      name: "title",
      label: "作品名称",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "kind", label: "作品类别", kind: "choice", required: true, options: PRODUCTION_KINDS },
    { name: "producedDate", label: "制作完成日期", kind: "date", required: true },
    { name: "producerOrg", label: "制作单位", kind: "org", required: true },
    {
      name: "publishedWhere",
      label: "发布渠道",
      kind: "text",
      maxLength: 200,
      searchable: true,
    },
    { name: "summary", label: "内容简介", kind: "longText", searchable: true },
    { name: "archivedDate", label: "归档日期", kind: "date", isSetByAction: true },
  ],
  workflow: {
    initial: "recorded",
    states: [
      { id: "recorded", label: "已登记", tone: "processing" },
      { id: "archived", label: "已归档", isFinal: true, tone: "success" },
    ],
    actions: [
      {
        id: "archive",
        label: "归档",
        from: ["recorded"],
        to: "archived",
        roles: keepers,
        fields: ["archivedDate"],
        requires: ["archivedDate"],
        dateField: "archivedDate",
        confirm: "归档后作品记录不能再修改。确认？",
      },
    ],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["producerOrg"] },
  list: {
    columns: ["title", "kind", "producedDate", "producerOrg", "publishedWhere"],
    filters: ["kind", "producedDate"],
    defaultSort: { field: "producedDate", direction: "desc" },
  },
  indicators: productionIndicators,
};
