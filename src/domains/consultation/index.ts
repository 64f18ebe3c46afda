// 免费法律咨询: the consultation log and the yearly target it is measured against.
//
// consultation — one row per visit, call or online question (or per group session: a lecture or
// a consultation stall on a market day counts everyone who asked, in 人次). Owner org field: the
// organisation that gave the consultation (公共法律服务中心, 法律援助中心 or a 司法所); second org
// field: the justice bureau (141081-D01), which supervises all of them and so reads every entry.
// One state, not final: a mistaken entry is corrected by editing it, with the edit audited.
//
// consultationTarget — the number of 人次 an organisation is to reach in a year.
//
// Completion rate (the indicator engine computes it; nothing here does):
//   rate(org T, year Y) = Σ consultation.people over consultations dated in Y that belong to T's
//                         subtree through ANY org field (serviceOrg or supervisingOrg — the same
//                         rule as read access), divided by consultationTarget.targetPeople of
//                         (org T, year Y).
// Through any org field, not only the owner: the justice offices (司法所) sit under their
// townships in the org tree, not under the justice bureau, so only supervisingOrg places them in
// the bureau's count. In SQL, for T's path P:
//   SELECT sum(c.people) FROM r_consultation c
//   WHERE c.consultation_date BETWEEN 'Y-01-01' AND 'Y-12-31'
//     AND (c.service_org IN (SELECT id FROM org WHERE path LIKE P || '%')
//       OR c.supervising_org IN (SELECT id FROM org WHERE path LIKE P || '%'))
// Several targets for one org and year: the latest setOn counts (a revised target).
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { consultationFields, consultationTargetFields } from "./fields.js";
import {
  consultationIndicators,
  consultationReport,
  consultationTargetIndicators,
} from "./report.js";

const readers = ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"] as const;
const writers = ["lawOffice", "clerk", "reviewer"] as const;

export const consultation: RecordTypeDeclaration = {
  id: "consultation",
  label: "法律咨询登记",
  englishLabel: "Legal consultation",
  numbering: { prefix: "侯咨", dateField: "consultationDate" },
  titleField: "topic",
  fields: consultationFields,
  workflow: {
    initial: "recorded",
    states: [{ id: "recorded", label: "已登记", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: {
    read: readers,
    create: writers,
    update: writers,
    orgFields: ["serviceOrg", "supervisingOrg"],
  },
  list: {
    columns: ["consultationDate", "serviceOrg", "place", "topic", "people", "handledBy"],
    filters: ["consultationDate", "serviceOrg", "place", "topic"],
    defaultSort: { field: "consultationDate", direction: "desc" },
  },
  indicators: consultationIndicators,
  reportFragments: consultationReport,
};

export const consultationTarget: RecordTypeDeclaration = {
  id: "consultationTarget",
  label: "法律咨询年度目标",
  englishLabel: "Legal consultation target",
  numbering: { prefix: "侯咨目标", dateField: "setOn" },
  titleField: "year",
  fields: consultationTargetFields,
  workflow: {
    initial: "set",
    states: [{ id: "set", label: "已下达", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: {
    read: readers,
    create: writers,
    update: writers,
    orgFields: ["org"],
  },
  list: {
    columns: ["year", "org", "targetPeople", "setOn"],
    filters: ["year", "org"],
    defaultSort: { field: "year", direction: "desc" },
  },
  indicators: consultationTargetIndicators,
};
