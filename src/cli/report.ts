// `fazhi report --org 141081 --year 2023 --format docx|html --out FILE`: the annual report of an
// organisation (by its division or internal code) for a year, from its records. The stored report
// is used when the rule-of-law office has written one; otherwise the draft template. Figures no
// record type provides are listed on stderr by key (exit 1 with --strict).
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { recordTypes } from "../domains/registry.js";
import { asSystem } from "../engine/actor.js";
import { renderDocx } from "../report/docx.js";
import { generateReport, type GeneratedReport } from "../report/generate.js";
import { renderHtml } from "../report/html.js";
import { formatProblemText, generateStoredReport } from "../report/publish.js";
import { draftParagraphs } from "../report/template.js";
import type { Database } from "../db/client.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { usageError, type CommandOutput } from "./io.js";

const actor = asSystem("fazhi report 命令生成年度报告");

async function reportFor(db: Database, org: { id: number; name: string }, year: number) {
  const [stored] = await db.query<{ id: number }>(
    "SELECT id FROM annual_report WHERE org_id = $1 AND year = $2",
    [org.id, year],
  );
  if (stored) return generateStoredReport(db, recordTypes, actor, stored.id);
  return generateReport(db, recordTypes, actor, {
    reportId: null,
    orgId: org.id,
    orgName: org.name,
    year,
    title: `${org.name}${String(year)}年法治政府建设年度报告（草稿）`,
    issuers: org.name,
    issuedOn: null,
    paragraphs: draftParagraphs(recordTypes, org, year),
  });
}

function summary(report: GeneratedReport, out: string): CommandOutput {
  const figures = Object.keys(report.figures).length;
  const lines = report.missing.map(({ key, label }) => `  ${key}${label ? `  ${label}` : ""}`);
  const formats = report.formatProblems.map((problem) => `  ${formatProblemText(problem)}`);
  const stderr =
    (report.missing.length === 0
      ? ""
      : `缺少数据来源的指标（${String(report.missing.length)}项，报告中标为“缺少数据”）：\n${lines.join("\n")}\n`) +
    (formats.length === 0
      ? ""
      : `指标格式问题（${String(formats.length)}项）：\n${formats.join("\n")}\n`);
  return {
    exitCode: 0,
    stdout: `已生成 ${out}：${report.title}，${String(figures)}项指标取自记录。\n`,
    stderr,
  };
}

export async function reportCommand(args: readonly string[]): Promise<CommandOutput> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        org: { type: "string" },
        year: { type: "string" },
        format: { type: "string", default: "docx" },
        out: { type: "string" },
        strict: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.org === undefined || values.org.trim() === "")
    return usageError("--org：请填写单位代码，如 141081。");
  if (values.year === undefined || !/^\d{4}$/.test(values.year))
    return usageError("--year：请填写四位年度，如 2023。");
  const year = Number(values.year);
  if (year < 2000 || year > 2100) return usageError("--year：年度应在2000至2100之间。");
  const format = values.format;
  if (format !== "docx" && format !== "html") return usageError("--format：应为 docx 或 html。");
  if (values.out === undefined || values.out === "")
    return usageError("--out：请填写输出文件路径。");
  const database = await openDatabase(settingsFromEnv());
  try {
    const [org] = await database.db.query<{ id: number; name: string }>(
      "SELECT id, name FROM org WHERE code = $1",
      [values.org.trim()],
    );
    if (!org) return usageError(`--org：单位代码“${values.org}”不存在。`);
    const report = await reportFor(database.db, org, year);
    const content =
      format === "docx" ? await renderDocx(report) : renderHtml(report, { figureHref: null });
    await writeFile(values.out, content);
    const output = summary(report, values.out);
    const incomplete = report.missing.length > 0 || report.formatProblems.length > 0;
    return values.strict && incomplete ? { ...output, exitCode: 1 } : output;
  } finally {
    await database.close();
  }
}
