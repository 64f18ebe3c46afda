// `fazhi import TYPE FILE [--dry-run] [--renumber] [--as USERNAME]`: records of a type from an
// .xlsx (the template or an export) or a CSV, all or nothing, every bad row and column listed.
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { findRecordType } from "../domains/registry.js";
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
import { importDirectoryCommand, problemLine } from "./import-directory.js";
import { success, usageError, type CommandOutput } from "./io.js";
import { perSecond, seconds, toStderr, type ProgressSink } from "./progress.js";
import { knownTypes } from "./sheets.js";

const USAGE = "用法：fazhi import 记录类型|org|user 文件 [--dry-run] [--renumber] [--as 用户名]";

const PHASES: Readonly<Record<ImportPhase | "reading", string>> = {
  reading: "读取",
  checking: "校验",
  writing: "写入",
};

function throttled(progress: ProgressSink, started: number) {
  let shown = 0;
  return (phase: ImportPhase | "reading", done: number, total: number | null) => {
    const now = Date.now();
    if (now - shown < 1000 && done !== total) return;
    shown = now;
    const rate = perSecond(done, now - started);
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
  // Units and users come before the records that name them; they have their own rules.
  if (typeId === "org" || typeId === "user") return importDirectoryCommand(typeId, args.slice(1));
  if (typeId === undefined || file === undefined)
    return usageError(`${USAGE}（缺少记录类型或文件）`);
  if (extra.length > 0) return usageError(`多余的参数“${extra.join(" ")}”。${USAGE}`);
  const type = findRecordType(typeId);
  if (!type) return usageError(`未知记录类型“${typeId}”；可用类型：${knownTypes()}、org、user`);
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
    const ms = Date.now() - started;
    if (!outcome.ok) {
      const lines = outcome.problems.map(problemLine);
      return {
        exitCode: 1,
        stdout: "",
        stderr: `未导入：发现${outcome.problems.length}处问题，全部记录均未写入。\n${lines.join("\n")}\n`,
      };
    }
    // A type with an importKey updates the records whose key a row carries (the monthly risk classes).
    const keyed =
      type.importKey === undefined
        ? ""
        : `，${outcome.dryRun ? "可" : ""}更新${outcome.updated}条，${outcome.unchanged}条无变化`;
    const rows = outcome.imported + outcome.updated;
    return success(
      outcome.dryRun
        ? `校验通过：可导入${outcome.imported}条${keyed}（未写入），用时${seconds(ms)}秒\n`
        : `导入${outcome.imported}条${keyed}，用时${seconds(ms)}秒（${perSecond(rows, ms)}条/秒）\n`,
    );
  } catch (error) {
    if (error instanceof EngineError && error.kind === "forbidden")
      return { exitCode: 1, stdout: "", stderr: `错误：${error.message}\n` };
    throw error;
  } finally {
    await database.close();
  }
}
