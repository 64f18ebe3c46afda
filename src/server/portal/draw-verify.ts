// GET /portal/draws/verify: the page on which a citizen re-runs a published random-inspection draw
// in the browser (the script /portal/draw-verify.js, built from web/src/portal/draw-verify.ts with
// the platform's src/draw). The server only serves the page; it computes nothing the page shows.
import type { FastifyInstance } from "fastify";
import { escapeHtml } from "../../report/html.js";
import { portalPage } from "./page.js";

/** Built by src/runtime/web-build.ts into dist/web, served by the web app's static files. */
export const DRAW_VERIFY_SCRIPT = "/portal/draw-verify.js";

const BASIS =
  "依据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）向社会公开";

const STYLE = `<style>
.draw-verdict.draw-ok { color: #237804; } .draw-verdict.draw-failed, .draw-error { color: #a8071a; }
ol.draw-checks li { display: block; } ol.draw-checks .draw-mark { display: inline-block; width: 5.5em; font-weight: 600; }
ol.draw-checks li.draw-ok .draw-mark { color: #237804; } ol.draw-checks li.draw-failed .draw-mark { color: #a8071a; }
ol.draw-checks ul li { border: 0; padding: 2px 0; font-size: 14px; color: #a8071a; }
table.draw-selection { border-collapse: collapse; width: 100%; font-size: 14px; }
table.draw-selection th, table.draw-selection td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; }
dl.public dd { word-break: break-all; }
</style>`;

/** Only a path on this site (no scheme, no //host): the page fetches nothing from elsewhere. */
export const isSameOriginPath = (src: string): boolean =>
  src.startsWith("/") && !src.startsWith("//") && !src.startsWith("/\\") && !/[\s]/.test(src);

export function drawVerifyPage(src: string | undefined): string {
  const source = src !== undefined && isSameOriginPath(src) ? src : "";
  const rejected = src !== undefined && src !== "" && source === "";
  const body = `${STYLE}
<nav class="crumbs"><a href="/portal">政府信息公开</a> › 双随机抽查摇号结果验证</nav>
<p>每次“双随机”抽查摇号前，平台公布抽查计划、按统一社会信用代码排序的检查对象名录和执法检查人员名录及其SHA-256哈希、各风险类别的抽取数，以及将作为随机种子的未来公开值（指定期次的彩票开奖号码、摇号现场见证人输入的数值）。摇号后公布种子值和抽取结果。</p>
<p>本页在您的浏览器中按公开的算法重新计算：核对名录哈希、种子，重新摇号并与公布结果逐户比对。计算不经过平台服务器。也可下载文件后运行命令 <code>npx fazhi verify-draw 文件</code> 验证。</p>
<form class="search" id="draw-form"><label for="draw-file">选择公布的摇号结果文件（JSON）：</label>
<input type="file" id="draw-file" accept=".json,application/json"></form>
<noscript><p class="notice">本页的验证需要启用JavaScript；也可使用命令 npx fazhi verify-draw 文件。</p></noscript>
${rejected ? '<p class="draw-error">地址参数 src 不是本站路径，已忽略。</p>' : ""}
<div id="draw-result" aria-live="polite" data-src="${escapeHtml(source)}"></div>
<script type="module" src="${DRAW_VERIFY_SCRIPT}"></script>`;
  return portalPage("双随机抽查摇号结果验证", body, BASIS);
}

export function registerDrawVerifyRoute(app: FastifyInstance): void {
  app.get<{ Querystring: { src?: string } }>(
    "/portal/draws/verify",
    {
      schema: {
        hide: true,
        querystring: { type: "object", properties: { src: { type: "string", maxLength: 500 } } },
      },
    },
    async (request, reply) =>
      reply.type("text/html; charset=utf-8").send(drawVerifyPage(request.query.src)),
  );
}
