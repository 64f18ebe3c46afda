// Roles and data scopes: who a user is in the organisation and how far they see.

export const ROLES = [
  "admin",
  "lawOffice",
  "clerk",
  "reviewer",
  "head",
  "leader",
  "auditor",
  "mediator",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: "系统管理员",
  lawOffice: "依法治市办",
  clerk: "经办人员",
  reviewer: "审核人员",
  head: "机构负责人",
  leader: "领导",
  auditor: "审计人员",
  // People's mediators work for mediation committees across the city; the role reaches mediation only.
  mediator: "人民调解员",
};

/** own: the user's organisation; subtree: it and everything below; all: the whole tree. */
export const SCOPES = ["own", "subtree", "all"] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  own: "本单位",
  subtree: "本单位及下级",
  all: "全部",
};

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
export const isScope = (value: string): value is Scope =>
  (SCOPES as readonly string[]).includes(value);
