// `fazhi import org|user FILE [--dry-run]` and `fazhi template org|user --out FILE.xlsx`: the
// organisation tree and the user accounts of a new county, loaded from files before its records.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { importOrgs } from "../admin/import-orgs.js";
import { importUsers } from "../admin/import-users.js";
import { asSystem } from "../engine/actor.js";
import { orgSheetModel, userSheetModel } from "../kernel/directory-sheets.js";
import type { SheetModel } from "../kernel/sheet-model.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { readSheetFile } from "../sheets/read.js";
import { writeTemplate } from "../sheets/template.js";
import type { SheetProblem } from "../sheets/types.js";
import { success, usageError, type CommandOutput } from "./io.js";

export type DirectoryKind = "org" | "user";

const KINDS: Readonly<
  Record<
    DirectoryKind,
    { readonly model: SheetModel; readonly noun: string; readonly reason: string }
  >
> = {
  org: { model: orgSheetModel, noun: "单位", reason: "命令行导入单位" },
  user: { model: userSheetModel, noun: "用户", reason: "命令行导入用户" },
};

/** One problem as a line: sheet, row and column where they apply, then the message. */
export function problemLine(problem: SheetProblem): string {
  const place = [
    problem.sheet,
    problem.line > 0 ? `第${problem.line}行` : "",
    problem.column,
  ].filter((part) => part !== "");
  return `${place.join(" ")}：${problem.message}`;
}

export async function importDirectoryCommand(
  kind: DirectoryKind,
  args: readonly string[],
): Promise<CommandOutput> {
  const usage = `用法：fazhi import ${kind} 文件.xlsx|文件.csv [--dry-run]`;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { "dry-run": { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined) return usageError(`${usage}（缺少文件）`);
  if (extra.length > 0) return usageError(`多余的参数“${extra.join(" ")}”。${usage}`);
  const isFile = await stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isFile) return usageError(`找不到文件“${path}”。`);
  const { model, noun, reason } = KINDS[kind];
  const fileName = basename(path);
  const file = await readSheetFile(model, { path });
  const dryRun = parsed.values["dry-run"];
  const database = await openDatabase(settingsFromEnv());
  try {
    const context = { db: database.db, now: () => new Date() };
    const run = kind === "org" ? importOrgs : importUsers;
    const result = await run(context, asSystem(reason), file, { fileName, dryRun });
    if (!result.ok)
      return {
        exitCode: 1,
        stdout: "",
        stderr: `${fileName}：有${result.problems.length}处问题，未导入任何${noun}：\n${result.problems.map(problemLine).join("\n")}\n`,
      };
    return success(
      result.dryRun
        ? `检查通过：可导入${result.count}个${noun}（--dry-run，未写入）\n`
        : `导入${result.count}个${noun}\n`,
    );
  } finally {
    await database.close();
  }
}

export async function directoryTemplateCommand(
  kind: DirectoryKind,
  args: readonly string[],
): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { out: { type: "string" } },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const out = parsed.values.out;
  if (out === undefined || out === "") return usageError("--out：请填写输出文件路径。");
  if (!out.toLowerCase().endsWith(".xlsx")) return usageError("--out：模板为 .xlsx 文件。");
  const { model, noun } = KINDS[kind];
  await writeTemplate(model, out);
  return success(`已生成${noun}导入模板 ${out}（工作表：${model.main.name}、填写说明）。\n`);
}
