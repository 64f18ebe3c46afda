// 行政复议决定书 on the portal (行政复议法 第79条): the decision's public face, the applicant's name
// masked, withdrawn when a court revokes the decision.
import type { RecordValues } from "../../kernel/declaration.js";
import {
  publicationClock,
  type PublicationDeclaration,
  type PublicationRefusal,
} from "../../kernel/publication.js";
import { reconsiderationWorkflow } from "./workflow.js";

const isEmpty = (value: unknown): boolean => value === null || value === undefined;

function isPublishable(values: RecordValues): true | PublicationRefusal {
  if (!isEmpty(values.revocationDate))
    return {
      field: "revocationDate",
      code: "publication.revoked",
      message: "复议决定已被撤销，不能公开",
    };
  if (isEmpty(values.outcome) || isEmpty(values.decisionDate))
    return {
      field: "outcome",
      code: "publication.noDecision",
      message: "本案未作出复议决定，没有可公开的决定书",
    };
  return true;
}

export const reconsiderationPublication: PublicationDeclaration = {
  column: { section: "政府信息公开", label: "行政复议决定书" },
  rule: "reconsideration.decisionPublication",
  startOn: "approveDecision",
  publicFields: [
    "applicantName",
    "respondentOrg",
    "actCategory",
    "outcome",
    "decisionDate",
    "decisionReasoning",
  ],
  maskedNames: [
    { field: "applicantName", unless: { field: "applicantKind", in: ["organization"] } },
  ],
  title: "{{applicantName}}不服{{respondentOrg}}{{actCategory}}行政复议决定书",
  publishableIn: ["decided", "closed"],
  isPublishable,
  roles: ["reviewer", "head", "lawOffice"],
  // 政府信息公开 keeps decisions available; five years matches the longest period of reconsideration.
  staysYears: 5,
  withdrawnOn: ["recordRevocation"],
};

export const reconsiderationPublicationClock = publicationClock(
  reconsiderationPublication,
  reconsiderationWorkflow,
);
