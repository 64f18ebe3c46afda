// Console output of the CLI, kept in one place so commands stay testable (they return text).

export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const success = (stdout: string): CommandOutput => ({ exitCode: 0, stdout, stderr: "" });

/** Bad input: exit code 2, the message names the option or field. */
export const usageError = (message: string): CommandOutput => ({
  exitCode: 2,
  stdout: "",
  stderr: `错误：${message}\n`,
});
