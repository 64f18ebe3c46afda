// `fazhi start`: migrate, seed the demo city when empty, serve the API and the web app.
import { parseCalendarConfigFromEnv } from "../runtime/calendar-config.js";
import { recordTypes } from "../domains/registry.js";
import type { EngineContext } from "../engine/context.js";
import { sweepLapsedClocks } from "../engine/sweep.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { tlsSettingFromEnv } from "../runtime/tls-setting.js";
import { attachmentLimitsFromEnv } from "../runtime/attachment-limits.js";
import { importLimitFromEnv } from "../runtime/import-limit.js";
import { refreshOpenClocks } from "../engine/clock-refresh.js";
import { buildWeb, webBuildState, WEB_DIST } from "../runtime/web-build.js";
import { DEFAULT_DEMO_PASSWORD, isEmpty, seedDemo } from "../seed/seed.js";
import { houmaUsers } from "../seed/houma-users.js";
import { buildServer } from "../server/app.js";
import { ROLE_LABELS } from "../kernel/roles.js";
import { reportTiming, timed, timedSync } from "../runtime/timings.js";
import { usageError, type CommandOutput } from "./io.js";

const SWEEP_INTERVAL_MS = 3_600_000;

export async function startCommand(): Promise<CommandOutput> {
  const started = Date.now();
  // Since the process began: Node, tsx and loading the modules.
  reportTiming("boot", performance.now());
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  const tls = tlsSettingFromEnv();
  if (!tls.isValid) return usageError(tls.message);
  const attachments = attachmentLimitsFromEnv();
  if (!attachments.isValid) return usageError(attachments.message);
  const importLimit = importLimitFromEnv();
  if (!importLimit.isValid) return usageError(importLimit.message);
  const calendar = await parseCalendarConfigFromEnv();
  // npm install builds the web app; here it is rebuilt only when missing or changed since.
  const web = timedSync("web.check", webBuildState);
  if (!web.isCurrent) {
    console.log(
      web.isMissing
        ? "前端界面尚未构建（通常由 npm install 构建），正在构建…"
        : `前端界面需要重新构建（${web.reason}），正在构建…`,
    );
    await timed("web.build", buildWeb);
  }
  const settings = settingsFromEnv();
  const database = await timed("db", () => openDatabase(settings));
  const context: EngineContext = { db: database.db, calendar, now: () => new Date() };
  let seeded: { readonly records: number } | null = null;
  const password = process.env.FAZHI_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  if (await timed("seed.isEmpty", () => isEmpty(database.db))) {
    // A server database is only filled with demo logins when asked: their password would be public.
    if (settings.url !== undefined && process.env.FAZHI_DEMO_PASSWORD === undefined) {
      await database.close();
      return usageError(
        "数据库为空。正式使用请先运行 fazhi init 建立本级政府和管理员；载入演示数据请设置 FAZHI_DEMO_PASSWORD 后重新启动。",
      );
    }
    seeded = await timed("seed.demo", () => seedDemo(context, password));
  }
  // Counting rules or holiday notices may have changed since the clocks were saved.
  const refreshed = await timed("clocks.refresh", () => refreshOpenClocks(context, recordTypes));
  for (const failure of refreshed.failures)
    console.error(`重新计算期限失败：${failure.recordType} #${failure.id}`, failure.error);
  await timed("clocks.sweep", () => sweepLapsedClocks(context, recordTypes));
  let isReady = false;
  const trustProxy = process.env.FAZHI_TRUST_PROXY;
  const app = await timed("server.build", () =>
    buildServer({
      context,
      webDir: WEB_DIST,
      isReady: () => isReady,
      isServedOverTls: tls.isServedOverTls,
      attachmentLimits: attachments.limits,
      importMaxBytes: importLimit.maxBytes,
      ...(trustProxy ? { trustProxy: trustProxy === "true" ? true : trustProxy } : {}),
    }),
  );
  await timed("server.listen", () => app.listen({ port, host }));
  const address = app.server.address();
  const actualPort = typeof address === "object" && address !== null ? address.port : port;
  const base = `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}`;
  const sweeper = setInterval(
    () =>
      void sweepLapsedClocks(context, recordTypes)
        .then(({ failures }) => {
          for (const failure of failures)
            console.error(`定时处理失败：${failure.recordType} #${failure.id}`, failure.error);
        })
        .catch((error: unknown) => {
          console.error(error);
        }),
    SWEEP_INTERVAL_MS,
  );
  isReady = true;
  const shutdown = async () => {
    clearInterval(sweeper);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  const lines = [
    `fazhi 已启动：${base}/`,
    `数据库：${database.description}`,
    seeded ? `已载入演示数据：侯马市，${seeded.records}条记录` : "使用已有数据",
    `公开门户（无需登录）：${base}/portal`,
    `接口文档：${base}/api/docs`,
    "",
    `演示账号（密码：${password}${process.env.FAZHI_DEMO_PASSWORD ? "，来自 FAZHI_DEMO_PASSWORD" : "，可用 FAZHI_DEMO_PASSWORD 设置"}）：`,
    ...houmaUsers.map(
      (user) =>
        `  ${user.username.padEnd(14)} ${user.displayName}（${user.roles.map((role) => ROLE_LABELS[role]).join("、")}）`,
    ),
    "",
    `就绪用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。按 Ctrl+C 停止。`,
  ];
  console.log(lines.join("\n"));
  // Keep the process alive: the server runs until a signal arrives.
  return new Promise<CommandOutput>(() => undefined);
}
