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
  // Most text (Chinese names included) has no surrogates at all: the quick test settles it.
  if (!/[\uD800-\uDFFF]/.test(text)) return true;
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join("");
}

// Appends to one list of parts (joined once): a published file lists every entity of the
// directory, so this runs over hundreds of thousands of objects.
function write(value: unknown, parts: string[]): void {
  if (typeof value === "string") {
    if (!isWellFormed(value)) throw new TypeError("规范JSON：字符串含有不成对的代理码元");
    parts.push(JSON.stringify(value));
  } else if (value === null || typeof value === "boolean") {
    parts.push(value === null ? "null" : String(value));
  } else if (typeof value === "number") {
    if (!Number.isSafeInteger(value))
      throw new TypeError(`规范JSON：只允许安全整数，不允许 ${value}`);
    // -0 prints as "0", as in RFC 8785.
    parts.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    parts.push("[");
    (value as readonly unknown[]).forEach((item, i) => {
      if (i > 0) parts.push(",");
      write(item, parts);
    });
    parts.push("]");
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
    const keys = Object.keys(record).sort();
    parts.push("{");
    let first = true;
    for (const key of keys) {
      if (record[key] === undefined) continue;
      if (!first) parts.push(",");
      first = false;
      write(key, parts);
      parts.push(":");
      write(record[key], parts);
    }
    parts.push("}");
  } else {
    throw new TypeError(`规范JSON：不支持的值类型 ${typeof value}`);
  }
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
