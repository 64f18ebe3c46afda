// The unit a writer typed after a placeholder ("{{training.participants}}人") against the unit the
// indicator counts in: a report must never print 人 where the figure counts 人次. Pure.

/** Measure words that follow a count in report prose; longer ones first where one starts another. */
const UNITS = [
  "人次",
  "家次",
  "户次",
  "件次",
  "场次",
  "万元",
  "人",
  "名",
  "位",
  "件",
  "次",
  "个",
  "项",
  "户",
  "份",
  "部",
  "条",
  "类",
  "家",
  "场",
  "期",
  "篇",
  "起",
  "套",
  "批",
  "所",
  "支",
  "宗",
  "册",
  "本",
  "元",
  "天",
  "小时",
] as const;

/** The unit at the start of the text after a placeholder (past a typed 余 or 多), if any. */
export function typedUnit(after: string, declared: string): string | null {
  const rest = after.replace(/^[余多]/, "");
  const candidates = [declared, ...UNITS].filter((unit) => unit !== "" && rest.startsWith(unit));
  // The longest match: 人次 is not 人 followed by 次.
  return candidates.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * Why the unit typed after a placeholder is wrong: it differs from the declared unit, or the
 * placeholder prints the unit already (`|unit`). Null when it is right or no unit is typed.
 */
export function typedUnitProblem(input: {
  readonly after: string;
  readonly declared: string;
  readonly printsUnit: boolean;
}): string | null {
  const typed = typedUnit(input.after, input.declared);
  if (typed === null) return null;
  if (input.printsUnit) return `已用格式“unit”写出单位，其后不要再写“${typed}”`;
  if (input.declared === "" || typed === input.declared) return null;
  return `指标的单位是“${input.declared}”，段落中写作“${typed}”`;
}
