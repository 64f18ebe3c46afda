// Fields of a random-inspection plan (抽查计划, 国发〔2019〕5号): who inspects what, in which part of
// the entity registry, at which sampling ratio per credit-risk class, and the public values that
// will seed its draw — all fixed and published before the draw (docs/random-draw.md).
import type { FieldDeclaration } from "../../kernel/fields.js";

export const PLAN_KINDS = [
  { value: "joint", label: "部门联合" },
  { value: "internal", label: "部门内部" },
] as const;

export const INSPECTION_METHODS = [
  { value: "onSite", label: "现场检查" },
  { value: "documents", label: "书面检查" },
  { value: "online", label: "网络监测" },
  { value: "sampling", label: "抽样检验" },
] as const;

export const RISK_CLASS_OPTIONS = [
  { value: "A", label: "A类（信用风险低）" },
  { value: "B", label: "B类（信用风险一般）" },
  { value: "C", label: "C类（信用风险较高）" },
  { value: "D", label: "D类（信用风险高）" },
  { value: "unclassified", label: "未分类" },
] as const;

const percent = (name: string, label: string, help: string): FieldDeclaration => ({
  name,
  label,
  kind: "integer",
  required: true,
  min: 0,
  max: 100,
  help,
});

const setByAction = (field: FieldDeclaration): FieldDeclaration => ({
  ...field,
  isSetByAction: true,
});

export const planFields: readonly FieldDeclaration[] = [
  { name: "year", label: "计划年度", kind: "integer", required: true, min: 2000, max: 2100 },
  { name: "draftedOn", label: "编制日期", kind: "date", required: true },
  {
    name: "title",
    label: "计划名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  { name: "kind", label: "抽查类型", kind: "choice", required: true, options: PLAN_KINDS },
  { name: "leadingOrg", label: "牵头部门", kind: "org", required: true },
  {
    name: "participants",
    label: "参与部门",
    kind: "table",
    required: true,
    minRows: 2,
    maxRows: 20,
    when: { field: "kind", in: ["joint"] },
    help: "部门联合抽查须列明含牵头部门在内的至少两个部门，填写单位全称",
    columns: [
      { name: "department", label: "部门名称", kind: "text", required: true, maxLength: 60 },
    ],
  },
  {
    name: "items",
    label: "抽查事项清单",
    kind: "table",
    required: true,
    maxRows: 50,
    columns: [
      { name: "item", label: "抽查事项", kind: "text", required: true, maxLength: 200 },
      { name: "basis", label: "抽查依据", kind: "text", required: true, maxLength: 300 },
      {
        name: "method",
        label: "检查方式",
        kind: "choice",
        required: true,
        options: INSPECTION_METHODS,
      },
    ],
  },
  {
    name: "industries",
    label: "抽查行业",
    kind: "table",
    maxRows: 30,
    help: "名录库中在营（存续）且属于所列行业（国民经济行业分类大类）的市场主体进入待抽取名单；不填则不限行业",
    columns: [
      { name: "industry", label: "行业", kind: "catalogue", catalogue: "industry", required: true },
    ],
  },
  {
    name: "bySupervisingDepartment",
    label: "仅抽查参与部门监管的主体",
    kind: "boolean",
    required: true,
    help: "是：待抽取名单限于由牵头部门或参与部门监管的市场主体",
  },
  {
    name: "riskWeighted",
    label: "运用信用风险分类结果",
    kind: "boolean",
    required: true,
    help: "按A、B、C、D类分别设定抽查比例（信用风险分类结果运用）",
  },
  percent("ratioA", "A类抽查比例（%）", "信用风险低的主体，比例和频次从低"),
  percent("ratioB", "B类抽查比例（%）", "信用风险一般的主体按常规比例；未分类主体同此比例"),
  percent("ratioC", "C类抽查比例（%）", "信用风险较高的主体适当提高比例"),
  percent("ratioD", "D类抽查比例（%）", "信用风险高的主体比例和频次从高"),
  {
    name: "quotas",
    label: "指定抽取户数",
    kind: "table",
    maxRows: 5,
    help: "留空的风险类别按比例向上取整计算抽取户数",
    columns: [
      {
        name: "riskClass",
        label: "风险类别",
        kind: "choice",
        required: true,
        options: RISK_CLASS_OPTIONS,
      },
      { name: "quota", label: "抽取户数", kind: "integer", required: true, min: 0, max: 100_000 },
    ],
  },
  {
    name: "inspectorsPerEntity",
    label: "每户检查人员数",
    kind: "integer",
    required: true,
    min: 2,
    max: 6,
    help: "每户至少随机选派两名执法检查人员",
  },
  { name: "periodStart", label: "计划检查开始日期", kind: "date", required: true },
  { name: "periodEnd", label: "计划检查结束日期", kind: "date", required: true },
  {
    name: "lotteryName",
    label: "种子彩票",
    kind: "text",
    required: true,
    maxLength: 60,
    help: "抽取前公布的公开随机数来源，如 中国福利彩票“快乐8”",
  },
  { name: "lotteryIssue", label: "彩票期号", kind: "text", required: true, maxLength: 30 },
  { name: "lotteryDate", label: "开奖日期", kind: "date", required: true },
  {
    name: "witnesses",
    label: "见证人",
    kind: "table",
    required: true,
    maxRows: 10,
    help: "现场见证抽取的人员；其中一人在抽取时输入见证值",
    columns: [
      { name: "name", label: "姓名", kind: "text", required: true, maxLength: 40 },
      { name: "unit", label: "单位或身份", kind: "text", required: true, maxLength: 60 },
    ],
  },
  setByAction({ name: "publishedOn", label: "公示日期", kind: "date" }),
  setByAction({ name: "materialSha256", label: "抽取材料SHA-256", kind: "text", maxLength: 64 }),
  setByAction({ name: "eligibleEntities", label: "待抽取主体数", kind: "integer", min: 0 }),
  setByAction({ name: "plannedQuota", label: "计划抽取户数", kind: "integer", min: 0 }),
  setByAction({ name: "drawnOn", label: "抽取日期", kind: "date" }),
  setByAction({
    name: "lotteryValue",
    label: "彩票开奖号码",
    kind: "text",
    maxLength: 200,
    help: "按开奖公告原样输入，号码之间用空格分隔",
  }),
  setByAction({
    name: "witnessValue",
    label: "见证人输入值",
    kind: "text",
    maxLength: 100,
    help: "由现场见证人当场输入的任意数字或文字",
  }),
  setByAction({ name: "seedSha256", label: "随机种子SHA-256", kind: "text", maxLength: 64 }),
  setByAction({ name: "drawnCount", label: "抽中主体数", kind: "integer", min: 0 }),
  setByAction({ name: "inspectionStartedOn", label: "检查开始日期", kind: "date" }),
  setByAction({ name: "inspectionEndedOn", label: "检查结束日期", kind: "date" }),
  setByAction({ name: "resultsPublishedOn", label: "结果公示日期", kind: "date" }),
];
