// The demo city 侯马市 (山西省临汾市代管的县级市): its townships with real division codes and
// plausible city departments. Sources of the division codes: docs/data-sources.md.
import type { OrgSeed } from "./types.js";

const CITY = "141081";

/** 乡级区划 of 侯马市, GB/T 2260 / 统计用区划代码 (9 digits), 5 街道 and 3 乡. */
export const houmaTownships: readonly {
  readonly code: string;
  readonly name: string;
  readonly short: string;
}[] = [
  { code: "141081001", name: "路东街道", short: "路东" },
  { code: "141081002", name: "路西街道", short: "路西" },
  { code: "141081003", name: "浍滨街道", short: "浍滨" },
  { code: "141081004", name: "上马街道", short: "上马" },
  { code: "141081005", name: "张村街道", short: "张村" },
  { code: "141081200", name: "新田乡", short: "新田" },
  { code: "141081201", name: "高村乡", short: "高村" },
  { code: "141081202", name: "凤城乡", short: "凤城" },
];

/**
 * 人民调解委员会 (人民调解法 第8条): one for each township or subdistrict, with the village and
 * community committees of some of them under it. The names of villages and communities are made up.
 */
const VILLAGE_COMMITTEES: Readonly<Record<string, readonly string[]>> = {
  "141081001": ["东关社区", "新华社区"],
  "141081004": ["上马村", "西台神村"],
  "141081005": ["张村"],
  "141081200": ["新田村", "东高村"],
  "141081201": ["高村", "西阳呈村"],
};

function mediationCommittee(entry: (typeof houmaTownships)[number]): OrgSeed {
  const villages = VILLAGE_COMMITTEES[entry.code] ?? [];
  return {
    code: `${entry.code}-TW`,
    name: `${entry.name}人民调解委员会`,
    kind: "committee",
    ...(villages.length > 0
      ? {
          children: villages.map((village, i) => ({
            code: `${entry.code}-TW-${String(i + 1).padStart(2, "0")}`,
            name: `${village}人民调解委员会`,
            kind: "committee" as const,
          })),
        }
      : {}),
  };
}

/** 行业性、专业性人民调解委员会 under the guidance of the justice bureau. */
const SECTOR_COMMITTEES = [
  "道路交通事故纠纷",
  "医疗纠纷",
  "保险合同纠纷",
  "婚姻家庭纠纷",
  "劳动争议",
  "金融纠纷",
].map((name, i): OrgSeed => ({
  code: `${CITY}-D01-TJ${String(i + 1).padStart(2, "0")}`,
  name: `侯马市${name}人民调解委员会`,
  kind: "committee",
}));

function township(entry: (typeof houmaTownships)[number]): OrgSeed {
  return {
    code: entry.code,
    name: entry.name,
    kind: entry.name.endsWith("街道") ? "subdistrict" : "township",
    children: [
      { code: `${entry.code}-SFS`, name: `${entry.short}司法所`, kind: "center" },
      { code: `${entry.code}-ZF`, name: `${entry.name}综合行政执法队`, kind: "team" },
      mediationCommittee(entry),
    ],
  };
}

const department = (number: number, name: string, children?: readonly OrgSeed[]): OrgSeed => ({
  code: `${CITY}-D${String(number).padStart(2, "0")}`,
  name,
  kind: "department",
  ...(children ? { children } : {}),
});

/** 税务局 is left out: it is a vertical (national) body, not a city government department. */
const DEPARTMENTS: readonly OrgSeed[] = [
  department(1, "侯马市司法局", [
    { code: `${CITY}-D01-01`, name: "侯马市法律援助中心", kind: "center" },
    { code: `${CITY}-D01-02`, name: "侯马市公共法律服务中心", kind: "center" },
    ...SECTOR_COMMITTEES,
  ]),
  department(2, "侯马市人民政府办公室"),
  department(3, "侯马市财政局"),
  department(4, "侯马市市场监督管理局", [
    { code: `${CITY}-D04-01`, name: "侯马市市场监管综合行政执法队", kind: "team" },
  ]),
  department(5, "侯马市交通运输局", [
    { code: `${CITY}-D05-01`, name: "侯马市交通运输综合行政执法队", kind: "team" },
  ]),
  department(6, "侯马市行政审批服务管理局"),
  department(7, "侯马市自然资源局"),
  department(8, "临汾市生态环境局侯马分局"),
  department(9, "侯马市住房和城乡建设管理局"),
  department(10, "侯马市人力资源和社会保障局"),
  department(11, "侯马市公安局"),
  department(12, "侯马市教育局"),
  department(13, "侯马市卫生健康局"),
  department(14, "侯马市应急管理局"),
  department(15, "侯马市农业农村局"),
  department(16, "侯马市文化和旅游局"),
  department(17, "侯马市民政局"),
];

export const houmaOrgTree: OrgSeed = {
  code: CITY,
  name: "侯马市人民政府",
  kind: "government",
  children: [
    // In practice the office sits inside 司法局; it is its own node so it can own the platform.
    { code: `${CITY}-C01`, name: "中共侯马市委全面依法治市委员会办公室", kind: "committee" },
    ...DEPARTMENTS,
    ...houmaTownships.map(township),
  ],
};
