// `fazhi import TYPE FILE [--dry-run] [--renumber] [--as USERNAME]`: records of a type from an
// .xlsx (the template or an export) or a CSV, all or nothing, every bad row and column listed.
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { findRecordType, recordTypes } from "../domains/registry.js";
import { asSystem, type Actor } from "../engine/actor.js";
import type { ImportPhase } from "../engine/bulk/import.js";
import { importSheetFile } from "../engine/bulk/sheet-import.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError } from "../engine/errors.js";
import { sheetModelOf } from "../kernel/sheet-model.js";
import { parseCalendarConfigFromEnv } from "../runtime/calendar-config.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { loadActor } from "../server/auth/actor-loader.js";
import { readSheetFile } from "../sheets/read.js";
import type { SheetProblem } from "../sheets/types.js";
import { success, usageError, type CommandOutput } from "./io.js";

const USAGE = "用法：fazhi import 记录类型|org|user 文件 [--dry-run] [--renumber] [--as 用户名]";

/** Where the running count goes: stderr, so stdout keeps only the result line. */
export type ProgressSink = (line: string) => void;
const toStderr: ProgressSink = (line) => process.stderr.write(line);

const PHASES: Readonly<Record<ImportPhase | "reading", string>> = {
  reading: "读取",
  checking: "校验",
  writing: "写入",
};

/** "行政复议案件 第5行 受理日期：受理日期不是有效日期" — one line per problem. */
export function problemLine(problem: SheetProblem): string {
  const where = problem.line > 0 ? ` 第${problem.line}行` : "";
  const column = problem.column ? ` ${problem.column}` : "";
  return `${problem.sheet}${where}${column}：${problem.message}`;
}

function throttled(progress: ProgressSink, started: number) {
  let shown = 0;
  return (phase: ImportPhase | "reading", done: number, total: number | null) => {
    const now = Date.now();
    if (now - shown < 1000 && done !== total) return;
    shown = now;
    const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
    progress(`${PHASES[phase]}${done}${total === null ? "" : `/${total}`}行（${rate}行/秒）\n`);
  };
}

export async function importCommand(
  args: readonly string[],
  progress: ProgressSink = toStderr,
): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        "dry-run": { type: "boolean" },
        renumber: { type: "boolean" },
        as: { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(`${error instanceof Error ? error.message : String(error)}。${USAGE}`);
  }
  const [typeId, file, ...extra] = parsed.positionals;
  if (typeId === undefined || file === undefined)
    return usageError(`${USAGE}（缺少记录类型或文件）`);
  if (extra.length > 0) return usageError(`多余的参数“${extra.join(" ")}”。${USAGE}`);
  const type = findRecordType(typeId);
  if (!type)
    return usageError(
      `未知记录类型“${typeId}”；可用类型：${recordTypes.map((item) => `${item.id}（${item.label}）`).join("、")}、org、user`,
    );
  const calendar = await parseCalendarConfigFromEnv();
  const database = await openDatabase(settingsFromEnv());
  try {
    const context: EngineContext = { db: database.db, calendar, now: () => new Date() };
    let actor: Actor = asSystem(`命令行导入（${basename(file)}）`);
    const username = parsed.values.as;
    if (username !== undefined) {
      const user = await loadActor(database.db, username);
      if (!user) return usageError(`--as：没有名为“${username}”的启用用户`);
      actor = user;
    }
    const started = Date.now();
    const show = throttled(progress, started);
    let sheet;
    try {
      sheet = await readSheetFile(
        sheetModelOf(type),
        { path: file },
        {
          onProgress: (rows) => {
            show("reading", rows, null);
          },
        },
      );
    } catch (error) {
      return usageError(
        `无法读取文件 ${file}：${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const outcome = await importSheetFile(context, type, actor, sheet, {
      fileName: basename(file),
      dryRun: parsed.values["dry-run"] === true,
      renumber: parsed.values.renumber === true,
      onProgress: show,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!outcome.ok) {
      const lines = outcome.problems.map(problemLine);
      return {
        exitCode: 1,
        stdout: "",
        stderr: `未导入：发现${outcome.problems.length}处问题，全部记录均未写入。\n${lines.join("\n")}\n`,
      };
    }
    const rate = Math.round(outcome.imported / Math.max(Number(seconds), 0.001));
    return success(
      outcome.dryRun
        ? `校验通过：可导入${outcome.imported}条（未写入），用时${seconds}秒\n`
        : `导入${outcome.imported}条，用时${seconds}秒（${rate}条/秒）\n`,
    );
  } catch (error) {
    if (error instanceof EngineError && error.kind === "forbidden")
      return { exitCode: 1, stdout: "", stderr: `错误：${error.message}\n` };
    throw error;
  } finally {
    await database.close();
  }
}
