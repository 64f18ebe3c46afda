// Field checks of published draw files: each problem is Chinese and names the field by its path
// (e.g. material.strata[0].quota), so a citizen or an operator sees exactly what is wrong.
import { isWellFormed } from "./canonical.js";

/** At most this many problems are listed; a 450,000-row list out of order should not print 450,000 lines. */
export const MAX_PROBLEMS = 100;

export class Problems {
  readonly list: string[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(`${path}：${message}`);
    else this.dropped++;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  result(): string[] {
    return this.dropped === 0
      ? [...this.list]
      : [...this.list, `……另有${this.dropped}处问题未列出`];
  }
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An object with exactly the given keys (missing ones and unknown ones are problems). */
export function objectAt(
  problems: Problems,
  path: string,
  value: unknown,
  keys: readonly string[],
): Json | null {
  // The root of a file has the empty path; its fields are named bare (materialSha256, seed …).
  const field = (key: string): string => (path === "" ? key : `${path}.${key}`);
  if (!isObject(value)) {
    problems.add(path === "" ? "文件" : path, "应为对象");
    return null;
  }
  for (const key of keys) if (!(key in value)) problems.add(field(key), "缺少此字段");
  for (const key of Object.keys(value))
    if (!keys.includes(key))
      problems.add(field(key), "不是本格式定义的字段（未纳入哈希的内容不能公布）");
  return value;
}

export function stringAt(
  problems: Problems,
  path: string,
  value: unknown,
  options: { readonly nonEmpty?: boolean } = {},
): value is string {
  if (typeof value !== "string") {
    problems.add(path, "应为字符串");
    return false;
  }
  if (!isWellFormed(value)) {
    problems.add(path, "含有不成对的代理码元，无法按UTF-8编码");
    return false;
  }
  if (options.nonEmpty === true && value.trim() === "") {
    problems.add(path, "不能为空");
    return false;
  }
  return true;
}

export function integerAt(
  problems: Problems,
  path: string,
  value: unknown,
  min: number,
): value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    problems.add(path, `应为不小于${min}的整数`);
    return false;
  }
  return true;
}

export function arrayAt(
  problems: Problems,
  path: string,
  value: unknown,
): readonly unknown[] | null {
  if (!Array.isArray(value)) {
    problems.add(path, "应为数组");
    return null;
  }
  return value as readonly unknown[];
}

export const isIsoDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** An ISO 8601 instant with a time zone (Z or ±hh:mm), as Date#toISOString writes it or with an offset. */
export const isIsoInstant = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) &&
  !Number.isNaN(Date.parse(text));

/** The calendar day in China (UTC+8) of an instant: the day the lottery and the witness go by. */
export const chinaDay = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
