// Figure placeholders in paragraph text ({{legalAid.cases}}, {{study.sessions|cn}}): splitting
// text around them, inserting one at the cursor, and putting one in place of a typed number.

import { placeholderText, segmentsOf, type Segment } from "../../../src/kernel/placeholders";

export { segmentsOf, type Segment };

export const placeholder = (key: string): string => placeholderText(key);

/** The text with `token` put between `start` and `end` (replacing a selection), and the cursor after it. */
export function insertFigure(
  text: string,
  token: string,
  start: number,
  end: number,
): { text: string; cursor: number } {
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Before a Chinese count (五类): not inside a longer numeral, nor an ordinal (第五类, 十二届). */
const CHINESE_BEFORE = "零一二两三四五六七八九十百千万亿第届";

/**
 * The text with every bare occurrence of `number` outside placeholders replaced by `replacement`
 * (a placeholder, "{{key|wan}}"): not part of a longer number, nor a date or ordinal (2023年,
 * 第68期). Placeholders stay as typed, formats included.
 */
export function replaceBareNumber(text: string, number: string, replacement: string): string {
  const chinese = /^[零一二两三四五六七八九十百千万亿]/.test(number);
  const bare = chinese
    ? new RegExp(`(?<![${CHINESE_BEFORE}])${escape(number)}`, "g")
    : new RegExp(`(?<![\\d.,第])${escape(number)}(?![\\d]|[.,]\\d|[年月日号期届])`, "g");
  return segmentsOf(text)
    .map((segment) =>
      segment.kind === "figure" ? segment.source : segment.text.replace(bare, replacement),
    )
    .join("");
}
