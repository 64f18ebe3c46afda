// Demo normative documents of 侯马市, 2021 to the load day, in every state: issued and filed (two
// filed late), one amended after the 2023 cleanup, two repealed in it, one lapsed at the end of its
// validity, one abandoned, and near the load day a draft, one out for comment, one awaiting its
// legality review, one issued and not yet filed (its filing clock running) and an interim document
// whose validity ends within weeks. Issued documents are published on the portal. Their legality
// reviews are the legalityReview demo's (it reads these records through refs.loaded).
import type { FieldValue, ScalarValue } from "../../kernel/values.js";
import { dice, type Dice } from "../../seed/dice.js";
import type { DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { shift, workdays, workingOnOrAfter, workingOnOrBefore } from "../../seed/working-days.js";
import { dueOf } from "./demo-dates.js";
import * as pools from "./demo-pools.js";

type Fate =
  | "inForce"
  | "filedLate"
  | "amended"
  | "repealed"
  | "expired"
  | "abandoned"
  | "drafting"
  | "inComment"
  | "reviewing"
  | "notFiled";

/** Which document, drafted when (a date, or days before the load day), and how it ends. */
interface Plan {
  readonly seed: number;
  readonly drafted: string | { readonly daysAgo: number };
  readonly fate: Fate;
}

const PLANS: readonly Plan[] = [
  { seed: 0, drafted: "2021-01-11", fate: "expired" },
  { seed: 1, drafted: "2021-02-22", fate: "repealed" },
  { seed: 2, drafted: "2021-05-10", fate: "repealed" },
  { seed: 3, drafted: "2022-01-10", fate: "filedLate" },
  { seed: 4, drafted: "2022-03-14", fate: "inForce" },
  { seed: 5, drafted: "2022-06-06", fate: "amended" },
  { seed: 6, drafted: "2023-01-09", fate: "inForce" },
  { seed: 7, drafted: "2023-02-13", fate: "inForce" },
  { seed: 9, drafted: "2023-03-20", fate: "filedLate" },
  { seed: 10, drafted: "2023-04-17", fate: "inForce" },
  { seed: 12, drafted: "2023-06-05", fate: "inForce" },
  { seed: 11, drafted: "2023-08-07", fate: "inForce" },
  { seed: 13, drafted: "2024-01-15", fate: "inForce" },
  { seed: 15, drafted: "2024-03-04", fate: "inForce" },
  { seed: 16, drafted: "2024-05-13", fate: "inForce" },
  // Interim (2 years): drafted so that its validity ends some four weeks after the load day.
  { seed: 17, drafted: { daysAgo: 795 }, fate: "inForce" },
  { seed: 8, drafted: "2024-11-18", fate: "inForce" },
  { seed: 18, drafted: "2025-02-17", fate: "inForce" },
  { seed: 19, drafted: "2025-04-14", fate: "abandoned" },
  { seed: 20, drafted: "2026-01-12", fate: "inForce" },
  { seed: 21, drafted: { daysAgo: 140 }, fate: "notFiled" },
  { seed: 23, drafted: { daysAgo: 90 }, fate: "reviewing" },
  { seed: 14, drafted: { daysAgo: 40 }, fate: "inComment" },
  { seed: 22, drafted: { daysAgo: 12 }, fate: "drafting" },
];

/** A cleanup looks at the documents in force on its day whose field it covers. */
const COVERS: Readonly<Record<string, (seed: pools.DocumentSeed) => boolean>> = {
  营商环境: (seed) => seed.business,
  黄河流域: (seed) => /汾河|土地|农田/.test(seed.title),
  产权保护: (seed) => /土地|征收|投资|维修资金/.test(seed.title),
  集中清理: () => true,
};
const covers = (batch: string, seed: pools.DocumentSeed): boolean =>
  Object.entries(COVERS).some(([word, test]) => batch.includes(word) && test(seed));

/** What the 2023 cleanup found for the documents it did not keep. */
const CLEANUP_FINDINGS: Readonly<Record<number, { result: "amend" | "repeal"; note: string }>> = {
  1: { result: "repeal", note: "与2021年修订的《中华人民共和国土地管理法实施条例》不一致" },
  2: { result: "repeal", note: "已被《山西省汾河保护条例》及市级补偿方案替代" },
  5: { result: "amend", note: "登记程序与食品小作坊“证照分离”改革要求不一致，需修改" },
};

const LATE_REASONS = [
  "经办人员变动，文件报备工作交接不及时",
  "报备材料中起草说明、合法性审核意见不全，补齐后报送",
] as const;

class Numbers {
  private readonly last = new Map<string, number>();
  constructor(private readonly d: Dice) {}
  /** The next 文号 of a series in a year, leaving gaps for the other documents it issues. */
  next(prefix: string, year: string, step: number): string {
    const key = `${prefix}${year}`;
    const n = (this.last.get(key) ?? 0) + this.d.int(1, step);
    this.last.set(key, n);
    return `${prefix}〔${year}〕${n}号`;
  }
}

interface Built {
  readonly record: DemoRecord;
  /** Sorts the registrations of a year into the 三统一 series. */
  readonly registeredOn: string | null;
}

function build(refs: DemoRefs, d: Dice, numbers: Numbers, plan: Plan): Built {
  const seed = pools.DOCUMENTS[plan.seed];
  if (!seed) throw new Error(`demo data: no document seed ${plan.seed}`);
  const who = pools.keeperOf(seed.org);
  const draftedOn =
    typeof plan.drafted === "string"
      ? workingOnOrAfter(plan.drafted)
      : workingOnOrBefore(shift(refs.today, -plan.drafted.daysAgo));
  const interim = pools.isInterimTitle(seed.title);
  const values: Record<string, FieldValue> = {
    title: seed.title,
    draftingOrg: refs.org(seed.org),
    supervisingOrg: refs.org(pools.JUSTICE),
    issuingBody: seed.body,
    draftedOn,
    isInterim: interim,
    isBusinessRelated: seed.business,
    basis: seed.basis,
    summary: seed.summary,
    commentMode: "public",
  };
  const steps: DemoStep[] = [];
  const take = (action: string, stepValues: Record<string, FieldValue> = {}, by = who) =>
    steps.push({ action, by, values: stepValues });
  const done = (): Built => ({ record: { by: who, values, steps }, registeredOn });
  let registeredOn: string | null = null;
  if (plan.fate === "drafting") return done();

  const commentStartOn = workdays(draftedOn, d.int(15, 25));
  if (plan.fate === "inComment") {
    take("openComment", { commentStartOn: workingOnOrBefore(shift(refs.today, -d.int(6, 12))) });
    return done();
  }
  take("openComment", { commentStartOn });
  // One 2023 document went out for 15 days only, as the province's deadline required (reason given).
  const shortened = plan.seed === 6;
  const commentEndOn = shortened
    ? shift(commentStartOn, 15)
    : seed.business
      ? shift(commentStartOn, 30 + d.int(0, 3))
      : workdays(commentStartOn, 7 + d.int(1, 3));
  const received = d.int(3, 26);
  take("closeComment", {
    commentEndOn,
    commentsReceived: received,
    commentsAdopted: d.int(Math.floor(received / 3), received),
    ...(shortened
      ? { commentShortenedReason: "为按期落实省级优化营商环境部署，经市政府同意缩短征求意见期限" }
      : {}),
  });
  if (plan.fate === "abandoned") {
    take("abandon", {
      abandonedOn: workdays(commentEndOn, d.int(10, 20)),
      abandonReason: "省人民政府出台同类规章，本市不再另行制定，终止制定程序",
    });
    return done();
  }
  const reviewRequestedOn = workdays(commentEndOn, d.int(4, 10));
  take("submitForReview", { reviewRequestedOn });
  if (plan.fate === "reviewing") return done();

  // The review takes 3–8 working days; the legalityReview demo dates its opinion 3 before this.
  const discussedOn = workdays(reviewRequestedOn, d.int(3, 8) + 3);
  const year = discussedOn.slice(0, 4);
  const meeting = seed.body === "department" ? "局务会议" : "市政府常务会议";
  take(
    "discuss",
    {
      discussedOn,
      discussionSession: `${year}年第${d.int(2, 30)}次${meeting}`,
      discussionResult: d.chance(0.6) ? "approved" : "approvedWithChanges",
    },
    pools.OFFICE_USER,
  );
  registeredOn = workdays(discussedOn, d.int(3, 6));
  const prefix =
    seed.body === "department"
      ? (pools.ISSUING_PREFIX[seed.org] ?? "侯政办发")
      : (pools.ISSUING_PREFIX[seed.body] ?? "侯政发");
  // registrationNumber is given once every record is built (the year's series in order).
  take("register", { registeredOn, issuingNumber: numbers.next(prefix, year, 9) });
  const publishedOn =
    plan.fate === "notFiled"
      ? workingOnOrBefore(shift(refs.today, -d.int(10, 16)))
      : workdays(registeredOn, d.int(1, 4));
  if (publishedOn < registeredOn) throw new Error(`demo data: ${seed.title} published early`);
  const effectiveOn = shift(publishedOn, d.int(0, 30));
  take("issue", { publishedOn, effectiveOn, status: "valid" });

  if (plan.fate !== "notFiled") {
    const late = plan.fate === "filedLate";
    const filedOn = late
      ? shift(dueOf("normativeDocument.filing", publishedOn), d.int(5, 20))
      : workingOnOrBefore(shift(publishedOn, d.int(6, 25)));
    const filedTo = pools.FILED_TO[seed.body] ?? "侯马市人民政府";
    const filingPrefix = filedTo.startsWith("临汾") ? "临规备" : "侯规备";
    take("file", {
      filedOn,
      filedTo,
      filingNumber: numbers.next(filingPrefix, filedOn.slice(0, 4), 6),
      filedLate: late,
      ...(late ? { lateReason: d.pick(LATE_REASONS) } : {}),
    });
  }
  const validityRule = interim ? "normativeDocument.validityInterim" : "normativeDocument.validity";
  const validUntil = dueOf(validityRule, effectiveOn);
  const cleanups: Record<string, ScalarValue>[] = [];
  const batches = [...pools.CLEANUPS_2023, pools.CLEANUP_2025];
  for (const batch of batches) {
    if (batch.on <= publishedOn || batch.on >= validUntil || batch.on > refs.today) continue;
    if (!covers(batch.batch, seed)) continue;
    const finding = batch.on.startsWith("2023") ? CLEANUP_FINDINGS[plan.seed] : undefined;
    cleanups.push({
      cleanedOn: batch.on,
      batch: batch.batch,
      result: finding?.result ?? "keep",
      ...(finding ? { note: finding.note } : {}),
    });
    take("recordCleanup", { cleanups: [...cleanups] }, pools.OFFICE_USER);
    if (finding?.result === "repeal") {
      take("repeal", {
        repealedOn: workdays(batch.on, d.int(10, 20)),
        repealNumber: numbers.next("侯政发", batch.on.slice(0, 4), 9),
        repealReason: `经${batch.batch}，${finding.note}，决定废止`,
      });
      return done();
    }
    if (finding?.result === "amend") {
      take("amend", {
        amendedOn: workingOnOrAfter(shift(batch.on, 250)),
        amendmentNumber: numbers.next(prefix, String(Number(year) + 1), 9),
        amendmentSummary:
          "按照“证照分离”改革要求，简化登记材料，将登记时限由20个工作日压减为10个工作日",
      });
    }
  }
  if (plan.fate === "expired" || validUntil < refs.today)
    take("expire", { expiredOn: validUntil }, pools.OFFICE_USER);
  return done();
}

/** Issued documents on the portal, published the working day after they were issued. */
function published(record: DemoRecord, today: string): DemoRecord {
  const issue = record.steps.find((step) => step.action === "issue")?.values?.publishedOn;
  if (typeof issue !== "string") return record;
  const on = workdays(issue, 1);
  return on > today ? record : { ...record, publish: { by: pools.OFFICE_USER, on } };
}

export function normativeDocumentDemo(refs: DemoRefs): readonly DemoRecord[] {
  const d = dice(refs.random);
  const numbers = new Numbers(d);
  const built = PLANS.map((plan) => build(refs, d, numbers, plan));
  // 三统一: the year's registrations numbered 1, 2, 3 … in the order they were registered.
  const order = built
    .map((item, index) => ({ index, on: item.registeredOn }))
    .filter((item): item is { index: number; on: string } => item.on !== null)
    .sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index);
  const numberOf = new Map<number, string>();
  const perYear = new Map<string, number>();
  for (const { index, on } of order) {
    const n = (perYear.get(on.slice(0, 4)) ?? 0) + 1;
    perYear.set(on.slice(0, 4), n);
    numberOf.set(index, `侯规〔${on.slice(0, 4)}〕${n}号`);
  }
  return built.map(({ record }, index) => {
    const registrationNumber = numberOf.get(index);
    const steps = record.steps.map((step) =>
      step.action === "register" && registrationNumber
        ? { ...step, values: { ...step.values, registrationNumber } }
        : step,
    );
    return published({ ...record, steps }, refs.today);
  });
}
