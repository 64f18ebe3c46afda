// Figure placeholders in paragraph text ({{legalAid.cases}}): splitting text around them,
// inserting one at the cursor, and putting one in place of a typed number.

import { segmentsOf, type Segment } from "../../../src/kernel/placeholders";

export { segmentsOf, type Segment };

export const placeholder = (key: string): string => `{{${key}}}`;

/** The text with `{{key}}` put between `start` and `end` (replacing a selection), and the cursor after it. */
export function insertFigure(
  text: string,
  key: string,
  start: number,
  end: number,
): { text: string; cursor: number } {
  const token = placeholder(key);
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text with every bare occurrence of `number` outside placeholders replaced by `{{key}}`:
 * not part of a longer number, nor a date or ordinal (2023年, 第68期).
 */
export function replaceBareNumber(text: string, number: string, key: string): string {
  const bare = new RegExp(`(?<![\\d.,第])${escape(number)}(?![\\d]|[.,]\\d|[年月日号期届])`, "g");
  return segmentsOf(text)
    .map((segment) =>
      segment.kind === "figure"
        ? placeholder(segment.key)
        : segment.text.replace(bare, placeholder(key)),
    )
    .join("");
}
