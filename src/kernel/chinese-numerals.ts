// Whole numbers in Chinese numerals the way official documents write counts: 十一次, 一百零五件,
// 二千二百人, 十二万零五. Pure.

const DIGITS = "零一二三四五六七八九";
const SMALL = ["", "十", "百", "千"] as const;
const LARGE = ["", "万", "亿", "万亿"] as const;

/** The largest number written (below 万亿亿); larger counts are no report's figure. */
export const MAX_CHINESE_NUMERAL = 10 ** 16 - 1;

/** One group of four digits (1..9999), with 零 for the zeros inside it (1010 → 一千零一十). */
function group(value: number): string {
  let text = "";
  let zero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      zero = text !== "";
      continue;
    }
    if (zero) text += "零";
    zero = false;
    text += `${DIGITS[digit] ?? ""}${SMALL[position] ?? ""}`;
  }
  return text;
}

/**
 * A whole number 0..MAX_CHINESE_NUMERAL in Chinese numerals. 2 alone is 两 (两次, 两件: the
 * numeral before a measure word); inside a larger number it is 二 (十二, 二十, 二千二百). A number
 * starting with 一十 drops the 一 (十一, 十万), as 公文 writes it.
 */
export function chineseNumeral(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_CHINESE_NUMERAL)
    throw new RangeError(`not a count: ${String(value)}`);
  if (value === 0) return "零";
  if (value === 2) return "两";
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let text = "";
  let zeroBefore = false;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const part = groups[index] ?? 0;
    if (part === 0) {
      zeroBefore = text !== "";
      continue;
    }
    // A gap of zeros between groups is read as one 零: 十二万零五, 一亿零一万.
    if (text !== "" && (zeroBefore || part < 1000)) text += "零";
    zeroBefore = false;
    text += `${group(part)}${LARGE[index] ?? ""}`;
  }
  return text.startsWith("一十") ? text.slice(1) : text;
}
