// The figures an annual report on rule-of-law government is expected to carry, by indicator key
// (shared/reference/houma-2023-figures.md), each with the Chinese label people read (the key is for
// programs). A key no record type declares yet is reported as missing, by that label, so the
// report never shows an invented number.
import type { ReportSectionId } from "../kernel/indicators.js";

export interface CatalogFigure {
  readonly key: string;
  readonly label: string;
  readonly section: ReportSectionId;
}

const figures = (
  section: ReportSectionId,
  entries: readonly (readonly [key: string, label: string])[],
): CatalogFigure[] => entries.map(([key, label]) => ({ key, label, section }));

export const REPORT_FIGURES: readonly CatalogFigure[] = [
  ...figures("leadership", [
    ["leadership.instructions", "党政主要负责人对法治工作作出批示次数"],
    ["leadership.majorIssuesResolved", "研究解决法治建设重大问题个数"],
    ["study.partyCommitteeSessions", "市委理论学习中心组集中学习次数"],
    ["study.partyCommitteeLawSessions", "市委理论学习中心组法治专题学习次数"],
    ["study.governmentSessions", "市政府党组集中学习次数"],
    ["study.governmentLawSessions", "市政府党组法治专题学习次数"],
    ["duty.lawDutyReportCoverage", "述法报告、述法测评覆盖率"],
  ]),
  ...figures("functions", [
    ["licensing.itemsReassigned", "调整审批部门的行政审批事项数"],
    ["licensing.jointAcceptances", "办理联合验收数"],
    ["licensing.utilityConnections", "办理市政公用服务报装数"],
    ["businessEnvironment.tasks", "优化营商环境工作任务数"],
    ["businessEnvironment.taskCategories", "优化营商环境工作任务类别数"],
    ["inspection.plans", "“双随机、一公开”抽查计划数"],
    ["inspection.jointPlans", "其中部门联合抽查计划数"],
    ["inspection.internalPlans", "其中部门内部抽查计划数"],
    ["inspection.entitiesInspected", "抽查市场主体户数"],
    ["inspection.riskWeightedShare", "运用信用风险分类结果抽查占比"],
  ]),
  ...figures("institutions", [
    ["decision.catalogPublished", "公布的年度重大行政决策事项数"],
    ["legality.draftDocumentsReviewed", "合法性审核的文件草案数"],
    ["legality.meetingTopicsReviewed", "合法性审核的常务会议议题数"],
    ["contract.reviewed", "审查合同数"],
  ]),
  ...figures("enforcement", [
    ["enforcement.teams", "市级综合行政执法队领域数"],
    ["enforcement.delegatedPowers", "下放乡（街道）行政处罚权数"],
    ["enforcement.townshipTrainings", "乡（街道）执法人员集中培训次数"],
    ["training.participants", "执法人员参训人数"],
    ["evaluation.unitsChecked", "案卷评查单位数"],
    ["evaluation.filesChecked", "评查行政执法案卷数"],
  ]),
  ...figures("disputes", [
    ["reconsideration.cases", "办理行政复议案件数"],
    ["litigation.cases", "办理行政应诉案件数"],
    ["consultation.count", "免费法律咨询量"],
    ["consultation.targetRate", "法律咨询年度任务完成率"],
    ["legalAid.cases", "办理法律援助案件数"],
    ["legalAid.specialGroupCases", "受理特殊群体法律援助案件数"],
    ["legalAid.specialGroupClosedRate", "特殊群体法律援助案件结案率"],
    ["publicity.lecturers", "普法讲师团成员数"],
    ["publicity.activities", "法治宣传活动次数"],
    ["publicity.onlineTrainings", "“法律明白人”线上培训次数"],
    ["publicity.videos", "法治微视频、普法公益广告制作数"],
    ["mediation.cases", "人民调解组织调处纠纷数"],
    ["mediation.successRate", "调解成功率"],
  ]),
  ...figures("oversight", [
    ["openness.proactiveDocuments", "主动公开市政府、市政府办文件数"],
    ["openness.interpretations", "公开并解读政策文件数"],
    ["openness.requests", "办理政府信息公开申请数"],
    ["supervision.actions", "“互联网+监管”监管行为录入量"],
    ["supervision.coverage", "监管行为覆盖度"],
    ["dataSharing.catalogEntries", "数据共享目录数"],
    ["dataSharing.mountedEntries", "挂载成功目录数"],
    ["dataSharing.mountRate", "数据挂载率"],
    ["dataSharing.recordsPushed", "向市级数据共享交换平台推送数据量"],
    ["training.leaderParticipants", "政法系统领导干部参训人数"],
  ]),
];
