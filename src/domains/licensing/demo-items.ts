// The demo list of 侯马市's licensing items: every sub-item of the departments' items, published on
// 2022-06-30 with a few added later, kept by the 行政审批服务管理局. Approving departments move
// between a department and the 审批局 (相对集中行政许可权改革): some items in late 2022, exactly 58
// in 2023 (the report's figure; a few of them twice, or also in 2022 or 2024), some in 2024.
// About half registered a reform in 2023 or 2024; a few were cancelled.
import { creditCodeCheckCharacter } from "../../kernel/codes.js";
import type { RowValues } from "../../kernel/values.js";
import { dice, type Dice } from "../../seed/dice.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { workingDayBetween } from "./demo-dates.js";
import * as pools from "./demo-pools.js";

export const ITEMS_REASSIGNED_2023 = 58;

interface Item {
  readonly code: string;
  readonly name: string;
  readonly department: pools.DepartmentItems;
  readonly statutoryLimit: number;
  readonly listedOn: string;
  /** Approving at listing: the department, or the 审批局 after the 2019 transfer. */
  readonly startsAtBureau: boolean;
}

export const withCheckCharacter = (first17: string): string =>
  `${first17}${creditCodeCheckCharacter(first17)}`;

const departmentNumber = (code: string): string => code.slice(-2);

function listedItems(d: Dice): Item[] {
  const items: Item[] = [];
  for (const department of pools.DEPARTMENT_ITEMS) {
    department.items.forEach(([name, subItems, statutoryLimit], base) => {
      const bureau = d.chance(0.55);
      for (let sub = 0; sub < subItems; sub += 1) {
        const suffix = subItems === 1 ? "" : `（${pools.SUB_ITEMS[sub] ?? ""}）`;
        items.push({
          code: `${pools.CITY}XK${departmentNumber(department.code)}${String(base + 1).padStart(3, "0")}${String(sub + 1).padStart(2, "0")}`,
          name: `${name}${suffix}`,
          department,
          statutoryLimit,
          listedOn: pools.LIST_PUBLISHED_ON,
          startsAtBureau: bureau,
        });
      }
    });
  }
  for (const [listedOn, code, name] of pools.LATER_ITEMS) {
    const department = pools.DEPARTMENT_ITEMS.find((candidate) => candidate.code === code);
    if (!department) throw new Error(`licensing demo: no department ${code}`);
    items.push({
      code: `${pools.CITY}XK${departmentNumber(code)}9${listedOn.slice(2, 4)}01`,
      name,
      department,
      statutoryLimit: 20,
      listedOn,
      startsAtBureau: false,
    });
  }
  return items;
}

/** The year's changes of one item: how many, in which window, by which document. */
interface ChangePlan {
  readonly from: string;
  readonly to: string;
}

const WINDOWS: Readonly<Record<number, readonly ChangePlan[]>> = {
  2022: [{ from: "2022-09-01", to: "2022-12-20" }],
  2023: [
    { from: "2023-03-01", to: "2023-05-31" },
    { from: "2023-09-01", to: "2023-11-30" },
  ],
  2024: [{ from: "2024-03-01", to: "2024-06-28" }],
};

/**
 * Which items change in which years: 58 distinct items in 2023 (3 of them twice, 4 also in 2022,
 * 4 also in 2024), 18 others in 2022 only and 12 in 2024 only. Items added after the list, and
 * those that will be cancelled, keep their department.
 */
function changeYears(d: Dice, items: readonly Item[], cancelled: ReadonlySet<number>) {
  const eligible = d.shuffle(
    items
      .map((item, index) => ({ item, index }))
      .filter(
        ({ item, index }) => item.listedOn === pools.LIST_PUBLISHED_ON && !cancelled.has(index),
      )
      .map(({ index }) => index),
  );
  const years = new Map<number, number[]>();
  const add = (index: number | undefined, ...of: number[]) => {
    if (index !== undefined) years.set(index, [...(years.get(index) ?? []), ...of]);
  };
  const in2023 = eligible.slice(0, ITEMS_REASSIGNED_2023);
  in2023.forEach((index, i) => {
    if (i < 4) add(index, 2022);
    add(index, 2023);
    if (i >= 4 && i < 7) add(index, 2023);
    if (i >= 7 && i < 11) add(index, 2024);
  });
  for (const index of eligible.slice(ITEMS_REASSIGNED_2023, ITEMS_REASSIGNED_2023 + 18))
    add(index, 2022);
  for (const index of eligible.slice(ITEMS_REASSIGNED_2023 + 18, ITEMS_REASSIGNED_2023 + 30))
    add(index, 2024);
  return years;
}

/** The change rows of an item, a chain between its department and the 审批局. */
function changesOf(d: Dice, item: Item, years: readonly number[]): RowValues[] {
  const rows: RowValues[] = [];
  let atBureau = item.startsAtBureau;
  let windowOf2023 = 0;
  for (const year of years) {
    const windows = WINDOWS[year] ?? [];
    const window = windows[year === 2023 ? windowOf2023++ : 0] ?? windows[0];
    if (!window) continue;
    const from = atBureau ? pools.APPROVAL_BUREAU_NAME : item.department.name;
    const to = atBureau ? item.department.name : pools.APPROVAL_BUREAU_NAME;
    const [documentNumber, reason] =
      year === 2022
        ? pools.REASSIGNMENT_DOCUMENTS.toBureau2022
        : year === 2024
          ? pools.REASSIGNMENT_DOCUMENTS.toBureau2024
          : atBureau
            ? pools.REASSIGNMENT_DOCUMENTS.toDepartment2023
            : pools.REASSIGNMENT_DOCUMENTS.toBureau2023;
    const last = rows.at(-1)?.["effectiveOn"];
    const earliest = typeof last === "string" && last > window.from ? last : window.from;
    rows.push({
      effectiveOn: workingDayBetween(d, earliest, window.to),
      fromDepartment: from,
      toDepartment: to,
      documentNumber,
      reason,
    });
    atBureau = !atBureau;
  }
  return rows;
}

function reformStep(d: Dice, item: Item, promisedLimit: number, year: number): DemoStep {
  const materialsBefore = d.int(4, 12);
  const stepsBefore = d.int(4, 6);
  const tripsBefore = d.int(1, 3);
  return {
    action: "registerReform",
    by: pools.BUREAU_CLERK,
    values: {
      reformedOn: workingDayBetween(d, `${year}-04-01`, `${year}-10-31`),
      reformDocument: `侯审管发〔${year}〕${d.int(3, 30)}号`,
      timeLimitBefore: item.statutoryLimit,
      timeLimitAfter: promisedLimit,
      materialsBefore,
      materialsAfter: Math.max(1, materialsBefore - d.int(0, 4)),
      stepsBefore,
      stepsAfter: d.int(2, Math.min(4, stepsBefore)),
      tripsBefore,
      tripsAfter: d.int(0, Math.min(1, tripsBefore)),
    },
  };
}

export const licensingItemDemo: DemoGenerator = (refs: DemoRefs): DemoRecord[] => {
  const d = dice(refs.random);
  const items = listedItems(d);
  // Items cancelled when a law dropped them; they kept their department until then.
  const cancelled = new Map<number, string>(
    d
      .shuffle(
        items
          .map((_, index) => index)
          .filter((i) => items[i]?.listedOn === pools.LIST_PUBLISHED_ON),
      )
      .slice(0, 5)
      .map((index, i) => [index, i < 3 ? "2023-11-15" : "2024-09-20"]),
  );
  const years = changeYears(d, items, new Set(cancelled.keys()));
  return items.flatMap((item, index): DemoRecord[] => {
    if (item.listedOn > refs.today) return [];
    const changes = changesOf(d, item, years.get(index) ?? []).filter(
      (row) => String(row["effectiveOn"]) <= refs.today,
    );
    const atBureau = changes.length % 2 === 0 ? item.startsAtBureau : !item.startsAtBureau;
    const promisedLimit =
      item.statutoryLimit <= 5
        ? d.int(0, 1)
        : Math.max(1, Math.round(item.statutoryLimit * (d.int(25, 50) / 100)));
    const steps: DemoStep[] = [];
    const reformYear = d.chance(0.5) ? (d.chance(0.7) ? 2023 : 2024) : null;
    const cancelledOn = cancelled.get(index);
    // A reform is registered on an item in force: after it was listed, before any cancellation.
    if (
      reformYear !== null &&
      cancelledOn === undefined &&
      `${reformYear}-10-31` <= refs.today &&
      item.listedOn < `${reformYear}-04-01`
    )
      steps.push(reformStep(d, item, promisedLimit, reformYear));
    if (cancelledOn !== undefined && cancelledOn <= refs.today)
      steps.push({
        action: "cancel",
        by: pools.BUREAU_CLERK,
        values: {
          cancelledOn,
          cancelReason: "上位法修改，该事项不再作为行政许可实施，从清单中移出",
        },
      });
    return [
      {
        by: pools.BUREAU_CLERK,
        values: {
          itemCode: item.code,
          itemName: item.name,
          legalBasis: item.department.law,
          keeperOrg: refs.org(pools.APPROVAL_BUREAU),
          approvingOrg: refs.org(atBureau ? pools.APPROVAL_BUREAU : item.department.code),
          listedOn: item.listedOn,
          statutoryLimit: item.statutoryLimit,
          promisedLimit,
          reassignments: changes,
        },
        steps,
      },
    ];
  });
};
