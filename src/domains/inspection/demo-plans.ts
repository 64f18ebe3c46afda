// The demo city's random-inspection plans (侯马市, 2023: 147 plans, 83 joint and 64 internal, every
// one using the credit-risk classes; the report's figures), shaped from what the demo registries
// hold: a plan is led by a department that has inspectors and supervises entities, and samples
// the industries it supervises. Pure: src/inspection/demo-seed.ts publishes and draws them through
// the draw service, day by day as the story goes.
import type { Dice } from "../../seed/dice.js";

/** What the registries offer a plan: per department, its inspectors and the industries it supervises. */
export interface DepartmentOffer {
  readonly orgId: number;
  readonly orgName: string;
  readonly inspectors: number;
  /** Industry division codes with the number of active entities it supervises in each. */
  readonly industries: ReadonlyMap<string, number>;
}

export interface DemoPlan {
  readonly year: number;
  readonly title: string;
  readonly kind: "joint" | "internal";
  readonly leading: DepartmentOffer;
  readonly partners: readonly DepartmentOffer[];
  readonly industries: readonly string[];
  readonly ratios: {
    readonly A: number;
    readonly B: number;
    readonly C: number;
    readonly D: number;
  };
  readonly inspectorsPerEntity: number;
  readonly publishedOn: string;
  readonly lotteryDate: string;
  readonly drawnOn: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly endedOn: string;
  readonly resultsPublishedOn: string;
  readonly lotteryIssue: string;
  readonly lotteryValue: string;
  readonly witnessValue: string;
  readonly items: readonly {
    readonly item: string;
    readonly basis: string;
    readonly method: string;
  }[];
}

export const PLANS_2023 = { joint: 83, internal: 64 } as const;

const ITEMS: readonly (readonly [item: string, basis: string])[] = [
  ["营业执照（登记证）规范使用情况检查", "《中华人民共和国市场主体登记管理条例》第三十六条"],
  ["年度报告公示信息检查", "《企业信息公示暂行条例》第十条"],
  ["食品经营许可条件保持情况检查", "《中华人民共和国食品安全法》第三十五条"],
  ["产品质量监督抽查", "《中华人民共和国产品质量法》第十五条"],
  ["安全生产主体责任落实情况检查", "《中华人民共和国安全生产法》第二十一条"],
  ["特种设备使用登记及定期检验情况检查", "《中华人民共和国特种设备安全法》第三十三条"],
  ["排污许可证执行情况检查", "《排污许可管理条例》第二十五条"],
  ["劳动用工及工资支付情况检查", "《保障农民工工资支付条例》第四十九条"],
];

const day = (year: number, dayOfYear: number): string =>
  new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
const plus = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** 快乐8: 20 numbers of 1–80, ascending, two digits each. */
function happy8(dice: Dice): string {
  const numbers = dice.shuffle(Array.from({ length: 80 }, (_, i) => i + 1)).slice(0, 20);
  return numbers
    .sort((a, b) => a - b)
    .map((n) => String(n).padStart(2, "0"))
    .join(" ");
}

/** The plans of a year, spread over February–November; `count` per kind. */
export function demoPlans(
  dice: Dice,
  offers: readonly DepartmentOffer[],
  year: number,
  counts: { readonly joint: number; readonly internal: number },
  window: { readonly first: number; readonly last: number } = { first: 40, last: 300 },
): DemoPlan[] {
  const leaders = offers.filter((offer) => offer.inspectors >= 3 && offer.industries.size > 0);
  if (leaders.length < 2) throw new Error("demo inspections: too few departments with inspectors");
  const kinds = dice.shuffle([
    ...Array<"joint">(counts.joint).fill("joint"),
    ...Array<"internal">(counts.internal).fill("internal"),
  ]);
  const total = kinds.length;
  return kinds.map((kind, index): DemoPlan => {
    const leading = leaders[index % leaders.length] as DepartmentOffer;
    const partners =
      kind === "joint"
        ? dice.shuffle(leaders.filter((offer) => offer !== leading)).slice(0, dice.int(1, 2))
        : [];
    const supervised = [leading, ...partners].flatMap((offer) => [...offer.industries.keys()]);
    const industries = [...new Set(dice.shuffle(supervised).slice(0, dice.int(1, 2)))].sort();
    const publishedOn = day(
      year,
      window.first + Math.floor(((window.last - window.first) * index) / Math.max(total, 1)),
    );
    const lotteryDate = plus(publishedOn, 5);
    const drawnOn = plus(lotteryDate, 1);
    const periodStart = plus(drawnOn, 4);
    const periodEnd = plus(periodStart, 30);
    const endedOn = plus(periodStart, dice.int(18, 30));
    const [item, basis] = ITEMS[index % ITEMS.length] ?? ITEMS[0] ?? ["", ""];
    const names = [leading, ...partners].map((offer) => offer.orgName.replace(/^侯马市/, ""));
    return {
      year,
      title: `${year}年${names.join("、")}${kind === "joint" ? "联合" : ""}${item.replace(/检查$/, "")}“双随机、一公开”抽查`,
      kind,
      leading,
      partners,
      industries,
      ratios: { A: dice.int(1, 2), B: dice.int(3, 5), C: dice.int(8, 12), D: dice.int(20, 30) },
      inspectorsPerEntity: 2,
      publishedOn,
      lotteryDate,
      drawnOn,
      periodStart,
      periodEnd,
      endedOn,
      resultsPublishedOn: plus(endedOn, dice.int(7, 20)),
      lotteryIssue: `第${year}${String(index + 40).padStart(3, "0")}期`,
      lotteryValue: happy8(dice),
      witnessValue: String(dice.int(100_000, 999_999)),
      items: [
        { item, basis, method: "onSite" },
        {
          item: "年度报告公示信息检查",
          basis: "《企业信息公示暂行条例》第十条",
          method: "documents",
        },
      ],
    };
  });
}

export const WITNESSES = [
  { name: "王建华", unit: "市纪委监委派驻纪检监察组" },
  { name: "陈晓燕", unit: "市场主体代表（个体工商户）" },
] as const;
