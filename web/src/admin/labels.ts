// Chinese names of roles, scopes and org kinds (the same as src/kernel/roles.ts and src/admin/orgs.ts).
import type { OrgKind, Role, Scope } from "../api/types";

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: "系统管理员",
  lawOffice: "依法治市办",
  clerk: "经办人员",
  reviewer: "审核人员",
  head: "机构负责人",
  leader: "领导",
  auditor: "审计人员",
};

export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  own: "本单位",
  subtree: "本单位及下级",
  all: "全部",
};

export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = {
  government: "人民政府",
  department: "部门",
  township: "乡镇",
  subdistrict: "街道",
  team: "执法队伍",
  committee: "议事协调机构",
  center: "中心/所",
};

export const optionsOf = <T extends string>(labels: Readonly<Record<T, string>>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
