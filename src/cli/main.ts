// The `fazhi` command: dispatches to its subcommands.
import { DataDirectoryLockedError } from "../db/lock.js";
import { catalogueCommand } from "./catalogue.js";
import { deadlineCommand } from "./deadline.js";
import { success, usageError, type CommandOutput } from "./io.js";
import { importCommand } from "./import.js";
import { initCommand } from "./init.js";
import { migrateCommand } from "./migrate.js";
import { reportCommand } from "./report.js";
import { exportCommand, templateCommand } from "./sheets.js";
import { startCommand } from "./start.js";
import { verifyAuditCommand } from "./verify-audit.js";
import { verifyDrawCommand } from "./verify-draw.js";

const HELP = `fazhi — 法治政府建设工作平台

用法：
  fazhi start
      启动平台（端口 PORT，默认3000；数据目录 FAZHI_DATA_DIR，默认 ./data；或 DATABASE_URL 连接 PostgreSQL）
  fazhi migrate
      更新数据库结构
  fazhi init --division 141081 --name 侯马市人民政府 [--admin admin]
      空数据库初始化：本级政府和首个管理员（密码取自 FAZHI_ADMIN_PASSWORD）
  fazhi report --org 141081 --year 2023 --format docx|html --out FILE [--strict]
      由记录生成年度法治政府建设报告；列出缺少数据来源的指标（--strict 时以退出码1结束）
  fazhi catalogue list [目录]
      列出目录及其现行版本；指定目录时列出全部条目（编码、名称、上级编码）
  fazhi catalogue load 目录 文件 [--source 来源说明]
      由 CSV（列名 code,name,parent 或 编码,名称,上级编码）或 JSON 文件载入目录新版本；有一处错误即全部不载入
  fazhi template 记录类型|org|user --out 文件.xlsx
      生成记录类型（如 reconsideration）的 Excel 导入模板：表头、下拉列表、填写说明
  fazhi export 记录类型 --format xlsx|csv --out 文件 [--year 年度]
      导出记录类型的全部记录（身份证号、电话遮蔽）；xlsx 与导入模板格式相同，可再导入；
      --year 按编号所依据的日期（如收到申请日期）的年度筛选
  fazhi import 记录类型 文件 [--dry-run] [--renumber] [--as 用户名]
      由 .xlsx（导入模板或导出文件）或 CSV（UTF-8 或 GB18030）导入记录；有一处错误即全部不导入，
      列出每一处错误的工作表、行和列（--dry-run 只校验；--renumber 忽略文件中的编号重新编号）
  fazhi import org|user 文件 [--dry-run]
      导入单位或用户（先单位、后用户、再记录），模板由 fazhi template org|user 生成
  fazhi verify-audit
      校验审计日志哈希链，指出第一处断裂
  fazhi verify-draw 文件
      由公布的材料和种子值重新计算“双随机”抽查摇号，逐项核对名录哈希、种子和抽取结果
  fazhi deadline RULE --from YYYY-MM-DD [--pause FROM..TO]... [--restart YYYY-MM-DD]...
                 [--extend N] [--extension-base periodEnd|shiftedDue] [--json] [--config FILE]
      计算法定期限的届满日并说明计算过程（--restart：依法重新起算之日，如收到补正材料之日）
  fazhi deadline --list [--json]
      列出全部法定期限规则
  fazhi help
      显示本帮助

环境变量：
  FAZHI_CONFIG          本地配置文件（JSON），可设置未核实或地方性期限规则的取值
  FAZHI_DEMO_PASSWORD   演示账号密码
`;

const commands: Readonly<Record<string, (args: readonly string[]) => Promise<CommandOutput>>> = {
  deadline: deadlineCommand,
  catalogue: catalogueCommand,
  start: () => startCommand(),
  migrate: () => migrateCommand(),
  init: initCommand,
  "verify-audit": () => verifyAuditCommand(),
  "verify-draw": verifyDrawCommand,
  report: reportCommand,
  template: templateCommand,
  export: (args) => exportCommand(args),
  import: (args) => importCommand(args),
  help: () => Promise.resolve(success(HELP)),
};

export async function runCommand(argv: readonly string[]): Promise<CommandOutput> {
  const [name = "help", ...rest] = argv;
  if (name === "--help" || name === "-h") return success(HELP);
  const command = commands[name];
  if (!command) return usageError(`未知命令“${name}”。运行 fazhi help 查看用法。`);
  try {
    return await command(rest);
  } catch (error) {
    // A locked data directory is an expected situation with a clear message, not a crash.
    if (error instanceof DataDirectoryLockedError)
      return { exitCode: 3, stdout: "", stderr: `错误：${error.message}\n` };
    throw error;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const output = await runCommand(argv);
  if (output.stdout) process.stdout.write(output.stdout);
  if (output.stderr) process.stderr.write(output.stderr);
  return output.exitCode;
}
