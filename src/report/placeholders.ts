// Figure placeholders in report paragraphs ({{legalAid.cases}}) and the rule that a paragraph may
// not carry a typed number where an indicator gives it: the editor offers the indicator instead,
// with the format that prints it as typed (15万余 → {{key|wan}}, 十一次 → {{key|cn|unit}}).
import { chineseNumeral } from "../kernel/chinese-numerals.js";
import { tenThousands } from "../kernel/figure-format.js";
import type { IndicatorFormat } from "../kernel/indicators.js";
import { placeholderText, segmentsOf, type FigureFormat } from "../kernel/placeholders.js";
import { typedUnit } from "../kernel/typed-units.js";

export { citedKeys, segmentsOf, type Segment } from "../kernel/placeholders.js";

export interface FigureText {
  readonly key: string;
  /** The value as printed ("68", "142.3%", "60余"). */
  readonly formatted: string;
  readonly value: number | null;
  readonly unit?: string;
  readonly format?: IndicatorFormat | undefined;
}

export interface BareNumber {
  /** The number as typed ("68", "15万余", "五类" with its unit). */
  readonly number: string;
  readonly keys: readonly string[];
  /** What to put in its place, one for each key: "{{a.b}}", "{{a.b|wan}}", "{{a.b|cn|unit}}". */
  readonly replacements: readonly string[];
}

// A number as typed in Chinese prose: 68, 3,558, 142.3%, 60余, 11.76万, also in full-width digits
// (６８, typed in a full-width input mode). Not figures: dates and ordinals (2023年, 1月19日,
// 第16期, with or without a space), ages and time limits (60周岁, 3个工作日), and digits inside a
// word or code (5G, COVID-19, H7N9).
const NUMBER = /(?<![\d.])\d[\d,]*(?:\.\d+)?(?:%|万余|余|万)?(?![\d.])/g;
const NOT_A_FIGURE_AFTER = /^\s*(?:[年月日号期届]|周岁|岁|个?工作日|个?小时|分钟)/;
const NOT_A_FIGURE_BEFORE = /(?:第\s*|[A-Za-z-])$/;
const WORD_AFTER = /^[A-Za-z]/;

/** Full-width digits and signs as ASCII, one character for one, so positions stay the same. */
const asciiDigits = (text: string): string =>
  text.replace(/[０-９％．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Numbers in the text (outside placeholders) equal to the value of an indicator, with its keys. */
export function bareNumbers(text: string, figures: readonly FigureText[]): BareNumber[] {
  const found: Found[] = [];
  let offset = 0;
  for (const segment of segmentsOf(text)) {
    if (segment.kind === "text") {
      found.push(
        ...arabicNumbers(segment.text, figures, offset),
        ...chineseCounts(segment.text, figures, offset),
      );
      offset += segment.text.length;
    } else offset += segment.source.length;
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...number }) => number);
}

/** A bare number and where it starts in the paragraph (to list them in the order typed). */
type Found = BareNumber & { readonly at: number };

function arabicNumbers(text: string, figures: readonly FigureText[], offset: number): Found[] {
  const found: Found[] = [];
  const ascii = asciiDigits(text);
  for (const match of ascii.matchAll(NUMBER)) {
    const end = match.index + match[0].length;
    const after = ascii.slice(end, end + 6);
    const before = ascii.slice(Math.max(0, match.index - 3), match.index);
    if (NOT_A_FIGURE_AFTER.test(after) || NOT_A_FIGURE_BEFORE.test(before)) continue;
    if (WORD_AFTER.test(after)) continue;
    const matches = figures.flatMap((figure) => {
      const formats = sameFigure(match[0], figure);
      return formats === null
        ? []
        : [{ key: figure.key, replacement: placeholderText(figure.key, formats) }];
    });
    // The number as the user typed it (full-width included), so the editor can replace it.
    if (matches.length > 0)
      found.push({
        number: text.slice(match.index, end),
        keys: matches.map((m) => m.key),
        replacements: matches.map((m) => m.replacement),
        at: offset + match.index,
      });
  }
  return found;
}

/** Chinese numerals before a measure word that are a figure's count, from ten up: 十一次. */
const CHINESE_BEFORE = /[零一二两三四五六七八九十百千万亿第届]$/;

function chineseCounts(text: string, figures: readonly FigureText[], offset: number): Found[] {
  const found = new Map<number, { number: string; keys: string[]; replacements: string[] }>();
  for (const figure of figures) {
    const { value, unit = "" } = figure;
    // Small Chinese counts are set phrases far more often than figures (一件事一次办, 两部门联合,
    // 行政执法三项制度, 五个一): refusing them would stop a writer from saving plain prose. From
    // 十 up a count before the figure's unit is taken for the figure (开展集中学习十一次).
    if (value === null || !Number.isInteger(value) || value < 10 || value > 99_999_999) continue;
    if (unit === "" || figure.format?.kind === "percent") continue;
    const typed = chineseNumeral(value) + unit;
    for (let at = text.indexOf(typed); at >= 0; at = text.indexOf(typed, at + 1)) {
      if (CHINESE_BEFORE.test(text.slice(0, at))) continue;
      if (typedUnit(text.slice(at + typed.length - unit.length), unit) !== unit) continue;
      const entry = found.get(at) ?? { number: typed, keys: [], replacements: [] };
      entry.keys.push(figure.key);
      entry.replacements.push(placeholderText(figure.key, [{ kind: "cn" }, { kind: "unit" }]));
      found.set(at, entry);
    }
  }
  return [...found].map(([at, entry]) => ({ ...entry, at: offset + at }));
}

/**
 * The formats that print the figure as typed ([] for its declared format), or null when the
 * typed number is not this figure: the figure as printed ("60余", "142.3%"), a plain number
 * equal to a figure printed plainly, or its value in 万 ("15万余", "11.76万"). A rounded figure
 * ("60余" for 63) matches only as printed, so an unrelated 63 elsewhere is not taken for it.
 */
function sameFigure(typed: string, figure: FigureText): FigureFormat[] | null {
  const normalised = typed.replaceAll(",", "");
  if (normalised === figure.formatted) return [];
  const { value } = figure;
  if (value === null) return null;
  if (
    /^\d+(\.\d+)?$/.test(figure.formatted) &&
    /^\d+(\.\d+)?$/.test(normalised) &&
    Number(normalised) === value
  )
    return [];
  if (value < 10_000 || figure.format?.kind === "percent" || !normalised.includes("万"))
    return null;
  for (const decimals of [null, 1, 2]) {
    if (normalised === tenThousands(value, decimals)) return [{ kind: "wan", decimals }];
  }
  return null;
}
