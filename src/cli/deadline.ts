// `fazhi deadline`: a statutory due date with its explanation, or the list of rules.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  deadlineFor,
  defaultCalendarConfig,
  formatDisplayDate,
  parseCalendarConfig,
  parseIsoDate,
  statutoryRules,
  type CalendarConfig,
  type CalendarPolicy,
  type Deadline,
  type FieldError,
  type IsoDate,
  type PauseInput,
  type Result,
} from "../calendar/index.js";
import { citation, describePeriod } from "../calendar/explain.js";
import { success, usageError, type CommandOutput } from "./io.js";

const VERIFICATION_LABELS = {
  verified: "已核实",
  secondary: "二手来源",
  unverified: "未核实",
  local: "地方规定",
};

/** Calendar fields named as the options a user typed. */
const OPTION_OF_FIELD: readonly (readonly [RegExp, string])[] = [
  [/^pauses/, "--pause"],
  [/^restarts/, "--restart"],
  [/^extension/, "--extend"],
  [/^rule$/, "RULE"],
];

function formatErrors(errors: readonly FieldError[]): string {
  const name = (field: string): string =>
    OPTION_OF_FIELD.reduce((text, [pattern, option]) => text.replace(pattern, option), field);
  return errors
    .map((error) => `${name(error.field)}：${error.message}（${error.code}）`)
    .join("\n       ");
}

async function loadConfig(path: string | undefined): Promise<Result<CalendarConfig>> {
  if (path === undefined) return { ok: true, value: defaultCalendarConfig };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        { field: "--config", code: "config.unreadable", message: `无法读取 ${path}：${reason}` },
      ],
    };
  }
  return parseCalendarConfig(raw, statutoryRules);
}

function parsePause(text: string, index: number): PauseInput | FieldError {
  const [fromText = "", toText = "", extra] = text.split("..");
  const from = parseIsoDate(fromText);
  const to = parseIsoDate(toText);
  if (from === null || to === null || extra !== undefined) {
    return {
      field: `--pause[${index}]`,
      code: "pause.format",
      message: `应为 YYYY-MM-DD..YYYY-MM-DD（收到“${text}”）。`,
    };
  }
  return { from, to };
}

function listRules(asJson: boolean): CommandOutput {
  if (asJson) return success(`${JSON.stringify(statutoryRules, null, 2)}\n`);
  const lines = statutoryRules.map(
    (rule) =>
      `${rule.id.padEnd(44)} ${describePeriod(rule.period).padEnd(12)} ${rule.title}（《${rule.law.title}》${rule.article}，${VERIFICATION_LABELS[rule.verification]}）`,
  );
  return success(`${lines.join("\n")}\n`);
}

const EXTENSION_BASES = {
  periodEnd: "原期间最后一日（未按休假日顺延）",
  shiftedDue: "顺延后的届满日",
} as const;

function renderText(input: {
  readonly deadline: Deadline;
  readonly restarts: readonly IsoDate[];
  readonly extensionBase: keyof typeof EXTENSION_BASES | null;
}): string {
  const { deadline } = input;
  const rule = statutoryRules.find((candidate) => candidate.id === deadline.rule);
  const head = [
    `规则：${deadline.rule} ${rule?.title ?? ""}`,
    `依据：${rule ? citation(rule) : ""}（${rule ? VERIFICATION_LABELS[rule.verification] : ""}）`,
    `起算：${formatDisplayDate(deadline.from)}`,
    ...input.restarts.map((day) => `重新起算：${formatDisplayDate(day)}`),
    ...(input.extensionBase ? [`延长基数：${EXTENSION_BASES[input.extensionBase]}`] : []),
    `届满：${formatDisplayDate(deadline.due)}${deadline.provisional ? "（临时结果）" : ""}`,
    "计算过程：",
  ];
  const steps = deadline.steps.map((step) => `  ${step.date}  ${step.text}`);
  return `${[...head, ...steps].join("\n")}\n`;
}

export async function deadlineCommand(args: readonly string[]): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        from: { type: "string" },
        pause: { type: "string", multiple: true },
        restart: { type: "string", multiple: true },
        "extension-base": { type: "string" },
        extend: { type: "string" },
        json: { type: "boolean", default: false },
        list: { type: "boolean", default: false },
        config: { type: "string" },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.list) return listRules(values.json);
  const [ruleId, ...extra] = positionals;
  if (ruleId === undefined)
    return usageError("缺少规则编号。运行 fazhi deadline --list 查看全部规则。");
  if (extra.length > 0) return usageError(`多余的参数：${extra.join(" ")}`);
  if (values.from === undefined) return usageError("缺少 --from（起算日，YYYY-MM-DD）。");
  const start = parseIsoDate(values.from);
  if (start === null)
    return usageError(`--from：日期应为有效的 YYYY-MM-DD（收到“${values.from}”）。`);
  const pauses: PauseInput[] = [];
  for (const [index, text] of (values.pause ?? []).entries()) {
    const pause = parsePause(text, index);
    if ("code" in pause) return usageError(formatErrors([pause]));
    pauses.push(pause);
  }
  const restarts: IsoDate[] = [];
  for (const [index, text] of (values.restart ?? []).entries()) {
    const day = parseIsoDate(text);
    if (day === null)
      return usageError(`--restart[${index}]：日期应为有效的 YYYY-MM-DD（收到“${text}”）。`);
    restarts.push(day);
  }
  const baseText = values["extension-base"];
  if (baseText !== undefined && baseText !== "periodEnd" && baseText !== "shiftedDue")
    return usageError(`--extension-base：应为 periodEnd 或 shiftedDue（收到“${baseText}”）。`);
  const base: CalendarPolicy["extensionBase"] | undefined = baseText;
  let extension: number | undefined;
  if (values.extend !== undefined) {
    extension = Number(values.extend);
    if (!/^\d+$/.test(values.extend))
      return usageError(`--extend：应为正整数天数（收到“${values.extend}”）。`);
  }
  const config = await loadConfig(values.config ?? process.env.FAZHI_CONFIG);
  if (!config.ok) return usageError(formatErrors(config.errors));
  const policy = { ...config.value.policy, ...(base ? { extensionBase: base } : {}) };
  const result = deadlineFor({
    ruleId,
    start,
    pauses,
    restarts,
    config: { ...config.value, policy },
    ...(extension !== undefined ? { extension } : {}),
  });
  if (!result.ok) return usageError(formatErrors(result.errors));
  const extensionBase = extension !== undefined ? policy.extensionBase : null;
  if (values.json) {
    const { rule, from, due, provisional, steps } = result.value;
    const json = { rule, from, restarts, extensionBase, due, provisional, steps };
    return success(`${JSON.stringify(json)}\n`);
  }
  return success(renderText({ deadline: result.value, restarts, extensionBase }));
}
