// Kinds of organisation in the tree, with their Chinese names (shared by the server and the web app).
export const ORG_KINDS = {
  government: "人民政府",
  department: "部门",
  township: "乡镇",
  subdistrict: "街道",
  team: "执法队伍",
  committee: "议事协调机构",
  center: "中心/所",
} as const;

export type OrgKindName = keyof typeof ORG_KINDS;
