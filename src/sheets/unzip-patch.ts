// A fix for the zip parser under exceljs's streaming reader (unzipper 0.10, pinned with exceljs
// 4.4.0). Its Parse stream emits "end" by hand as soon as its writable side finishes — which it
// does itself on reaching the zip's end record — while entries it has already parsed may still sit
// in its readable buffer: small entries (xl/workbook.xml, docProps) fit in their own buffers, so
// the parser runs ahead to the end record while exceljs is busy with an earlier entry. exceljs's
// entry loop takes that "end" as the last entry and silently drops the rest: sheet names, shared
// strings or styles went missing in about half of the reads of a small workbook. Without the early
// "end", the readable side ends as streams do, after its last entry has been read.
import { createRequire } from "node:module";
import type { EventEmitter } from "node:events";

type Parse = (options: unknown) => EventEmitter;
interface Unzipper {
  Parse: Parse & { fazhiPatched?: true };
}

// The very module object exceljs requires, resolved from exceljs's own location.
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
const unzipper = fromExceljs("unzipper") as Unzipper;

if (unzipper.Parse.fazhiPatched !== true) {
  const original = unzipper.Parse;
  const patched = (options: unknown): EventEmitter => {
    const parser = original(options);
    // Listeners on "finish": PullStream's (marks the input finished), then Parse's (emits "end").
    const early = parser.listeners("finish")[1];
    if (typeof early === "function")
      parser.removeListener("finish", early as (...args: unknown[]) => void);
    return parser;
  };
  unzipper.Parse = Object.assign(patched, { fazhiPatched: true as const });
}
