// 普法讲师团成员: a member of the city's lecturer group (the "八五"普法讲师团, 30 experts and
// practitioners in 2023). The justice bureau runs the group, so it owns every member record.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { keepers, readers, SPECIALITIES, unmaskedStaff } from "./fields.js";
import { lecturerIndicators, publicityReport } from "./report.js";

export const lecturer: RecordTypeDeclaration = {
  id: "lecturer",
  label: "普法讲师团成员",
  englishLabel: "Publicity lecturer",
  numbering: { prefix: "侯普讲", dateField: "joinedDate" },
  titleField: "name",
  fields: [
    { name: "name", label: "姓名", kind: "text", required: true, maxLength: 50, searchable: true },
    {
      name: "employer",
      label: "工作单位",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "post", label: "职务或职称", kind: "text", maxLength: 100 },
    {
      name: "speciality",
      label: "宣讲专长",
      kind: "choice",
      required: true,
      options: SPECIALITIES,
    },
    { name: "phone", label: "联系电话", kind: "phone", unmaskedFor: unmaskedStaff },
    { name: "joinedDate", label: "聘任日期", kind: "date", required: true },
    {
      name: "managingOrg",
      label: "讲师团管理单位",
      kind: "org",
      required: true,
      help: "讲师团由司法局组建和管理",
    },
    { name: "leftDate", label: "退出日期", kind: "date", isSetByAction: true },
    { name: "leftReason", label: "退出原因", kind: "longText", isSetByAction: true },
  ],
  workflow: {
    initial: "active",
    states: [
      { id: "active", label: "在册", tone: "success" },
      { id: "left", label: "已退出", isFinal: true, tone: "default" },
    ],
    actions: [
      {
        id: "leave",
        label: "退出讲师团",
        from: ["active"],
        to: "left",
        roles: keepers,
        fields: ["leftDate", "leftReason"],
        requires: ["leftDate"],
        dateField: "leftDate",
        confirm: "该成员退出讲师团后不再安排宣讲。确认？",
        tone: "danger",
      },
    ],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["managingOrg"] },
  list: {
    columns: ["name", "employer", "post", "speciality", "joinedDate"],
    filters: ["speciality", "joinedDate"],
    defaultSort: { field: "joinedDate", direction: "asc" },
  },
  indicators: lecturerIndicators,
  reportFragments: publicityReport,
};
