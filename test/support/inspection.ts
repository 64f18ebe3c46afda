// A small entity and inspector registry for the draw's tests (db tier and the browser journey):
// 120 entities of two industries under the market bureau in four credit-risk classes, one entity
// of class D affiliated with the justice bureau, inspectors of both bureaus, and one inspector who
// declared a conflict with the other class-D entity.
import { creditCodeOf } from "../../src/draw/testing.js";
import { inspector, marketEntity } from "../../src/domains/inspectionRegistry/index.js";
import { asSystem } from "../../src/engine/actor.js";
import { importRecords } from "../../src/engine/bulk/import.js";
import type { EngineContext } from "../../src/engine/context.js";

export interface TestRegistry {
  /** Class D: a declared conflict of inspector ZF-M-001. */
  readonly conflicted: string;
  /** Class D: affiliated with the justice bureau, whose inspectors step aside. */
  readonly affiliated: string;
  readonly conflictedInspector: string;
  readonly justiceInspectors: readonly string[];
}

const CLASSES: readonly (string | null)[] = ["A", "B", "B", "C", null];

export async function seedTestRegistry(
  context: EngineContext,
  orgs: { readonly market: number; readonly justice: number },
): Promise<TestRegistry> {
  const conflicted = creditCodeOf(900);
  const affiliated = creditCodeOf(901);
  const entities = Array.from({ length: 120 }, (_, i) => ({
    values: {
      creditCode: creditCodeOf(i),
      name: `侯马市测试第${i + 1}号商贸有限公司`,
      industry: i % 2 === 0 ? "51" : "52",
      riskClass: CLASSES[i % CLASSES.length],
      supervisingOrg: orgs.market,
      registeredOn: "2019-05-01",
      status: i === 7 ? "deregistered" : "active",
    },
  }));
  for (const [creditCode, extra] of [
    [conflicted, {}],
    [affiliated, { affiliatedOrg: orgs.justice }],
  ] as const)
    entities.push({
      values: {
        creditCode,
        name: `侯马市测试${creditCode.slice(-4)}实业有限公司`,
        industry: "51",
        riskClass: "D",
        supervisingOrg: orgs.market,
        registeredOn: "2018-03-01",
        status: "active",
        ...extra,
      },
    });
  const system = asSystem("测试名录库");
  const source = { source: { file: null, note: "测试" } };
  const one = await importRecords(context, marketEntity, system, entities, source);
  if (!one.ok) throw new Error(JSON.stringify(one.problems.slice(0, 3)));
  const people = [
    ...Array.from({ length: 6 }, (_, i) => ({ code: `ZF-M-00${i + 1}`, org: orgs.market })),
    ...Array.from({ length: 4 }, (_, i) => ({ code: `ZF-J-00${i + 1}`, org: orgs.justice })),
  ];
  const two = await importRecords(
    context,
    inspector,
    system,
    people.map((person, i) => ({
      values: {
        name: `检查员${String.fromCharCode(0x7532 + i)}`,
        certificateNumber: person.code,
        org: person.org,
        speciality: "marketRegulation",
        certificateIssuedOn: "2021-01-01",
        certificateValidUntil: "2030-12-31",
        status: "onDuty",
        conflicts:
          person.code === "ZF-M-001"
            ? [{ creditCode: conflicted, reason: "近亲属在该企业任职", declaredOn: "2023-01-05" }]
            : [],
      },
    })),
    source,
  );
  if (!two.ok) throw new Error(JSON.stringify(two.problems.slice(0, 3)));
  return {
    conflicted,
    affiliated,
    conflictedInspector: "ZF-M-001",
    justiceInspectors: people.filter((p) => p.org === orgs.justice).map((p) => p.code),
  };
}

/** A joint plan of the two bureaus over industries 51 and 52, sampling every class-D entity. */
export const jointPlanValues = (orgs: { readonly market: number }) => ({
  year: 2024,
  draftedOn: "2024-03-01",
  title: "2024年市场监管、司法行政联合商贸企业“双随机、一公开”抽查",
  kind: "joint",
  leadingOrg: orgs.market,
  participants: [{ department: "侯马市市场监督管理局" }, { department: "侯马市司法局" }],
  items: [
    {
      item: "营业执照规范使用情况检查",
      basis: "《市场主体登记管理条例》第三十六条",
      method: "onSite",
    },
  ],
  industries: [{ industry: "51" }, { industry: "52" }],
  bySupervisingDepartment: false,
  riskWeighted: true,
  ratioA: 2,
  ratioB: 5,
  ratioC: 10,
  ratioD: 100,
  inspectorsPerEntity: 2,
  periodStart: "2024-04-01",
  periodEnd: "2024-04-30",
  lotteryName: "中国福利彩票“快乐8”",
  lotteryIssue: "第2024080期",
  lotteryDate: "2024-03-25",
  witnesses: [{ name: "王建华", unit: "市纪委监委派驻纪检监察组" }],
});
