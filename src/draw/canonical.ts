// Canonical JSON and SHA-256 helpers of the draw (docs/random-draw.md §2). Canonical JSON is the
// RFC 8785 (JCS) form restricted to what the draw publishes: objects with keys sorted by UTF-16
// code units, no whitespace, strings escaped as JSON.stringify does, numbers only as safe
// integers. Restricting numbers keeps every implementation byte-identical without a float printer.
import { sha256 } from "@noble/hashes/sha2.js";

export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

const encoder = new TextEncoder();

/** A lone surrogate has no UTF-8 encoding, so two implementations would hash it differently. */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "string") {
    if (!isWellFormed(value)) throw new TypeError("规范JSON：字符串含有不成对的代理码元");
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value))
      throw new TypeError(`规范JSON：只允许安全整数，不允许 ${value}`);
    // -0 prints as "0" in JSON.stringify, as in RFC 8785.
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${canonicalJson(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  throw new TypeError(`规范JSON：不支持的值类型 ${typeof value}`);
}

export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new TypeError("十六进制字符串格式不正确");
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export const sha256Hex = (bytes: Uint8Array): string => toHex(sha256(bytes));

/** SHA-256 of the UTF-8 canonical JSON, lower-case hex. */
export const canonicalSha256 = (value: unknown): string => sha256Hex(utf8(canonicalJson(value)));

export const isSha256Hex = (text: unknown): text is string =>
  typeof text === "string" && /^[0-9a-f]{64}$/.test(text);
