// Reads the deployment's calendar configuration (FAZHI_CONFIG) once at start; a bad file stops the start.
import { readFile } from "node:fs/promises";
import {
  defaultCalendarConfig,
  parseCalendarConfig,
  statutoryRules,
  type CalendarConfig,
} from "../calendar/index.js";

export async function parseCalendarConfigFromEnv(
  path = process.env.FAZHI_CONFIG,
): Promise<CalendarConfig> {
  if (path === undefined || path === "") return defaultCalendarConfig;
  const parsed = parseCalendarConfig(JSON.parse(await readFile(path, "utf8")), statutoryRules);
  if (!parsed.ok) {
    throw new Error(
      `FAZHI_CONFIG ${path}：${parsed.errors.map((error) => `${error.field}：${error.message}`).join("；")}`,
    );
  }
  return parsed.value;
}
