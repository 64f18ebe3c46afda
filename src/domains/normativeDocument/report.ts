// The figures of normative documents (section 三): documents issued, filed with the level above
// (and of them within the filing period), repealed, and cleaned up in the year. The reference
// report gives no figures for them; its words are the fragment.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

const count = { kind: "count" } as const;

export const normativeDocumentIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "normativeDocument.issued",
    label: "印发行政规范性文件数",
    section: "institutions",
    unit: "件",
    measure: count,
    period: { mode: "within", field: "publishedOn" },
  },
  {
    key: "normativeDocument.filed",
    label: "报送备案的行政规范性文件数",
    section: "institutions",
    unit: "件",
    measure: count,
    period: { mode: "within", field: "filedOn" },
  },
  {
    key: "normativeDocument.filedOnTime",
    label: "按期报送备案的行政规范性文件数",
    section: "institutions",
    unit: "件",
    measure: count,
    period: { mode: "within", field: "filedOn" },
    // Unticked 逾期报送备案 (false or never set) is on time; the file action holds it to the period.
    where: [
      {
        anyOf: [
          { field: "filedLate", equals: false },
          { field: "filedLate", isSet: false },
        ],
      },
    ],
  },
  {
    key: "normativeDocument.filedOnTimeRate",
    label: "行政规范性文件按期报备率",
    section: "institutions",
    unit: "",
    measure: {
      kind: "ratio",
      numerator: "normativeDocument.filedOnTime",
      denominator: "normativeDocument.filed",
    },
    format: { kind: "percent", decimals: 1 },
  },
  {
    key: "normativeDocument.repealed",
    label: "废止行政规范性文件数",
    section: "institutions",
    unit: "件",
    measure: count,
    period: { mode: "within", field: "repealedOn" },
  },
  {
    key: "normativeDocument.cleanedUp",
    label: "清理的行政规范性文件数",
    section: "institutions",
    unit: "件",
    measure: count,
    period: { mode: "rowWithin", field: "cleanups", column: "cleanedOn" },
  },
];

export const normativeDocumentReport: readonly ReportFragment[] = [
  {
    section: "institutions",
    order: 20,
    text: "严格行政规范性文件制定与监督管理，认真做好规范性文件的制定、备案、清理、监督工作，严禁越权发文、严控发文数量、严格制发程序。全年印发行政规范性文件{{normativeDocument.issued}}件，报送备案{{normativeDocument.filed}}件，按期报备率{{normativeDocument.filedOnTimeRate}}；组织开展涉及营商环境、黄河流域保护、产权保护领域等行政规范性文件清理工作，清理文件{{normativeDocument.cleanedUp}}件，废止{{normativeDocument.repealed}}件。",
  },
];
