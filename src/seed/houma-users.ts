// Demo logins for 侯马市: at least one per role. The names are made up; no real person is meant.
import type { UserSeed } from "./types.js";

export const houmaUsers: readonly UserSeed[] = [
  { username: "admin", displayName: "刘宇航", orgCode: "141081", roles: ["admin"], scope: "all" },
  {
    username: "fzb",
    displayName: "张丽娟",
    orgCode: "141081-C01",
    roles: ["lawOffice"],
    scope: "all",
  },
  {
    username: "sfj_clerk",
    displayName: "王晓东",
    orgCode: "141081-D01",
    roles: ["clerk"],
    scope: "own",
  },
  {
    username: "sfj_reviewer",
    displayName: "陈静怡",
    orgCode: "141081-D01",
    roles: ["reviewer"],
    scope: "own",
  },
  {
    username: "sfj_head",
    displayName: "杨志刚",
    orgCode: "141081-D01",
    roles: ["head"],
    scope: "own",
  },
  { username: "leader", displayName: "郭建军", orgCode: "141081", roles: ["leader"], scope: "all" },
  {
    username: "auditor",
    displayName: "孙雅琴",
    orgCode: "141081",
    roles: ["auditor"],
    scope: "all",
  },
  {
    username: "fly_clerk",
    displayName: "刘晓燕",
    orgCode: "141081-D01-01",
    roles: ["clerk"],
    scope: "own",
  },
  {
    username: "fly_reviewer",
    displayName: "马文博",
    orgCode: "141081-D01-01",
    roles: ["reviewer"],
    scope: "own",
  },
  {
    username: "fly_head",
    displayName: "贾建平",
    orgCode: "141081-D01-01",
    roles: ["head"],
    scope: "own",
  },
  {
    username: "ld_clerk",
    displayName: "赵鹏飞",
    orgCode: "141081001",
    roles: ["clerk"],
    scope: "own",
  },
  {
    username: "spj_clerk",
    displayName: "闫慧芳",
    orgCode: "141081-D06",
    roles: ["clerk"],
    scope: "own",
  },
  {
    username: "scj_clerk",
    displayName: "李婷婷",
    orgCode: "141081-D04",
    roles: ["clerk"],
    scope: "own",
  },
  // 人民调解员 keeping the case records of every mediation committee, township and sector alike:
  // the township committees lie outside the justice bureau's subtree, hence scope "all".
  {
    username: "tj_mediator",
    displayName: "畅秀英",
    orgCode: "141081-D01",
    roles: ["mediator"],
    scope: "all",
  },
];
