// 优化营商环境任务类别: the five areas of 《优化营商环境条例》 (国务院令第722号, 2019), chapters 二 to 六
// — 市场主体保护, 市场环境, 政务服务, 监管执法, 法治保障 — the grouping county responsibility letters
// (优化营商环境责任书) follow. A catalogue rather than fixed options, so a county whose letter groups
// its tasks otherwise (e.g. 要素保障, 惠企政策落实) loads its own list with
// `fazhi catalogue load businessEnvironmentCategory FILE` without a release.
import { readFileSync } from "node:fs";
import { readCatalogueText } from "../../kernel/catalogue-file.js";
import type { CatalogueDeclaration } from "../../kernel/catalogues.js";

const FILE = "business-environment-2019.csv";

const bundled = readCatalogueText(readFileSync(new URL(FILE, import.meta.url), "utf8"), FILE);

export const businessEnvironmentCategory: CatalogueDeclaration = {
  id: "businessEnvironmentCategory",
  label: "优化营商环境任务类别",
  source: "《优化营商环境条例》（国务院令第722号）",
  codePattern: /^\d{2}$/,
  codeHelp: "两位数字",
  leavesOnly: true,
  bundled,
};
