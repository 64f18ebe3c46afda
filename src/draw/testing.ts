// Builders of well-formed draw materials for tests, test vectors and the bench: real credit codes
// (GB 32100 check character), lists sorted as published, hashes computed by the real functions.
import { creditCodeCheckCharacter } from "../kernel/codes.js";
import { inspectorsSha256, stratumSha256 } from "./hashes.js";
import {
  DRAW_FORMAT,
  type DrawEntity,
  type DrawInspector,
  type DrawMaterial,
  type DrawPlan,
  type DrawRecusal,
  type DrawSeedSource,
  type DrawSeedValue,
  type RiskClass,
} from "./types.js";

/** The n-th credit code of a county's private enterprises (9 = 工商, 1 = 企业, 141081 = 侯马市). */
export function creditCodeOf(n: number): string {
  const first17 = `91141081MA${n.toString().padStart(7, "0")}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function entitiesOf(count: number, first = 0, namePrefix = "侯马市"): DrawEntity[] {
  return Array.from({ length: count }, (_, i) => ({
    creditCode: creditCodeOf(first + i),
    name: `${namePrefix}第${first + i + 1}号商贸有限公司`,
  })).sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1));
}

export function inspectorsOf(count: number, orgs: readonly string[]): DrawInspector[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `14108100${(i + 1).toString().padStart(4, "0")}`,
    name: `执法人员${i + 1}`,
    org: orgs[i % orgs.length] ?? "",
    speciality: i % 2 === 0 ? "食品安全" : "产品质量",
  }));
}

export const SEED_SOURCES: readonly DrawSeedSource[] = [
  {
    id: "lottery",
    label: "中国福利彩票双色球第2026140期开奖号码",
    expectedOn: "2026-12-03",
    description: "红球6个与蓝球1个，按开奖公告的顺序，以空格分隔",
  },
  {
    id: "witness",
    label: "现场见证人输入的随机数",
    expectedOn: "2026-12-04",
    description: "摇号现场由见证人当场输入的任意数字或文字",
  },
];

export const SEED_VALUES: readonly DrawSeedValue[] = [
  { source: "lottery", value: "03 11 17 22 28 31 09" },
  { source: "witness", value: "见证人 王某 20261204" },
];

export interface MaterialOptions {
  readonly strata: readonly {
    readonly riskClass: RiskClass;
    readonly entities: readonly DrawEntity[];
    readonly quota: number;
  }[];
  readonly inspectors: readonly DrawInspector[];
  readonly recusals?: readonly DrawRecusal[];
  readonly plan?: Partial<DrawPlan>;
  readonly seedSources?: readonly DrawSeedSource[];
}

export function materialOf(options: MaterialOptions): DrawMaterial {
  const orgs = [...new Set(options.inspectors.map((i) => i.org))];
  const inspectors = [...options.inspectors].sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    format: DRAW_FORMAT,
    plan: {
      number: "侯市监抽〔2026〕12号",
      title: "2026年第四季度食品经营者双随机抽查",
      kind: orgs.length > 1 ? "joint" : "internal",
      orgs,
      items: ["食品经营许可情况检查", "食品安全管理制度落实情况检查"],
      riskWeighted: options.strata.length > 1,
      inspectorsPerEntity: 2,
      ...options.plan,
    },
    strata: options.strata.map((s) => ({
      riskClass: s.riskClass,
      quota: s.quota,
      entities: s.entities,
      sha256: stratumSha256(s.entities),
    })),
    inspectors,
    inspectorsSha256: inspectorsSha256(inspectors),
    recusals: options.recusals ?? [],
    seedSources: options.seedSources ?? SEED_SOURCES,
    publishedAt: "2026-12-01T09:00:00+08:00",
  };
}
