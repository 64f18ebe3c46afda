// Demo directories of 侯马市: about 6,000 market entities (the registry a county's market-regulation
// bureau exports, with this month's credit-risk classes: roughly A 30 %, B 50 %, C 15 %, D 5 %;
// a few newly registered ones not yet classified; a few 注销, 吊销 or 迁出) and about 150
// enforcement inspectors of the bureau and the other enforcement departments, some with declared
// conflicts, a few suspended, transferred or with an expired certificate.
import { creditCodeCheckCharacter } from "../../kernel/codes.js";
import type { FieldValue } from "../../kernel/values.js";
import { dice, type Dice } from "../../seed/dice.js";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from "../../seed/people.js";
import type { DemoGenerator, DemoRecord, DemoRefs } from "../../seed/types.js";
import * as pools from "./demo-pools.js";

export const DEMO_ENTITIES = 6000;

const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const ORG_CODE_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organisation code body. */
function orgCodeCheck(body: string): string {
  const sum = ORG_CODE_WEIGHTS.reduce(
    (total, weight, i) => total + weight * ORG_CODE_CHARSET.indexOf(body[i] ?? "0"),
    0,
  );
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/**
 * A 侯马 credit code: registration authority 9 (market regulation), the kind (1 company, 2
 * individual business, 3 cooperative), 141081, the entity code with its own GB 11714 check
 * (MA… for entities registered since the 2015 reform, 8 digits before), the GB 32100 check.
 */
function creditCode(d: Dice, kind: "1" | "2" | "3", registeredOn: string): string {
  const chars = (n: number, set: string) =>
    Array.from({ length: n }, () => set[d.int(0, set.length - 1)] ?? "0").join("");
  const body = registeredOn >= "2016" ? `MA0${chars(5, CREDIT_CHARSET)}` : chars(8, "0123456789");
  const first17 = `9${kind}141081${body}${orgCodeCheck(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A day from the year `from` to `today`, as YYYY-MM-DD. */
function dayBetween(d: Dice, from: number, today: string): string {
  const start = Date.UTC(from, 0, 1);
  const end = Date.UTC(
    Number(today.slice(0, 4)),
    Number(today.slice(5, 7)) - 1,
    Number(today.slice(8, 10)),
  );
  return new Date(start + d.int(0, Math.floor((end - start) / 86_400_000)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const personName = (d: Dice): string =>
  d.pick(SURNAMES) + (d.chance(0.6) ? d.pick(MALE_NAMES) : d.pick(FEMALE_NAMES));

function pickIndustry(d: Dice): pools.IndustryPool {
  const total = pools.INDUSTRIES.reduce((sum, industry) => sum + industry.weight, 0);
  let at = (d.int(0, 9999) / 10_000) * total;
  for (const industry of pools.INDUSTRIES) {
    at -= industry.weight;
    if (at < 0) return industry;
  }
  return pools.INDUSTRIES[0] as pools.IndustryPool;
}

/** Registered within the last weeks: the monthly classification has not reached it yet. */
const isUnclassified = (registeredOn: string, today: string): boolean =>
  registeredOn > shiftDays(today, -45);

function riskClass(d: Dice, registeredOn: string, today: string): FieldValue {
  if (isUnclassified(registeredOn, today)) return null;
  const roll = d.int(0, 99);
  return roll < 30 ? "A" : roll < 80 ? "B" : roll < 95 ? "C" : "D";
}

function status(d: Dice): string {
  const roll = d.int(0, 999);
  return roll < 20 ? "deregistered" : roll < 26 ? "revoked" : roll < 31 ? "movedOut" : "active";
}

interface Named {
  readonly name: string;
  readonly kind: "1" | "2" | "3";
}

function entityName(
  d: Dice,
  industry: pools.IndustryPool,
  place: string,
  taken: Set<string>,
): Named {
  for (;;) {
    const trade = d.pick(pools.TRADE_FIRST) + d.pick(pools.TRADE_SECOND);
    const roll = d.int(0, 99);
    const named: Named =
      industry.cooperative.length > 0 && roll < 35
        ? { name: `侯马市${place}${trade}${d.pick(industry.cooperative)}专业合作社`, kind: "3" }
        : industry.shop.length > 0 && roll < 60
          ? { name: `侯马市${place}${trade}${d.pick(industry.shop)}`, kind: "2" }
          : {
              name: `侯马市${trade}${d.pick(industry.company)}${d.chance(0.85) ? "有限公司" : "有限责任公司"}`,
              kind: "1",
            };
    if (!taken.has(named.name)) {
      taken.add(named.name);
      return named;
    }
  }
}

/** The first day of the load day's month: the month's classification (SAMR classifies monthly). */
const classificationDay = (today: string): string => `${today.slice(0, 7)}-01`;

export const marketEntityDemo: DemoGenerator = (refs: DemoRefs): readonly DemoRecord[] => {
  const d = dice(refs.random);
  const classifiedOn = classificationDay(refs.today);
  const names = new Set<string>();
  const codes = new Set<string>();
  const uniqueCode = (kind: Named["kind"], registeredOn: string): string => {
    for (;;) {
      const code = creditCode(d, kind, registeredOn);
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };
  const record = (values: Record<string, FieldValue>): DemoRecord => ({
    by: "scj_clerk",
    values,
    steps: [],
  });
  const affiliated = pools.AFFILIATED.map(([name, industry, org]) => {
    names.add(name);
    const registeredOn = dayBetween(d, 1998, "2015-12-31");
    return record({
      creditCode: uniqueCode("1", registeredOn),
      name,
      industry,
      riskClass: d.chance(0.7) ? "A" : "B",
      riskClassifiedOn: classifiedOn,
      supervisingOrg: refs.org(pools.MARKET),
      affiliatedOrg: refs.org(org),
      address: `侯马市${d.pick(pools.PLACES)[0]}${d.pick(pools.PLACES)[1]}${d.int(1, 200)}号`,
      legalRepresentative: personName(d),
      registeredOn,
      status: "active",
    });
  });
  const others = Array.from({ length: DEMO_ENTITIES - affiliated.length }, () => {
    const industry = pickIndustry(d);
    const [township, street] = d.pick(pools.PLACES);
    const short = township.replace(/(街道|乡)$/, "");
    const named = entityName(d, industry, d.chance(0.5) ? short : "", names);
    const registeredOn = dayBetween(d, d.chance(0.25) ? 1995 : 2012, refs.today);
    const sector = industry.sector && d.chance(industry.sector.share) ? industry.sector.org : null;
    return record({
      creditCode: uniqueCode(named.kind, registeredOn),
      name: named.name,
      industry: industry.code,
      riskClass: riskClass(d, registeredOn, refs.today),
      riskClassifiedOn: isUnclassified(registeredOn, refs.today) ? null : classifiedOn,
      supervisingOrg: refs.org(sector ?? pools.MARKET),
      affiliatedOrg: null,
      address: `侯马市${township}${street}${d.int(1, 300)}号`,
      legalRepresentative: personName(d),
      registeredOn,
      status: status(d),
    });
  });
  return [...affiliated, ...others];
};

export const inspectorDemo: DemoGenerator = (refs: DemoRefs): readonly DemoRecord[] => {
  const d = dice(refs.random);
  const entities = refs
    .loaded("marketEntity")
    .map((entity) => entity.values["creditCode"])
    .filter((code): code is string => typeof code === "string");
  const records: DemoRecord[] = [];
  let serial = 0;
  for (const unit of pools.ENFORCEMENT_UNITS)
    for (let i = 1; i <= unit.inspectors; i += 1) {
      serial += 1;
      // A 行政执法证 is valid for five years and renewed: the directory holds the current one;
      // every 30th lapsed a few weeks or months ago and was not renewed yet.
      const validUntil =
        serial % 30 === 7
          ? shiftDays(refs.today, -d.int(10, 200))
          : shiftDays(refs.today, d.int(30, 1700));
      const issuedOn = shiftDays(validUntil, -5 * 365);
      const issuedYear = issuedOn.slice(2, 4);
      const conflicts =
        entities.length > 0 && serial % 9 === 4
          ? Array.from({ length: d.int(1, 2) }, () => ({
              creditCode: d.pick(entities),
              reason: d.pick(pools.CONFLICT_REASONS),
              declaredOn: dayBetween(d, Number(issuedOn.slice(0, 4)), refs.today),
            }))
          : [];
      records.push({
        by: unit.org.startsWith(pools.MARKET) ? "scj_clerk" : "fzb",
        values: {
          name: personName(d),
          certificateNumber: `141081${unit.number}${issuedYear}${String(i).padStart(4, "0")}`,
          org: refs.org(unit.org),
          speciality: d.pick(unit.specialities),
          certificateIssuedOn: issuedOn,
          certificateValidUntil: validUntil,
          status: serial % 37 === 11 ? "suspended" : serial % 41 === 20 ? "transferred" : "onDuty",
          conflicts,
        },
        steps: [],
      });
    }
  return records;
};
