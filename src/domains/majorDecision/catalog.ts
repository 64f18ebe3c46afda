// decisionCatalog — 年度重大行政决策事项目录 (重大行政决策程序暂行条例 第3条第3款): the decision
// items a government plans for the year, published after the same-level Party committee agrees,
// adjusted as needed. Owner: the government (决策机关); second org field: the unit that compiles
// it (the government office or the justice bureau). The figure of the annual report — the items
// of the year's published catalog — counts its rows.
//
// On the portal under 政府信息公开: the catalog is statutory proactive disclosure, due within 20
// working days of being formed — agreed by the Party committee (政府信息公开条例 第26条). Rows
// cannot go public, so the public reads the 公布文本, which the publish and adjust actions check
// names every item held.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { IndicatorDeclaration } from "../../kernel/indicators.js";
import { publicationClock, type PublicationDeclaration } from "../../kernel/publication.js";
import { CURRENT_ITEM_STATUSES, decisionCatalogFields } from "./catalog-fields.js";
import { decisionCatalogWorkflow } from "./catalog-workflow.js";

const publication: PublicationDeclaration = {
  column: { section: "政府信息公开", label: "重大行政决策事项目录" },
  rule: "disclosure.proactive",
  startOn: "agreeByParty",
  publicFields: [
    "title",
    "year",
    "government",
    "publishedOn",
    "adjustedOn",
    "adjustmentReason",
    "publicText",
  ],
  title: "{{title}}",
  publishableIn: ["published", "adjusted"],
  roles: ["clerk", "head", "lawOffice"],
  refreshedOn: ["adjust"],
  listFields: ["year", "adjustedOn"],
};

const indicators: readonly IndicatorDeclaration[] = [
  {
    key: "decision.catalogPublished",
    label: "公布的年度重大行政决策事项数",
    section: "institutions",
    unit: "项",
    // The catalog as published now: items taken out by an adjustment no longer count.
    measure: {
      kind: "rows",
      table: "items",
      rowWhere: [{ column: "status", in: [...CURRENT_ITEM_STATUSES] }],
    },
    period: { mode: "year", field: "year" },
    where: [{ field: "state", in: ["published", "adjusted"] }],
  },
];

export const decisionCatalog: RecordTypeDeclaration = {
  id: "decisionCatalog",
  label: "重大行政决策事项目录",
  englishLabel: "Decision catalog",
  numbering: { prefix: "侯决策目录", dateField: "compiledOn" },
  titleField: "title",
  fields: decisionCatalogFields,
  workflow: decisionCatalogWorkflow,
  clocks: [publicationClock(publication, decisionCatalogWorkflow)],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["clerk", "head", "lawOffice"],
    update: ["clerk", "head", "lawOffice"],
    orgFields: ["government", "compilingOrg"],
  },
  list: {
    columns: ["title", "year", "government", "partyAgreedOn", "publishedOn", "adjustedOn"],
    filters: ["year", "government", "publishedOn"],
    defaultSort: { field: "year", direction: "desc" },
  },
  indicators,
  publication,
};
