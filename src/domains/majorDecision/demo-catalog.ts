// Demo catalogs of 侯马市, 2023–2026: compiled by the government office in January, agreed by the
// 市委常委会 a month later, published on the city's website within days (and on the portal). The
// 2024 catalog was adjusted in July: one item taken out, one added, agreed again and republished.
import { dice, type Dice } from "../../seed/dice.js";
import { houmaOrgTree } from "../../seed/houma-orgs.js";
import type { OrgSeed, DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import type { RowValues } from "../../kernel/values.js";
import {
  ADDED_2024,
  ADDED_REASON,
  BASIS,
  ITEMS,
  REMOVED_REASON,
  parseItems,
  type Item,
} from "./demo-pools.js";
import { workdays, workingOnOrAfter } from "../../seed/working-days.js";
import { later } from "./demo-dates.js";

export const CATALOG_YEARS = [2023, 2024, 2025, 2026] as const;
const CITY = "141081";
const GOVERNMENT_OFFICE = "141081-D02";
const KEEPER = "fzb";

function findName(node: OrgSeed, code: string): string | undefined {
  if (node.code === code) return node.name;
  for (const child of node.children ?? []) {
    const found = findName(child, code);
    if (found !== undefined) return found;
  }
  return undefined;
}
export const orgName = (code: string): string => findName(houmaOrgTree, code) ?? code;

export const catalogTitle = (year: number): string =>
  `侯马市人民政府${String(year)}年度重大行政决策事项目录`;

const row = (year: number, item: Item, status = "listed", changeReason?: string): RowValues => ({
  title: item.title,
  category: item.category,
  leadUnit: orgName(item.org),
  plannedTime: `${String(year)}年${String(item.month)}月`,
  basis: BASIS[item.category],
  status,
  ...(changeReason === undefined ? {} : { changeReason }),
});

/** The published text: every item the catalog holds, with its unit and time. */
export function publicText(year: number, rows: readonly RowValues[]): string {
  const held = rows.filter((item) => item.status !== "removed");
  const lines = held.map(
    (item, i) =>
      `${String(i + 1)}. ${String(item.title)}（承办单位：${String(item.leadUnit)}；计划完成时间：${String(item.plannedTime)}）`,
  );
  return [catalogTitle(year), ...lines].join("\n");
}

function catalogDates(year: number, d: Dice) {
  const compiledOn = workingOnOrAfter(`${String(year)}-01-06`);
  const partyAgreedOn = later(compiledOn, d.int(24, 32));
  const publishedOn = workdays(partyAgreedOn, d.int(2, 5));
  return { compiledOn, partyAgreedOn, publishedOn };
}

function catalog(refs: DemoRefs, year: number, d: Dice): DemoRecord {
  const items = parseItems(ITEMS[year] ?? "");
  const rows = items.map((item) => row(year, item));
  const { compiledOn, partyAgreedOn, publishedOn } = catalogDates(year, d);
  const steps: DemoStep[] = [];
  /** Takes the step if its day has come and every step before it was taken. */
  const upTo = (day: string, step: DemoStep, before: number): boolean => {
    if (day > refs.today || steps.length !== before) return false;
    steps.push(step);
    return true;
  };
  upTo(
    partyAgreedOn,
    {
      action: "agreeByParty",
      by: KEEPER,
      values: { partyAgreedOn, partyAgreementRef: `中共侯马市委常委会会议（${partyAgreedOn}）` },
    },
    0,
  );
  const published = upTo(
    publishedOn,
    {
      action: "publish",
      by: KEEPER,
      values: {
        publishedOn,
        publishedChannel: "侯马市人民政府门户网站、侯马市人民政府公报",
        publicText: publicText(year, rows),
      },
    },
    1,
  );
  if (published && year === 2024) {
    const adjustmentAgreedOn = workingOnOrAfter("2024-07-09");
    const adjustedOn = workdays(adjustmentAgreedOn, 3);
    const [added] = parseItems(ADDED_2024);
    const adjusted = [
      ...rows.map((current) =>
        items.find((item) => item.title === current.title)?.plan === "removed"
          ? { ...current, status: "removed", changeReason: REMOVED_REASON }
          : current,
      ),
      ...(added ? [row(year, added, "added", ADDED_REASON)] : []),
    ];
    upTo(
      adjustedOn,
      {
        action: "adjust",
        by: KEEPER,
        values: {
          items: adjusted,
          adjustmentAgreedOn,
          adjustedOn,
          adjustmentReason:
            "根据省、临汾市工作部署，移出1项、增列1项，经市委常委会会议同意后重新公布。",
          publicText: publicText(year, adjusted),
        },
      },
      2,
    );
  }
  return {
    by: KEEPER,
    values: {
      title: catalogTitle(year),
      year,
      government: refs.org(CITY),
      compilingOrg: refs.org(GOVERNMENT_OFFICE),
      compiledOn,
      items: rows,
      publicText: publicText(year, rows),
    },
    steps,
    ...(published ? { publish: { by: KEEPER, on: publishedOn } } : {}),
  };
}

export const decisionCatalogDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  return CATALOG_YEARS.filter((year) => `${String(year)}-01-06` <= refs.today).map((year) =>
    catalog(refs, year, d),
  );
};
