// The paragraphs a new annual report starts from: an opening paragraph, the paragraphs record
// types offer for each section (their report fragments), and, for figures no record type provides
// yet, a standard paragraph citing them by key so the report lists them as missing. The office
// then rewrites everything in the platform; nothing here is a typed figure.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { ReportSectionId } from "../kernel/indicators.js";
import { indicatorIndex } from "../engine/indicators.js";
import { citedKeys } from "./placeholders.js";
import { measuresPartId } from "./structure.js";

export interface DraftParagraph {
  readonly part: string;
  readonly text: string;
}

/** Standard paragraphs for sections whose record types are not in the platform yet. */
const STANDARD: readonly { readonly section: ReportSectionId; readonly text: string }[] = [
  {
    section: "leadership",
    text: "强化政治引领。党政主要负责人切实履行推进法治建设第一责任人职责，先后对法治建设工作作出批示{{leadership.instructions}}次，研究解决法治建设重大问题{{leadership.majorIssuesResolved}}个。",
  },
  {
    section: "leadership",
    text: "深化理论学习。党委理论学习中心组开展集中学习{{study.partyCommitteeSessions}}次，其中法治专题学习{{study.partyCommitteeLawSessions}}次；政府党组集中学习{{study.governmentSessions}}次，其中法治专题学习{{study.governmentLawSessions}}次。",
  },
  {
    section: "leadership",
    text: "压实法治建设责任。深入开展年终述法，述法报告、述法测评覆盖率达{{duty.lawDutyReportCoverage}}。",
  },
  {
    section: "functions",
    text: "深化审批改革。对{{licensing.itemsReassigned}}项行政审批事项审批部门进行调整，办理“联合验收”{{licensing.jointAcceptances}}项，办理市政公用服务报装{{licensing.utilityConnections}}项。",
  },
  {
    section: "functions",
    text: "持续优化营商环境。明确各部门工作任务{{businessEnvironment.taskCategories}}类{{businessEnvironment.tasks}}项。",
  },
  {
    section: "functions",
    text: "扎实开展“双随机、一公开”工作。共开展抽查计划{{inspection.plans}}个，其中部门联合抽查计划{{inspection.jointPlans}}个、部门内部计划{{inspection.internalPlans}}个，共抽查{{inspection.entitiesInspected}}户，运用企业信用风险分类管理结果抽查占比{{inspection.riskWeightedShare}}。",
  },
  {
    section: "institutions",
    text: "严格依法决策。向社会公布本年度重大决策事项{{decision.catalogPublished}}项，对{{legality.draftDocumentsReviewed}}件文件草案、{{legality.meetingTopicsReviewed}}个常务会议议题进行了合法性审核。",
  },
  {
    section: "enforcement",
    text: "深化行政执法体制改革。整合组建{{enforcement.teams}}个领域综合行政执法队，围绕下放给乡（街道）的{{enforcement.delegatedPowers}}项行政处罚权开展集中培训{{enforcement.townshipTrainings}}次，累计参训人员达{{training.participants}}人。开展行政执法案卷评查，共抽查{{evaluation.unitsChecked}}个单位{{evaluation.filesChecked}}件行政执法案卷。",
  },
  {
    section: "oversight",
    text: "深化政务公开。主动公开政府文件{{openness.proactiveDocuments}}件，公开并解读政策文件{{openness.interpretations}}个，依法办理政府信息公开申请{{openness.requests}}件。",
  },
  {
    section: "oversight",
    text: "强化数字政府建设。监管行为录入量{{supervision.actions}}条，监管行为覆盖度{{supervision.coverage}}；编制数据共享目录{{dataSharing.catalogEntries}}条，挂载成功目录{{dataSharing.mountedEntries}}条，数据挂载率{{dataSharing.mountRate}}，推送数据{{dataSharing.recordsPushed}}条。",
  },
  {
    section: "oversight",
    text: "加强法治队伍建设。组织政法系统领导干部{{training.leaderParticipants}}人参加政治轮训。",
  },
];

export function draftParagraphs(
  types: readonly RecordTypeDeclaration[],
  org: { readonly name: string },
  year: number,
): DraftParagraph[] {
  const declared = indicatorIndex(types);
  const fragments = types
    .flatMap((type) => type.reportFragments ?? [])
    .sort((a, b) => a.order - b.order);
  const sections = new Set<ReportSectionId>([
    ...fragments.map((fragment) => fragment.section),
    ...STANDARD.map((paragraph) => paragraph.section),
  ]);
  const paragraphs: DraftParagraph[] = [
    {
      part: "preamble",
      text: `${String(year)}年，${org.name}深入学习贯彻习近平法治思想，紧紧围绕《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。现将有关情况报告如下。`,
    },
  ];
  for (const section of sections) {
    const part = measuresPartId(section);
    for (const fragment of fragments.filter((candidate) => candidate.section === section))
      paragraphs.push({ part, text: fragment.text });
    // A standard paragraph steps aside once a record type provides any of its figures.
    for (const standard of STANDARD.filter((candidate) => candidate.section === section)) {
      if (citedKeys(standard.text).every((key) => !declared.has(key)))
        paragraphs.push({ part, text: standard.text });
    }
  }
  return paragraphs;
}
