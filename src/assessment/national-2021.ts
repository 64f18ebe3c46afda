// The default scheme: the structure of 《市县法治政府建设示范指标体系》(2021年版), issued by the
// 中央全面依法治国委员会办公室 as the standard for the demonstration-creation activity.
//
// Source: the text as republished by 司法部, e.g. https://czj.chuzhou.gov.cn/ztzl/yfxz/1104200385.html
// (2021-09-02). What could be verified there, and what could not:
// - Verified: the three levels (一级指标 / 二级指标 / 三级指标); the first first-level indicator
//   "政府职能依法全面履行", its first second-level indicator "加大简政放权力度" and its first
//   third-level items (审批服务"马上办、网上办、就近办、一次办、自助办", no disguised licensing,
//   cleaning up intermediary services); and that the points, weights and methods of assessment are
//   set by the 中央依法治国办 with experts — they are not published with the list.
// - A 2025 city plan (金昌市, 金政发〔2025〕33号) counts the system it works to as 10 first-level,
//   34 second-level and 104 third-level indicators. The nine further first-level headings below
//   follow the chapters of 《法治政府建设实施纲要（2021—2025年）》, which the 2021 version was revised
//   to implement; their exact wording is NOT verified, and only a selection of second- and
//   third-level items is given (the items a city platform can score from its records, and one or
//   two hand-scored items per heading).
// - Points are NOT from the source: each city sets them in its own assessment measures. The default
//   here totals 100 and is meant to be edited, as is every label, threshold and method.
import type { DefaultItem, Formula } from "./types.js";

const hand = (label: string, points: number, evidence: string): DefaultItem => ({
  label,
  points,
  method: { kind: "hand", evidence },
});

const formula = (label: string, points: number, rule: Formula): DefaultItem => ({
  label,
  points,
  method: { kind: "formula", formula: rule },
});

export const NATIONAL_2021_ID = "national-2021";
export const NATIONAL_2021_TITLE = "市县法治政府建设示范指标体系（2021年版）";

export const national2021: readonly DefaultItem[] = [
  {
    label: "政府职能依法全面履行",
    children: [
      {
        label: "加大简政放权力度",
        children: [
          hand(
            "全面推行审批服务“马上办、网上办、就近办、一次办、自助办”，审批事项在法定期限内办结并压缩办理时限",
            4,
            "政务服务事项清单、办理时限统计表",
          ),
          hand(
            "依法实施行政许可，不存在以备案、登记、确认、征求意见等方式设置的变相许可",
            3,
            "行政许可事项清单及自查报告",
          ),
          hand(
            "清理规范行政审批中介服务，保留事项实行清单管理并向社会公开",
            3,
            "中介服务事项清单及公开网址截图",
          ),
        ],
      },
    ],
  },
  {
    label: "依法行政制度体系完善",
    children: [
      {
        label: "加强行政规范性文件监督管理",
        children: [
          hand(
            "行政规范性文件全部经过合法性审核，并按规定报送备案",
            5,
            "合法性审核意见书、备案报告及回执",
          ),
          hand(
            "涉及公民、法人和其他组织权利义务的行政规范性文件公开征求意见",
            5,
            "征求意见公告及意见采纳情况说明",
          ),
        ],
      },
    ],
  },
  {
    label: "重大行政决策科学民主合法",
    children: [
      {
        label: "严格落实重大行政决策程序",
        children: [
          hand("编制并向社会公布年度重大行政决策事项目录", 4, "决策事项目录及公布网址"),
          hand(
            "重大行政决策履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序",
            6,
            "决策过程材料（征求意见、论证、评估、审查意见、会议纪要）",
          ),
        ],
      },
    ],
  },
  {
    label: "行政执法严格规范公正文明",
    children: [
      {
        label: "全面推行行政执法三项制度",
        children: [
          hand(
            "落实行政执法公示、执法全过程记录、重大执法决定法制审核制度",
            8,
            "执法公示网址、全过程记录台账、法制审核意见",
          ),
          hand("开展行政执法人员培训，执法人员全员持证上岗", 7, "培训通知、签到表及持证人员名单"),
        ],
      },
    ],
  },
  {
    label: "突发事件应对依法有力有序",
    children: [
      {
        label: "完善突发事件应对制度",
        children: [hand("修订完善应急预案并依法开展应急演练", 5, "应急预案文本及演练记录")],
      },
    ],
  },
  {
    label: "社会矛盾纠纷依法有效预防化解",
    children: [
      {
        label: "发挥行政复议化解行政争议主渠道作用",
        children: [
          formula("行政复议决定被纠错率不高于15%", 5, {
            indicator: "reconsideration.correctionRate",
            comparison: "atMost",
            threshold: 0.15,
            rule: "proportional",
            whenNoValue: "full",
          }),
        ],
      },
      {
        label: "加强和规范行政应诉工作",
        children: [
          formula("行政机关负责人出庭应诉率不低于80%", 5, {
            indicator: "litigation.leaderAppearanceRate",
            comparison: "atLeast",
            threshold: 0.8,
            rule: "allOrNothing",
            whenNoValue: "full",
          }),
        ],
      },
      {
        label: "推进公共法律服务和人民调解",
        children: [
          formula("特殊群体法律援助案件结案率不低于90%", 4, {
            indicator: "legalAid.specialGroupClosedRate",
            comparison: "atLeast",
            threshold: 0.9,
            rule: "proportional",
            whenNoValue: "full",
          }),
          formula("人民调解成功率不低于95%", 3, {
            indicator: "mediation.successRate",
            comparison: "atLeast",
            threshold: 0.95,
            rule: "proportional",
            whenNoValue: "full",
          }),
          formula("免费法律咨询年度目标完成率达到100%", 3, {
            indicator: "consultation.targetRate",
            comparison: "atLeast",
            threshold: 1,
            rule: "proportional",
            whenNoValue: "full",
          }),
        ],
      },
    ],
  },
  {
    label: "行政权力制约和监督科学有效",
    children: [
      {
        label: "全面主动落实政务公开",
        children: [
          hand("主动公开政府信息并做好政策解读", 5, "公开目录、解读材料及网址"),
          hand("依法按时答复政府信息公开申请", 5, "依申请公开登记台账及答复书"),
        ],
      },
    ],
  },
  {
    label: "法治政府建设科技保障全面加强",
    children: [
      {
        label: "加快推进信息化平台建设",
        children: [hand("推进“互联网+监管”，提高监管行为覆盖度", 5, "监管平台统计截图")],
      },
    ],
  },
  {
    label: "法治政府建设组织领导落实到位",
    children: [
      {
        label: "党政主要负责人切实履行推进法治建设第一责任人职责",
        children: [
          hand(
            "制定并落实党政主要负责人履行推进法治建设第一责任人职责清单",
            5,
            "职责清单文件及落实情况报告",
          ),
          hand(
            "按时向社会公开上一年度法治政府建设情况报告",
            5,
            "年度报告及公开网址（每年3月1日前）",
          ),
        ],
      },
    ],
  },
  {
    label: "政府工作人员依法行政能力全面提升",
    children: [
      {
        label: "深入开展法治宣传教育",
        children: [
          formula("组织开展普法宣传活动不少于4次", 5, {
            indicator: "publicity.activities",
            comparison: "atLeast",
            threshold: 4,
            rule: "proportional",
            whenNoValue: "zero",
          }),
        ],
      },
    ],
  },
];
