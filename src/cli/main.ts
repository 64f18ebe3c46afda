// The `fazhi` command: dispatches to its subcommands.
import { deadlineCommand } from "./deadline.js";
import { success, usageError, type CommandOutput } from "./io.js";

const HELP = `fazhi — 法治政府建设工作平台

用法：
  fazhi deadline RULE --from YYYY-MM-DD [--pause FROM..TO]... [--extend N] [--json] [--config FILE]
      计算法定期限的届满日并说明计算过程
  fazhi deadline --list [--json]
      列出全部法定期限规则
  fazhi help
      显示本帮助

环境变量：
  FAZHI_CONFIG   本地配置文件（JSON），可设置未核实或地方性期限规则的取值
`;

const commands: Readonly<Record<string, (args: readonly string[]) => Promise<CommandOutput>>> = {
  deadline: deadlineCommand,
  help: () => Promise.resolve(success(HELP)),
};

export async function runCommand(argv: readonly string[]): Promise<CommandOutput> {
  const [name = "help", ...rest] = argv;
  if (name === "--help" || name === "-h") return success(HELP);
  const command = commands[name];
  if (!command) return usageError(`未知命令“${name}”。运行 fazhi help 查看用法。`);
  return command(rest);
}

export async function main(argv: readonly string[]): Promise<number> {
  const output = await runCommand(argv);
  if (output.stdout) process.stdout.write(output.stdout);
  if (output.stderr) process.stderr.write(output.stderr);
  return output.exitCode;
}
