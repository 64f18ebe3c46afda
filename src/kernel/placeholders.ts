// Figure placeholders in report text ({{legalAid.cases}}, {{study.sessions|cn}}): one grammar for
// the server, which fills them, and the web editor, which shows them as chips. Pure, no I/O.
// The formats after the key (docs/report-placeholders.md) say how the figure is printed.

/**
 * `{{key}}` or `{{key|format|format:arg}}`, spaces allowed inside the braces and around `|`.
 * Group 1 is the key, group 2 the formats with their leading `|` (parsed by `parseFormats`).
 * The full-width ｜ ： ％ a Chinese input method types are read as | : %.
 */
export const PLACEHOLDER = /\{\{\s*([^{}\s|｜]+)\s*([|｜][^{}]*)?\}\}/g;

/** How a placeholder prints its figure instead of (or besides) the indicator's declared format. */
export type FigureFormat =
  /** 中文数字: 11 → 十一, 2200 → 二千二百 (whole numbers only). */
  | { readonly kind: "cn" }
  /** 万: 152,340 → 15万余; with decimals 117,600 → 11.76万; below 10,000 plainly. */
  | { readonly kind: "wan"; readonly decimals: number | null }
  /** 约数: 2231 with step 100 → 2200余. */
  | { readonly kind: "approx"; readonly step: number }
  /** The exact value, overriding a declared approx or 万 format. */
  | { readonly kind: "exact" }
  /** 80%以上 / 2000以上 when the value meets the threshold, else the value itself. */
  | {
      readonly kind: "atLeast";
      readonly threshold: number;
      readonly isPercent: boolean;
      readonly text: string;
    }
  /** 同比增加39% / 同比减少12.5% / 与上年持平 (a rate: 同比提高5个百分点). */
  | { readonly kind: "yoy"; readonly decimals: number }
  /** 同比增加12 (with unit: 同比增加12件). */
  | { readonly kind: "yoyAbs" }
  /** The indicator's declared unit after the figure: 2200余人次, 30人. */
  | { readonly kind: "unit" };

export type FormatKind = FigureFormat["kind"];

/** The formats a report writer may type, in the order the docs list them. */
export const FORMAT_NAMES: readonly FormatKind[] = [
  "cn",
  "wan",
  "approx",
  "exact",
  "atLeast",
  "yoy",
  "yoyAbs",
  "unit",
];

export type Segment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "figure";
      readonly key: string;
      readonly formats: readonly FigureFormat[];
      /** The placeholder as typed ("{{ a.b | cn }}"), kept when text is rewritten. */
      readonly source: string;
      /** Why the formats cannot be read (unknown name, bad argument, bad order); null when fine. */
      readonly grammarProblem: string | null;
    };

export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    const parsed = parseFormats(match[2] ?? "");
    segments.push({
      kind: "figure",
      key: match[1] ?? "",
      formats: "problem" in parsed ? [] : parsed.formats,
      source: match[0],
      grammarProblem: "problem" in parsed ? parsed.problem : null,
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

export const citedKeys = (text: string): string[] => [
  ...new Set(
    segmentsOf(text).flatMap((segment) => (segment.kind === "figure" ? [segment.key] : [])),
  ),
];

/** The placeholder text for a key and its formats: `{{a.b}}`, `{{a.b|wan|unit}}`. */
export const placeholderText = (key: string, formats: readonly FigureFormat[] = []): string =>
  `{{${[key, ...formats.map(formatText)].join("|")}}}`;

/** A format as written in a placeholder: "cn", "wan:2", "atLeast:80%". */
export function formatText(format: FigureFormat): string {
  switch (format.kind) {
    case "wan":
      return format.decimals === null ? "wan" : `wan:${String(format.decimals)}`;
    case "approx":
      return `approx:${String(format.step)}`;
    case "atLeast":
      return `atLeast:${format.text}`;
    case "yoy":
      return format.decimals === 1 ? "yoy" : `yoy:${String(format.decimals)}`;
    default:
      return format.kind;
  }
}

/** A format as the editor's chip names it ("批示次数·中文"). */
export function formatLabel(format: FigureFormat): string {
  switch (format.kind) {
    case "cn":
      return "中文";
    case "wan":
      return format.decimals === null ? "万" : `万（${String(format.decimals)}位小数）`;
    case "approx":
      return `约数（${String(format.step)}）`;
    case "exact":
      return "精确值";
    case "atLeast":
      return `${format.text}以上`;
    case "yoy":
      return "同比";
    case "yoyAbs":
      return "同比增减数";
    case "unit":
      return "带单位";
  }
}

type Parsed = { readonly formats: FigureFormat[] } | { readonly problem: string };

const known = FORMAT_NAMES.join("、");

/**
 * The formats after the key ("|wan|unit"): at most one format choosing how the number prints,
 * then `unit` last, each at most once. A problem names the format as typed, in Chinese.
 */
export function parseFormats(tail: string): Parsed {
  if (tail.trim() === "") return { formats: [] };
  const formats: FigureFormat[] = [];
  const ascii = tail.replace(/[｜：％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const part of ascii.split("|").slice(1)) {
    const written = part.trim();
    if (written === "") return { problem: "“|”后缺少格式名" };
    const colon = written.indexOf(":");
    const name = colon < 0 ? written : written.slice(0, colon).trim();
    const arg = colon < 0 ? null : written.slice(colon + 1).trim();
    const format = formatOf(name, arg);
    if (typeof format === "string") return { problem: format };
    if (formats.some((f) => f.kind === "unit")) return { problem: "格式“unit”须写在最后" };
    const main = formats[0];
    if (main && format.kind !== "unit")
      return { problem: `格式“${written}”不能与“${formatText(main)}”同用（只能选一种数字格式）` };
    formats.push(format);
  }
  return { formats };
}

/** One format from its name and argument, or the problem with it. */
function formatOf(name: string, arg: string | null): FigureFormat | string {
  const noArg = (format: FigureFormat) =>
    arg === null ? format : `格式“${name}”不带参数（写作 ${name}）`;
  switch (name) {
    case "cn":
    case "exact":
    case "yoyAbs":
    case "unit":
      return noArg({ kind: name });
    case "wan": {
      if (arg === null) return { kind: "wan", decimals: null };
      return /^[1-4]$/.test(arg)
        ? { kind: "wan", decimals: Number(arg) }
        : `格式“wan”的参数应为小数位数1至4（如 wan:2），“${arg}”不可用`;
    }
    case "approx":
      return arg !== null && /^10{1,4}$/.test(arg)
        ? { kind: "approx", step: Number(arg) }
        : `格式“approx”的参数应为10、100、1000或10000（如 approx:100），“${arg ?? ""}”不可用`;
    case "yoy":
      if (arg === null) return { kind: "yoy", decimals: 1 };
      return /^[0-2]$/.test(arg)
        ? { kind: "yoy", decimals: Number(arg) }
        : `格式“yoy”的参数应为小数位数0至2（如 yoy:1），“${arg}”不可用`;
    case "atLeast": {
      const matched = /^(\d+(?:\.\d+)?)(%?)$/.exec(arg ?? "");
      if (!matched || Number(matched[1]) <= 0)
        return `格式“atLeast”的参数应为正数或百分数（如 atLeast:80%、atLeast:2000），“${arg ?? ""}”不可用`;
      const isPercent = matched[2] === "%";
      const number = Number(matched[1]);
      return {
        kind: "atLeast",
        threshold: isPercent ? number / 100 : number,
        isPercent,
        text: arg ?? "",
      };
    }
    default:
      return `未知的格式“${name}”（可用：${known}）`;
  }
}
