// How field values read on screen: labels for choices, orgs and users; money; yes/no; dates.
import dayjs from "dayjs";
import type { Field } from "../api/types";

export const EMPTY = "—";

export function formatMoney(value: number): string {
  return value.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** China Standard Time (UTC+8, no daylight saving), where every statutory day is counted. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A server timestamp as 2025-12-01 14:30 in China Standard Time, whatever the browser's zone. */
export function formatDateTime(value: string): string {
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return value;
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** Today as YYYY-MM-DD in China Standard Time, whatever the browser's zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date with its weekday, as the statutes count days: 2025-12-08（星期一）. */
export function formatDateWithWeekday(value: string): string {
  const day = dayjs(value);
  return day.isValid() ? `${value}（${day.format("dddd")}）` : value;
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === "";

/** Plain text of a value that is not a declared kind (or is of an unexpected shape). */
function plain(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value);
}

/**
 * A value as text. `display` holds the server's labels for choice, org and user values;
 * `orgNames` is a fallback for org ids that come without a label (e.g. in history).
 */
export function formatValue(
  field: Field | undefined,
  value: unknown,
  display?: Readonly<Record<string, string>>,
  orgNames?: ReadonlyMap<number, string>,
): string {
  if (isEmpty(value)) return EMPTY;
  if (field === undefined) return plain(value);
  const label = display?.[field.name];
  switch (field.kind) {
    case "choice":
      return (
        label ?? field.options?.find((option) => option.value === value)?.label ?? plain(value)
      );
    case "org":
      return (
        label ??
        (typeof value === "number" ? orgNames?.get(value) : undefined) ??
        `#${plain(value)}`
      );
    case "user":
      return label ?? `#${plain(value)}`;
    case "record":
      // "侯批〔2023〕3号 关于…" from the server; the number alone for a record the user may not read.
      return label ?? plain(value);
    case "catalogue":
      // "52 零售业" from the catalogue edition; the bare code if the server sent no name.
      return label ?? plain(value);
    case "boolean":
      return value === true ? "是" : "否";
    case "table":
      // In a title or list column: the first column of each row (王秀兰、李建国), as the server says.
      if (label !== undefined && label !== "") return label;
      return Array.isArray(value) && value.length > 0 ? `${String(value.length)}行` : EMPTY;
    case "money": {
      const amount = Number(value);
      return Number.isFinite(amount) ? formatMoney(amount) : plain(value);
    }
    default:
      return plain(value);
  }
}

/** The type and id of a link value (`instruction:12`), or null. */
export function linkOf(value: unknown): { type: string; id: number } | null {
  const match = typeof value === "string" ? /^([a-z][A-Za-z0-9]*):(\d+)$/.exec(value) : null;
  return match ? { type: match[1] ?? "", id: Number(match[2]) } : null;
}
