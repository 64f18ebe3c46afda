// `fazhi deadline`: text and JSON output, the rule list, and clear errors for bad input.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../test/support/paths.js";
import { runCommand } from "./main.js";

const REQUIRED_RULES = [
  "reconsideration.acceptanceReview",
  "reconsideration.correctionNotice",
  "reconsideration.respondentReply",
  "reconsideration.decision",
  "reconsideration.simplifiedDecision",
  "litigation.defence",
  "litigation.appeal",
  "penalty.decision",
  "penalty.hearingRequest",
  "licensing.decision",
  "disclosure.reply",
  "disclosure.thirdPartyOpinion",
  "disclosure.proactive",
  "legalAid.examination",
  "legalAid.designation",
  "decision.publicComment",
  "mediation.judicialConfirmation",
];

describe("fazhi deadline", () => {
  it("prints the due date and the explanation as JSON", async () => {
    const output = await runCommand([
      "deadline",
      "reconsideration.decision",
      "--from",
      "2023-08-02",
      "--json",
    ]);
    expect(output.exitCode).toBe(0);
    const json = JSON.parse(output.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "rule",
      "from",
      "restarts",
      "extensionBase",
      "due",
      "provisional",
      "steps",
    ]);
    expect(json).toMatchObject({
      rule: "reconsideration.decision",
      from: "2023-08-02",
      restarts: [],
      extensionBase: null,
      due: "2023-10-07",
      provisional: false,
    });
    const steps = json.steps as { date: string; kind: string; text: string }[];
    expect(steps[0]?.text).toContain("行政复议法");
    expect(steps.map((step) => step.kind)).toContain("restDayShift");
    for (const step of steps) expect(step.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("applies pauses and the head-approved extension", async () => {
    const output = await runCommand([
      "deadline",
      "reconsideration.decision",
      "--from",
      "2024-03-01",
      "--pause",
      "2024-03-11..2024-03-20",
      "--extend",
      "30",
      "--json",
    ]);
    expect(output.stderr).toBe("");
    // 60 days + 10 paused → 2024-05-10 (Fri); + 30 → 2024-06-09 (Sun) → 6-10 端午 → 2024-06-11
    expect(JSON.parse(output.stdout)).toMatchObject({ due: "2024-06-11" });
  });

  it("prints a readable explanation in Chinese", async () => {
    const output = await runCommand(["deadline", "disclosure.reply", "--from", "2023-09-20"]);
    expect(output.exitCode).toBe(0);
    // 9-21, 9-22, 9-25..9-28 (6), holiday 9-29..10-6, make-up 10-7 and 10-8 (8), 10-9..10-24 (20)
    expect(output.stdout).toContain("届满：2023-10-24（星期二）");
    expect(output.stdout).toContain("中秋节、国庆节放假休息日，共8日");
  });

  it("restarts the acceptance review on receipt of the correction: 2023-03-01, corrected 03-20, due 03-27", async () => {
    const output = await runCommand([
      "deadline",
      "reconsideration.acceptanceReview",
      "--from",
      "2023-03-01",
      "--restart",
      "2023-03-20",
    ]);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain("重新起算：2023-03-20（星期一）");
    expect(output.stdout).toContain("届满：2023-03-27（星期一）");
    expect(output.stdout).toContain("第31条第3款");
  });

  it("shows the extension base: 2023-08-02 + 60 + 30 is 10-31 from the unmoved end, 11-06 from the moved one", async () => {
    const args = ["deadline", "reconsideration.decision", "--from", "2023-08-02", "--extend", "30"];
    const safer = await runCommand(args);
    expect(safer.stdout).toContain("延长基数：原期间最后一日（未按休假日顺延）");
    expect(safer.stdout).toContain("届满：2023-10-31（星期二）");
    const moved = await runCommand([...args, "--extension-base", "shiftedDue", "--json"]);
    expect(JSON.parse(moved.stdout)).toMatchObject({
      due: "2023-11-06",
      extensionBase: "shiftedDue",
    });
    const bad = await runCommand([...args, "--extension-base", "later"]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("--extension-base");
  });

  it("names --restart when the rule never starts again", async () => {
    const output = await runCommand([
      "deadline",
      "reconsideration.decision",
      "--from",
      "2024-03-01",
      "--restart",
      "2024-03-05",
    ]);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toContain("--restart：");
  });

  it("lists every rule, including the ones later work relies on", async () => {
    const output = await runCommand(["deadline", "--list", "--json"]);
    const ids = (JSON.parse(output.stdout) as { id: string }[]).map((rule) => rule.id);
    for (const id of REQUIRED_RULES) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [["deadline", "no.such.rule", "--from", "2024-01-02"], "RULE：未知的期限规则"],
    [["deadline", "litigation.defence", "--from", "2024-02-30"], "--from：日期应为有效的"],
    [["deadline", "litigation.defence"], "缺少 --from"],
    [
      [
        "deadline",
        "reconsideration.decision",
        "--from",
        "2024-03-01",
        "--pause",
        "2024-09-01..2024-09-03",
      ],
      "--pause[0]：暂停区间开始于期间届满日",
    ],
    [
      ["deadline", "reconsideration.decision", "--from", "2024-03-01", "--pause", "2024-03-05"],
      "--pause[0]：应为 YYYY-MM-DD..YYYY-MM-DD",
    ],
    [
      [
        "deadline",
        "litigation.defence",
        "--from",
        "2024-03-01",
        "--pause",
        "2024-03-05..2024-03-06",
      ],
      "--pause：“",
    ],
    [
      ["deadline", "reconsideration.decision", "--from", "2024-03-01", "--extend", "31"],
      "--extend：延长期限应为1至30",
    ],
    [
      ["deadline", "reconsideration.decision", "--from", "2024-03-01", "--extend", "abc"],
      "--extend：应为正整数",
    ],
    [["deadline", "litigation.defence", "--from", "2024-03-01", "--bogus"], "Unknown option"],
    [["nonsense"], "未知命令"],
  ])("refuses %j with a clear error", async (argv, message) => {
    const output = await runCommand(argv);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe("");
    expect(output.stderr).toContain(message);
  });
});

describe("the fazhi binary", () => {
  it("runs from bin/ through the TypeScript loader and exits non-zero on bad input", async () => {
    const run = promisify(execFile);
    const bin = join(projectRoot, "bin/fazhi.js");
    const ok = await run("node", [
      bin,
      "deadline",
      "litigation.defence",
      "--from",
      "2024-09-20",
      "--json",
    ]);
    // 15 calendar days from 9-20 is 10-05, inside 国庆节 (10-01..10-07) → 10-08
    expect(JSON.parse(ok.stdout)).toMatchObject({ due: "2024-10-08" });
    await expect(
      run("node", [bin, "deadline", "litigation.defence", "--from", "x"]),
    ).rejects.toMatchObject({ code: 2 });
  }, 20_000);
});
