// Shared option lists and roles of the random-inspection directories ("一单两库" of 双随机、一公开,
// 国发〔2019〕5号): the directory of inspected entities and the directory of enforcement inspectors.
import type { Role } from "../../kernel/roles.js";

/**
 * Each department keeps its own directory entries (the market-regulation bureau most of the
 * entities, every enforcement department its inspectors); the rule-of-law office reads all of
 * them through its scope and may stand in for a department, as elsewhere.
 */
export const keepers: readonly Role[] = ["lawOffice", "clerk", "reviewer", "head"];
export const readers: readonly Role[] = [
  "lawOffice",
  "clerk",
  "reviewer",
  "head",
  "leader",
  "auditor",
];

/**
 * 企业信用风险分类 by the market-regulation authority (classified monthly since the end of 2023;
 * the SAMR opinion's number is unverified, see statutory-rules §10): A 信用风险低 … D 信用风险高. An entity not yet classified leaves the field empty and forms a
 * stratum of its own in a risk-weighted draw.
 */
export const RISK_CLASSES = [
  { value: "A", label: "A类（信用风险低）" },
  { value: "B", label: "B类（信用风险一般）" },
  { value: "C", label: "C类（信用风险较高）" },
  { value: "D", label: "D类（信用风险高）" },
] as const;

/** 登记状态 as the enterprise credit publicity system shows it; only 存续 entities are drawn. */
export const ENTITY_STATUSES = [
  { value: "active", label: "存续" },
  { value: "deregistered", label: "注销" },
  { value: "revoked", label: "吊销" },
  { value: "movedOut", label: "迁出" },
] as const;

export const ELIGIBLE_ENTITY_STATUS = "active";

/**
 * 执法领域 of an inspector, after the enforcement fields of the 综合行政执法改革 (the six
 * comprehensive teams: 市场监管、生态环境、文化市场、交通运输、农业、应急管理) plus the other
 * departments that take part in joint random inspections in a county.
 */
export const SPECIALITIES = [
  { value: "marketRegulation", label: "市场监管" },
  { value: "foodSafety", label: "食品安全" },
  { value: "drugsDevices", label: "药品医疗器械" },
  { value: "specialEquipment", label: "特种设备" },
  { value: "productQuality", label: "产品质量" },
  { value: "environment", label: "生态环境" },
  { value: "workSafety", label: "安全生产" },
  { value: "transport", label: "交通运输" },
  { value: "cultureTourism", label: "文化旅游" },
  { value: "health", label: "卫生健康" },
  { value: "urbanManagement", label: "城市管理" },
  { value: "naturalResources", label: "自然资源" },
  { value: "agriculture", label: "农业农村" },
  { value: "housingConstruction", label: "住房城乡建设" },
  { value: "labour", label: "劳动保障监察" },
  { value: "education", label: "教育" },
  { value: "other", label: "其他" },
] as const;

/** 执法状态 of an inspector; only 在岗 inspectors with a valid certificate are drawn. */
export const INSPECTOR_STATUSES = [
  { value: "onDuty", label: "在岗" },
  { value: "suspended", label: "暂停执法" },
  { value: "transferred", label: "调离" },
] as const;

export const ELIGIBLE_INSPECTOR_STATUS = "onDuty";

export type ValueOf<T extends readonly { value: string }[]> = T[number]["value"];
