// The organisation tree and the user accounts as spreadsheets: the columns of `fazhi template org`
// and `fazhi template user`, so a county loads its directory from files before its records.
import { ORG_KINDS } from "./orgs.js";
import { ROLE_LABELS, SCOPE_LABELS } from "./roles.js";
import type { SheetColumn, SheetModel } from "./sheet-model.js";

const optionsOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const column = (
  key: string,
  header: string,
  kind: SheetColumn["kind"],
  required: boolean,
  note: string,
  options: SheetColumn["options"] = [],
): SheetColumn => ({ key, header, kind, options, required, note });

/** Rules shared by both templates' instructions sheets (the record rules speak of 序号 and 状态). */
const RULES = [
  "文件中的各行全部检查通过后才会导入；有任何一处错误，整个文件都不导入，并给出错误清单（工作表、行号、列、问题）。",
  "第1行是列名，带“*”的列必须填写；第2行是隐藏的列代码，请勿删除或修改，系统据此识别各列。",
  "导入顺序：先导入单位，再导入用户，最后导入各类记录；用户的“所属单位”和记录中的单位须为系统中已有的单位。",
  "也可以导入 CSV 文件：编码为 UTF-8（可带 BOM）或 GB18030/GBK，第1行为列名。",
];

/** The separators people put between several roles in one cell. */
export const ROLE_SEPARATORS = /[、，,;；]/;

export const orgSheetModel: SheetModel = {
  typeId: "org",
  label: "单位",
  main: {
    name: "单位",
    columns: [
      column(
        "code",
        "单位代码",
        "text",
        true,
        "2至40位字母、数字或连字符，不得与已有单位重复；人民政府、乡镇、街道宜填行政区划代码（如 141021、141021100），部门可填“141021-D01”之类的内部代码",
      ),
      column("name", "单位名称", "text", true, "2至60个字，如“曲沃县司法局”"),
      column(
        "parentCode",
        "上级单位代码",
        "text",
        false,
        "上级单位的单位代码：可以是系统中已有的单位（如 fazhi init 建立的本级人民政府），也可以是本表中的单位（上下行顺序不限）；只有系统中还没有任何单位时，本级人民政府一行可以留空",
      ),
      column(
        "kind",
        "单位类型",
        "choice",
        true,
        `从下拉列表选择：${Object.values(ORG_KINDS).join("、")}`,
        optionsOf(ORG_KINDS),
      ),
      column(
        "sortOrder",
        "排序",
        "integer",
        false,
        "整数，同一上级下的单位按此由小到大排列；留空为0",
      ),
    ],
  },
  children: [],
  rules: RULES,
};

export const userSheetModel: SheetModel = {
  typeId: "user",
  label: "用户",
  main: {
    name: "用户",
    columns: [
      column(
        "username",
        "用户名",
        "text",
        true,
        "登录用的用户名：3至32位小写字母、数字或下划线，以字母开头，不得与已有用户重复",
      ),
      column("displayName", "姓名", "text", true, "2至40个字"),
      column(
        "org",
        "所属单位",
        "text",
        true,
        "单位代码或单位名称，须为系统中已有的单位（请先导入单位）；名称相同的单位有多个时须填单位代码",
      ),
      column(
        "roles",
        "角色",
        "choice",
        true,
        `一个或多个角色，多个角色之间用“、”“，”或“;”分隔：${Object.values(ROLE_LABELS).join("、")}；填写多个角色时 Excel 会提示不在下拉列表中，选“是”保留即可`,
        optionsOf(ROLE_LABELS),
      ),
      column(
        "scope",
        "数据范围",
        "choice",
        false,
        `从下拉列表选择：${Object.values(SCOPE_LABELS).join("、")}；留空为“${SCOPE_LABELS.own}”`,
        optionsOf(SCOPE_LABELS),
      ),
      column(
        "password",
        "初始密码",
        "text",
        true,
        "至少10位，须同时包含字母和数字；系统只保存其加密摘要，导入后请删除本文件或其中的密码列，并提醒用户登录后修改密码",
      ),
    ],
  },
  children: [],
  rules: RULES,
};
