// Every record type of the platform with its demo data. Adding one: its folder and one line here.
import { ruleFactsOf } from "../calendar/index.js";
import { assertDeclarations } from "../kernel/check.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { DemoGenerator } from "../seed/types.js";
import { catalogueExists } from "./catalogues/index.js";
import { reconsideration } from "./reconsideration/index.js";
import { reconsiderationDemo } from "./reconsideration/demo.js";
import { legalAid } from "./legalAid/index.js";
import { litigation } from "./litigation/index.js";
import { consultation, consultationTarget } from "./consultation/index.js";
import { mediation } from "./mediation/index.js";
import { mediationDemo } from "./mediation/demo.js";
import { consultationDemo, consultationTargetDemo } from "./consultation/demo.js";
import {
  educationBase,
  lecturer,
  publicityActivity,
  publicityProduction,
} from "./publicity/index.js";
import { activityDemo, educationBaseDemo, lecturerDemo, productionDemo } from "./publicity/demo.js";
import { litigationDemo } from "./litigation/demo.js";
import { legalAidDemo } from "./legalAid/demo.js";
import { dutyReport, leaderDutyList, meetingTopic, studySession } from "./leadership/index.js";
import {
  dutyReportDemo,
  leaderDutyListDemo,
  meetingTopicDemo,
  studySessionDemo,
} from "./leadership/demo.js";
import { assessmentObjection, assessmentScore } from "./assessment/index.js";
import { instruction } from "./instruction/index.js";
import { instructionDemo } from "./instruction/demo.js";
import { businessEnvironmentTask } from "./businessEnvironment/index.js";
import { businessEnvironmentTaskDemo } from "./businessEnvironment/demo.js";
import { followUp } from "./followUp/index.js";
import { followUpDemo } from "./followUp/demo.js";
import { inspector, marketEntity } from "./inspectionRegistry/index.js";
import { inspectorDemo, marketEntityDemo } from "./inspectionRegistry/demo.js";
import { inspectionPlan, inspectionResult } from "./inspection/index.js";
import { jointAcceptance, licensingItem, utilityConnection } from "./licensing/index.js";
import { legalityReview } from "./legalityReview/index.js";
import { legalityReviewDemo } from "./legalityReview/demo.js";
import { normativeDocument } from "./normativeDocument/index.js";
import { normativeDocumentDemo } from "./normativeDocument/demo.js";
import { decisionCatalog, majorDecision } from "./majorDecision/index.js";
import { decisionCatalogDemo, majorDecisionDemo } from "./majorDecision/demo.js";
import { jointAcceptanceDemo, licensingItemDemo, utilityConnectionDemo } from "./licensing/demo.js";
import { legalAdviser } from "./legalAdviser/index.js";
import { legalAdviserDemo } from "./legalAdviser/demo.js";
import { contractReview } from "./contractReview/index.js";
import { contractReviewDemo } from "./contractReview/demo.js";

export interface Domain {
  readonly type: RecordTypeDeclaration;
  readonly demo: DemoGenerator;
}

export const domains: readonly Domain[] = [
  { type: reconsideration, demo: reconsiderationDemo },
  { type: litigation, demo: litigationDemo },
  { type: legalAid, demo: legalAidDemo },
  { type: mediation, demo: mediationDemo },
  { type: consultation, demo: consultationDemo },
  { type: consultationTarget, demo: consultationTargetDemo },
  { type: lecturer, demo: lecturerDemo },
  { type: publicityActivity, demo: activityDemo },
  { type: publicityProduction, demo: productionDemo },
  { type: educationBase, demo: educationBaseDemo },
  { type: leaderDutyList, demo: leaderDutyListDemo },
  { type: meetingTopic, demo: meetingTopicDemo },
  { type: studySession, demo: studySessionDemo },
  { type: dutyReport, demo: dutyReportDemo },
  // Seeded after the demo scheme exists (src/assessment/demo.ts): they name its items.
  { type: assessmentScore, demo: () => [] },
  { type: assessmentObjection, demo: () => [] },
  { type: instruction, demo: instructionDemo },
  // Before the follow-ups: some of them push overdue tasks.
  { type: businessEnvironmentTask, demo: businessEnvironmentTaskDemo },
  { type: followUp, demo: followUpDemo },
  // "一单两库" of random inspections: inspection plans and draws link to these directories.
  { type: marketEntity, demo: marketEntityDemo },
  { type: inspector, demo: inspectorDemo },
  // Drawn from the directories above through the draw service, after every type is loaded
  // (src/inspection/demo-seed.ts): results exist only as a draw creates them.
  { type: inspectionPlan, demo: () => [] },
  { type: inspectionResult, demo: () => [] },
  { type: licensingItem, demo: licensingItemDemo },
  { type: jointAcceptance, demo: jointAcceptanceDemo },
  { type: utilityConnection, demo: utilityConnectionDemo },
  { type: legalAdviser, demo: legalAdviserDemo },
  { type: contractReview, demo: contractReviewDemo },
  { type: normativeDocument, demo: normativeDocumentDemo },
  // 重大行政决策: the catalogs first, the decisions link to them.
  { type: decisionCatalog, demo: decisionCatalogDemo },
  { type: majorDecision, demo: majorDecisionDemo },
  // After the documents, topics and decisions it links to.
  { type: legalityReview, demo: legalityReviewDemo },
];

/**
 * Checked when the registry loads: a clock its rule does not allow, or a field naming a catalogue
 * that is not declared, stops the platform with the type and field named.
 */
export const recordTypes: readonly RecordTypeDeclaration[] = assertDeclarations(
  domains.map((domain) => domain.type),
  ruleFactsOf,
  catalogueExists,
);

export function findRecordType(id: string): RecordTypeDeclaration | undefined {
  return recordTypes.find((type) => type.id === id);
}
