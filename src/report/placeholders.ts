// Figure placeholders in report paragraphs ({{legalAid.cases}}) and the rule that a paragraph may
// not carry a typed number where an indicator gives it: the editor offers the indicator instead.
import { segmentsOf } from "../kernel/placeholders.js";

export { citedKeys, segmentsOf, type Segment } from "../kernel/placeholders.js";

export interface FigureText {
  readonly key: string;
  /** The value as printed ("68", "142.3%", "60余"). */
  readonly formatted: string;
  readonly value: number | null;
}

export interface BareNumber {
  readonly number: string;
  readonly keys: readonly string[];
}

// A number as typed in Chinese prose: 68, 3,558, 142.3%, 60余, 11.76万, also in full-width digits
// (６８, typed in a full-width input mode). Not figures: dates and ordinals (2023年, 1月19日,
// 第16期, with or without a space), ages and time limits (60周岁, 3个工作日), and digits inside a
// word or code (5G, COVID-19, H7N9).
const NUMBER = /(?<![\d.])\d[\d,]*(?:\.\d+)?(?:%|余|万)?(?![\d.])/g;
const NOT_A_FIGURE_AFTER = /^\s*(?:[年月日号期届]|周岁|岁|个?工作日|个?小时|分钟)/;
const NOT_A_FIGURE_BEFORE = /(?:第\s*|[A-Za-z-])$/;
const WORD_AFTER = /^[A-Za-z]/;

/** Full-width digits and signs as ASCII, one character for one, so positions stay the same. */
const asciiDigits = (text: string): string =>
  text.replace(/[０-９％．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Numbers in the text (outside placeholders) equal to the value of an indicator, with its keys. */
export function bareNumbers(text: string, figures: readonly FigureText[]): BareNumber[] {
  const found: BareNumber[] = [];
  for (const segment of segmentsOf(text)) {
    if (segment.kind !== "text") continue;
    const ascii = asciiDigits(segment.text);
    for (const match of ascii.matchAll(NUMBER)) {
      const end = match.index + match[0].length;
      const after = ascii.slice(end, end + 6);
      const before = ascii.slice(Math.max(0, match.index - 3), match.index);
      if (NOT_A_FIGURE_AFTER.test(after) || NOT_A_FIGURE_BEFORE.test(before)) continue;
      if (WORD_AFTER.test(after)) continue;
      const keys = figures
        .filter((figure) => sameFigure(match[0], figure))
        .map((figure) => figure.key);
      // The number as the user typed it (full-width included), so the editor can replace it.
      if (keys.length > 0) found.push({ number: segment.text.slice(match.index, end), keys });
    }
  }
  return found;
}

/**
 * The typed number is the figure as printed ("60余", "142.3%"), or a plain number equal to a
 * figure printed plainly. A rounded figure ("60余" for 63) matches only as printed, so an
 * unrelated 63 elsewhere is not taken for it.
 */
function sameFigure(typed: string, figure: FigureText): boolean {
  const normalised = typed.replaceAll(",", "");
  if (normalised === figure.formatted) return true;
  return (
    figure.value !== null &&
    /^\d+(\.\d+)?$/.test(figure.formatted) &&
    /^\d+(\.\d+)?$/.test(normalised) &&
    Number(normalised) === figure.value
  );
}
