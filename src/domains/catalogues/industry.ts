// 国民经济行业分类 (GB/T 4754-2017, with amendment No. 1 of 2019, which changed no section or division):
// its 20 sections (门类) and 97 divisions (大类). Finer levels (中类, 小类) can be loaded from a file with
// `fazhi catalogue load industry FILE` when a work stream needs them.
import { readFileSync } from "node:fs";
import { readCatalogueText } from "../../kernel/catalogue-file.js";
import type { CatalogueDeclaration } from "../../kernel/catalogues.js";

const FILE = "industry-gbt4754-2017.csv";

const bundled = readCatalogueText(readFileSync(new URL(FILE, import.meta.url), "utf8"), FILE);

export const industry: CatalogueDeclaration = {
  id: "industry",
  label: "国民经济行业分类",
  source: "GB/T 4754-2017",
  codePattern: /^([A-T]|\d{2}|\d{3}|\d{4})$/,
  codeHelp: "门类为一位大写字母，大类、中类、小类为两位、三位、四位数字",
  leavesOnly: true,
  bundled,
};
