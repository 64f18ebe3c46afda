// `fazhi template TYPE --out FILE.xlsx` and `fazhi export TYPE --format xlsx|csv --out FILE
// [--year Y]`: the import template of a record type, and every record of it as a file that the
// import reads back (.xlsx), written as the records are read.
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { findRecordType, recordTypes } from "../domains/registry.js";
import { asSystem } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { exportRecordsStream } from "../engine/export-stream.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { sheetModelOf } from "../kernel/sheet-model.js";
import { parseCalendarConfigFromEnv } from "../runtime/calendar-config.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { writeTemplate } from "../sheets/template.js";
import { openSheetWriter } from "../sheets/write.js";
import { directoryTemplateCommand } from "./import-directory.js";
import { success, usageError, type CommandOutput } from "./io.js";
import { perSecond, seconds, toStderr, type ProgressSink } from "./progress.js";

const TEMPLATE_USAGE = "用法：fazhi template 记录类型 --out 文件.xlsx";
const EXPORT_USAGE = "用法：fazhi export 记录类型 --format xlsx|csv --out 文件 [--year 年度]";

/** The record type ids with their labels, for a usage error naming an unknown type. */
export const knownTypes = () => recordTypes.map((type) => `${type.id}（${type.label}）`).join("、");

function typeOf(id: string | undefined, usage: string): RecordTypeDeclaration | CommandOutput {
  if (id === undefined || id.startsWith("-")) return usageError(`${usage}（缺少记录类型）`);
  return findRecordType(id) ?? usageError(`未知记录类型“${id}”；可用类型：${knownTypes()}`);
}

const isOutput = (value: unknown): value is CommandOutput =>
  typeof value === "object" && value !== null && "exitCode" in value;

interface Parsed {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly positionals: readonly string[];
}

/** The positional record type and string options; a misspelt option is a usage error. */
function parse(args: readonly string[], names: readonly string[]): Parsed | CommandOutput {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      allowPositionals: true,
      strict: true,
    });
    const strings: Record<string, string | undefined> = {};
    for (const name of names) {
      const value = values[name];
      strings[name] = typeof value === "string" ? value : undefined;
    }
    return { values: strings, positionals };
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

export async function templateCommand(args: readonly string[]): Promise<CommandOutput> {
  const [kind] = args;
  if (kind === "org" || kind === "user") return directoryTemplateCommand(kind, args.slice(1));
  const parsed = parse(args, ["out"]);
  if (isOutput(parsed)) return parsed;
  const type = typeOf(parsed.positionals[0], TEMPLATE_USAGE);
  if (isOutput(type)) return type;
  if (parsed.positionals.length > 1)
    return usageError(`多余的参数“${parsed.positionals.slice(1).join(" ")}”。${TEMPLATE_USAGE}`);
  const out = parsed.values["out"];
  if (out === undefined || out === "") return usageError("--out：请填写输出文件路径。");
  if (!out.toLowerCase().endsWith(".xlsx")) return usageError("--out：模板为 .xlsx 文件。");
  const model = sheetModelOf(type);
  await writeTemplate(model, out);
  const sheets = [model.main.name, ...model.children.map((child) => child.name)].join("、");
  return success(`已生成${type.label}导入模板 ${out}（工作表：${sheets}、填写说明）。\n`);
}

export async function exportCommand(
  args: readonly string[],
  progress: ProgressSink = toStderr,
): Promise<CommandOutput> {
  const parsed = parse(args, ["format", "out", "year"]);
  if (isOutput(parsed)) return parsed;
  const type = typeOf(parsed.positionals[0], EXPORT_USAGE);
  if (isOutput(type)) return type;
  if (parsed.positionals.length > 1)
    return usageError(`多余的参数“${parsed.positionals.slice(1).join(" ")}”。${EXPORT_USAGE}`);
  const { format, out, year } = parsed.values;
  if (format !== "xlsx" && format !== "csv") return usageError("--format：应为 xlsx 或 csv。");
  if (out === undefined || out === "") return usageError("--out：请填写输出文件路径。");
  if (year !== undefined && !/^\d{4}$/.test(year))
    return usageError("--year：请填写四位年度，如 2023。");
  const calendar = await parseCalendarConfigFromEnv();
  const database = await openDatabase(settingsFromEnv());
  try {
    const context: EngineContext = { db: database.db, calendar, now: () => new Date() };
    const started = Date.now();
    // The system reads every record; identifiers are masked all the same, as in every export.
    const exported = await exportRecordsStream(
      context,
      type,
      asSystem("命令行导出"),
      {
        filters: {},
        page: 1,
        pageSize: 1,
        ...(year !== undefined ? { year: Number(year) } : {}),
      },
      { format },
    );
    const file = createWriteStream(out);
    const writer = openSheetWriter(sheetModelOf(type), format, file);
    let rows = 0;
    let shown = started;
    try {
      for await (const record of exported.records) {
        await writer.write(record);
        rows += 1;
        const now = Date.now();
        if (now - shown >= 1000) {
          shown = now;
          const ms = now - started;
          progress(`已导出${rows}/${exported.total}条（${perSecond(rows, ms)}条/秒）\n`);
        }
      }
      await writer.close();
    } catch (error) {
      await writer.abort();
      file.destroy();
      throw error;
    }
    const ms = Date.now() - started;
    return success(`导出${rows}条，用时${seconds(ms)}秒（${perSecond(rows, ms)}条/秒）：${out}\n`);
  } finally {
    await database.close();
  }
}
