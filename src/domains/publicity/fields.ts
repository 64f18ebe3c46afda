// Shared option lists and roles of the legal publicity (普法) record types.
import type { Role } from "../../kernel/roles.js";

/** The justice bureau (司法局) runs 普法 for the city: the lecturer group, bases, most activities. */
export const JUSTICE_BUREAU = "141081-D01";

/** Staff who keep the 普法 records; the rule-of-law office (scope all) may stand in for them. */
export const keepers: readonly Role[] = ["lawOffice", "clerk", "reviewer", "head"];
export const readers: readonly Role[] = [
  "lawOffice",
  "clerk",
  "reviewer",
  "head",
  "leader",
  "auditor",
];
/** Those who see a lecturer's phone number unmasked: the staff of the owning unit. */
export const unmaskedStaff: readonly Role[] = ["clerk", "reviewer", "head"];

export const SPECIALITIES = [
  { value: "constitution", label: "宪法及国家机构" },
  { value: "civilCode", label: "民法典及民事法律" },
  { value: "criminal", label: "刑事法律及禁毒、反诈" },
  { value: "administrative", label: "行政法律及依法行政" },
  { value: "labour", label: "劳动与社会保障" },
  { value: "minors", label: "未成年人保护及预防犯罪" },
  { value: "finance", label: "金融法律及防范非法集资" },
  { value: "grassroots", label: "基层治理与人民调解" },
  { value: "safety", label: "平安建设与安全生产" },
  { value: "other", label: "其他" },
] as const;

export const ACTIVITY_KINDS = [
  { value: "campaign", label: "宣传活动" },
  { value: "onlineTraining", label: "法律明白人线上培训" },
  { value: "lecture", label: "法治讲座" },
  { value: "school", label: "法律进校园" },
  { value: "other", label: "其他" },
] as const;

export const ACTIVITY_MODES = [
  { value: "offline", label: "线下" },
  { value: "online", label: "线上" },
] as const;

export const PRODUCTION_KINDS = [
  { value: "microVideo", label: "法治微视频" },
  { value: "publicAd", label: "普法公益广告" },
  { value: "other", label: "其他" },
] as const;

export const BASE_LEVELS = [
  { value: "provincial", label: "省级" },
  { value: "municipal", label: "市级（临汾市）" },
  { value: "county", label: "县级（侯马市）" },
] as const;

export type ValueOf<T extends readonly { value: string }[]> = T[number]["value"];
