// 普法宣传活动: one legal publicity activity — a campaign day, a lecture, a school visit, or an
// online training of village and community 法律明白人 (kind onlineTraining, mode online).
//
// Owner org: the organiser (a department, township or 司法所), who records and edits it. The
// justice bureau, which directs 普法 for the city, is the second org field so it reads them all.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { ACTIVITY_KINDS, ACTIVITY_MODES, keepers, readers } from "./fields.js";
import { activityIndicators } from "./report.js";

export const publicityActivity: RecordTypeDeclaration = {
  id: "publicityActivity",
  label: "普法宣传活动",
  englishLabel: "Publicity activity",
  numbering: { prefix: "侯普活", dateField: "activityDate" },
  titleField: "theme",
  fields: [
    {
      name: "theme",
      label: "活动主题",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "kind", label: "活动类别", kind: "choice", required: true, options: ACTIVITY_KINDS },
    { name: "mode", label: "活动形式", kind: "choice", required: true, options: ACTIVITY_MODES },
    { name: "activityDate", label: "活动日期", kind: "date", required: true },
    {
      name: "place",
      label: "活动地点或平台",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
      help: "线上活动填写平台，如“山西普法”平台、抖音直播",
    },
    { name: "organiserOrg", label: "主办单位", kind: "org", required: true },
    { name: "bureauOrg", label: "普法主管部门", kind: "org", required: true },
    {
      name: "audienceSize",
      label: "受众人数",
      kind: "integer",
      required: true,
      min: 0,
      help: "线上活动填写参训或观看人数",
    },
    {
      name: "linkedLaw",
      label: "宣传的法律法规",
      kind: "text",
      maxLength: 100,
      searchable: true,
    },
    { name: "lecturerName", label: "主讲人", kind: "text", maxLength: 50, searchable: true },
    { name: "summary", label: "活动简况", kind: "longText", searchable: true },
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
        confirm: "归档后活动记录不能再修改。确认？",
      },
    ],
  },
  clocks: [],
  access: {
    read: readers,
    create: keepers,
    update: keepers,
    orgFields: ["organiserOrg", "bureauOrg"],
  },
  list: {
    columns: ["theme", "kind", "mode", "activityDate", "place", "organiserOrg", "audienceSize"],
    filters: ["kind", "mode", "activityDate", "organiserOrg"],
    defaultSort: { field: "activityDate", direction: "desc" },
  },
  indicators: activityIndicators,
};
