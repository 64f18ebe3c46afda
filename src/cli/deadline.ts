// `fazhi deadline`: a statutory due date with its explanation, or the list of rules.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  deadlineFor,
  defaultCalendarConfig,
  formatChineseDate,
  parseCalendarConfig,
  parseIsoDate,
  statutoryRules,
  type CalendarConfig,
  type Deadline,
  type FieldError,
  type PauseInput,
  type Result,
} from "../calendar/index.js";
import { describePeriod } from "../calendar/explain.js";
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

function renderText(deadline: Deadline): string {
  const rule = statutoryRules.find((candidate) => candidate.id === deadline.rule);
  const head = [
    `规则：${deadline.rule} ${rule?.title ?? ""}`,
    `依据：《${rule?.law.title ?? ""}》${rule?.article ?? ""}（${rule ? VERIFICATION_LABELS[rule.verification] : ""}）`,
    `起算：${formatChineseDate(deadline.from)}`,
    `届满：${formatChineseDate(deadline.due)}${deadline.provisional ? "（临时结果）" : ""}`,
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
  let extension: number | undefined;
  if (values.extend !== undefined) {
    extension = Number(values.extend);
    if (!/^\d+$/.test(values.extend))
      return usageError(`--extend：应为正整数天数（收到“${values.extend}”）。`);
  }
  const config = await loadConfig(values.config ?? process.env.FAZHI_CONFIG);
  if (!config.ok) return usageError(formatErrors(config.errors));
  const result = deadlineFor({
    ruleId,
    start,
    pauses,
    config: config.value,
    ...(extension !== undefined ? { extension } : {}),
  });
  if (!result.ok) return usageError(formatErrors(result.errors));
  if (values.json) {
    const { rule, from, due, provisional, steps } = result.value;
    return success(`${JSON.stringify({ rule, from, due, provisional, steps })}\n`);
  }
  return success(renderText(result.value));
}
