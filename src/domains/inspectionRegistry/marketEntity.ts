// 检查对象名录库: the market entities a department may draw for a random inspection. The registry
// is loaded from the registration system's export (`fazhi import marketEntity FILE`) and kept up
// to date by re-importing: a row whose 统一社会信用代码 is already in the directory updates that
// entity (the monthly credit-risk classes), a new code adds one (importKey, docs/import.md).
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { ENTITY_STATUSES, keepers, readers, RISK_CLASSES } from "./fields.js";

export const marketEntity: RecordTypeDeclaration = {
  id: "marketEntity",
  label: "检查对象",
  englishLabel: "Inspected entity",
  numbering: { prefix: "侯检对象", dateField: "registeredOn" },
  titleField: "name",
  importKey: "creditCode",
  fields: [
    {
      name: "creditCode",
      label: "统一社会信用代码",
      kind: "creditCode",
      required: true,
      unique: true,
      searchable: true,
      help: "18位，按GB 32100-2015校验；同一代码只能登记一次。导入文件中已登记的代码不新增记录，而按该行填写的列更新该主体（留空的列不变）",
    },
    { name: "name", label: "名称", kind: "text", required: true, maxLength: 100, searchable: true },
    {
      name: "industry",
      label: "行业",
      kind: "catalogue",
      catalogue: "industry",
      required: true,
      help: "国民经济行业分类（GB/T 4754-2017）大类",
    },
    {
      name: "riskClass",
      label: "信用风险分类",
      kind: "choice",
      options: RISK_CLASSES,
      help: "市场监管部门按月分类的结果；尚未分类的留空",
    },
    {
      name: "riskClassifiedOn",
      label: "分类日期",
      kind: "date",
      help: "信用风险分类结果的日期（按月更新）",
    },
    {
      name: "supervisingOrg",
      label: "监管部门",
      kind: "org",
      required: true,
      help: "负责日常监管、将其纳入抽查的部门",
    },
    {
      name: "affiliatedOrg",
      label: "隶属或主办单位",
      kind: "org",
      help: "该主体隶属于或由其主办的部门；该部门的执法检查人员须回避",
    },
    { name: "address", label: "住所", kind: "text", maxLength: 200 },
    { name: "legalRepresentative", label: "法定代表人（负责人）", kind: "text", maxLength: 50 },
    { name: "registeredOn", label: "成立日期", kind: "date", required: true },
    {
      name: "status",
      label: "登记状态",
      kind: "choice",
      options: ENTITY_STATUSES,
      required: true,
      help: "只有存续的主体参加抽取",
    },
  ],
  // A directory entry, not a case: its registration status is a field the registry file carries.
  workflow: {
    initial: "listed",
    states: [{ id: "listed", label: "在库", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["supervisingOrg"] },
  list: {
    columns: ["creditCode", "name", "industry", "riskClass", "supervisingOrg", "status"],
    filters: ["industry", "riskClass", "supervisingOrg", "status"],
    defaultSort: { field: "creditCode", direction: "asc" },
  },
};
