// `fazhi verify-audit`: walks the hash chain of the audit log and names the first broken link.
import { verifyAuditChain } from "../engine/audit.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { success, type CommandOutput } from "./io.js";

export async function verifyAuditCommand(): Promise<CommandOutput> {
  const database = await openDatabase(settingsFromEnv());
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) return success(`审计日志完整：共${result.events}条事件，哈希链校验通过。\n`);
    return {
      exitCode: 1,
      stdout: "",
      stderr: `审计日志校验失败：第${result.brokenAt}条事件${result.reason}（此前${result.events}条完好）。\n`,
    };
  } finally {
    await database.close();
  }
}
