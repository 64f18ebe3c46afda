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

// A number as typed in Chinese prose: 68, 3,558, 142.3%, 60余, 11.76万. Dates (2023年, 1月19日)
// and ordinals (第16期) are not figures.
const NUMBER = /(?<![\d.])\d[\d,]*(?:\.\d+)?(?:%|％|余|万)?(?![\d.])/g;
const DATE_OR_ORDINAL_AFTER = /^[年月日号期届]/;

/** Numbers in the text (outside placeholders) equal to the value of an indicator, with its keys. */
export function bareNumbers(text: string, figures: readonly FigureText[]): BareNumber[] {
  const found: BareNumber[] = [];
  for (const segment of segmentsOf(text)) {
    if (segment.kind !== "text") continue;
    for (const match of segment.text.matchAll(NUMBER)) {
      const typed = match[0];
      const after = segment.text.slice(match.index + typed.length, match.index + typed.length + 2);
      const before = segment.text.slice(Math.max(0, match.index - 1), match.index);
      if (DATE_OR_ORDINAL_AFTER.test(after) || before === "第") continue;
      const keys = figures
        .filter((figure) => sameFigure(typed, figure))
        .map((figure) => figure.key);
      if (keys.length > 0) found.push({ number: typed, keys });
    }
  }
  return found;
}

function sameFigure(typed: string, figure: FigureText): boolean {
  const normalised = typed.replaceAll(",", "").replace("％", "%");
  if (normalised === figure.formatted) return true;
  return (
    figure.value !== null &&
    /^\d+(\.\d+)?$/.test(normalised) &&
    Number(normalised) === figure.value &&
    !figure.formatted.endsWith("%")
  );
}
