// Reads an import file into rows keyed by the sheet model's columns: .xlsx (or .xlsm) by content,
// else CSV in UTF-8 or GB18030. Whatever else arrives (.xls, PDF, images) is refused by name.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { SheetModel } from "../kernel/sheet-model.js";
import { readCsv, type CsvEncoding } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";
import type { SheetFile, SheetProblem } from "./types.js";

export type SheetInput =
  { readonly path: string } | { readonly bytes: Uint8Array; readonly name: string };

export interface ReadOptions {
  /** Called every PROGRESS_EVERY rows read, and once at the end. */
  readonly onProgress?: (rowsRead: number) => void;
}

export const PROGRESS_EVERY = 1000;

/** Bytes held in memory (an upload) are handed out as a file's would be, in slices. */
const SLICE = 1 << 18;

/**
 * One slice at a time, with a turn of the event loop between them, as a file read gives: a whole
 * upload in one chunk would be parsed in one go, the progress reported on the way sent to nobody
 * until the end, and every other request kept waiting.
 */
async function* slices(bytes: Uint8Array): AsyncGenerator<Buffer> {
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let start = 0; start < whole.length; start += SLICE) {
    if (start > 0) await yieldToLoop();
    yield whole.subarray(start, start + SLICE);
  }
}

const open = (input: SheetInput): Readable =>
  "path" in input
    ? createReadStream(input.path, { highWaterMark: 1 << 20 })
    : Readable.from(slices(input.bytes), { objectMode: false });

interface Survey {
  readonly sha256: string;
  readonly bytes: number;
  readonly head: Buffer;
  /** Whether the whole file is valid UTF-8 (a CSV in GB18030 is not). */
  readonly utf8: boolean;
  /** The last bytes, where a complete zip has its end record. */
  readonly tail: Buffer;
}

/** One pass over the bytes: hash, size, the first bytes to sniff, UTF-8 validity. */
async function survey(input: SheetInput): Promise<Survey> {
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let head = Buffer.alloc(0);
  let utf8 = true;
  let tail = Buffer.alloc(0);
  for await (const chunk of open(input)) {
    const buffer = chunk as Buffer;
    tail = Buffer.concat([tail, buffer]);
    if (tail.length > TAIL) tail = tail.subarray(tail.length - TAIL);
    hash.update(buffer);
    bytes += buffer.length;
    if (head.length < HEAD) head = Buffer.concat([head, buffer.subarray(0, HEAD - head.length)]);
    if (utf8) {
      try {
        decoder.decode(buffer, { stream: true });
      } catch {
        utf8 = false;
      }
    }
  }
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  return { sha256: hash.digest("hex"), bytes, head, utf8, tail: Buffer.from(tail) };
}

/** Bytes kept to sniff the kind of file: magic numbers, and NUL bytes that text never has. */
const HEAD = 1024;
/** A zip's end record: 22 bytes, after a comment of at most 65,535 bytes. */
const TAIL = 65_535 + 22;
const END_RECORD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Why a file that is neither a workbook nor text cannot be read, or null when it may be CSV. */
function refusal(head: Buffer, name: string, utf8: boolean): string | null {
  if (head.subarray(0, 4).equals(OLE))
    return `文件“${name}”是旧版 Excel（.xls）或加密的工作簿，无法读取：请在 Excel 中“另存为” .xlsx（不设密码）或 CSV 后再导入`;
  if (head.subarray(0, 5).toString("latin1") === "%PDF-")
    return `文件“${name}”是 PDF 文件，不是 Excel（.xlsx）或 CSV 文件`;
  // Text has no NUL bytes in either encoding; images, archives and the like do.
  if (head.includes(0) && !utf8) return `文件“${name}”不是 Excel（.xlsx）或 CSV 文件`;
  return null;
}

export async function readSheetFile(
  model: SheetModel,
  input: SheetInput,
  options: ReadOptions = {},
): Promise<SheetFile> {
  const name = "path" in input ? basename(input.path) : input.name;
  const facts = await survey(input);
  let read = 0;
  const onRow = () => {
    read += 1;
    if (read % PROGRESS_EVERY === 0) options.onProgress?.(read);
  };
  const base = { sha256: facts.sha256, bytes: facts.bytes };
  const refused = (message: string, format: "xlsx" | "csv"): SheetFile => ({
    ...base,
    format,
    encoding: null,
    rows: [],
    children: new Map(),
    problems: [{ sheet: name, line: 0, column: "", message } satisfies SheetProblem],
  });
  if (facts.bytes === 0) return refused(`文件“${name}”是空文件`, "csv");
  if (facts.head.subarray(0, 4).equals(ZIP)) {
    // A zip cut short (an interrupted upload or copy) has no end record: refused before reading.
    const end = facts.tail.lastIndexOf(END_RECORD);
    if (end < 0 || facts.tail.length - end < 22)
      return refused(`文件“${name}”不完整或已损坏，无法读取：请重新保存或重新上传`, "xlsx");
    const sheets = await readXlsx(model, open(input), name, onRow);
    options.onProgress?.(read);
    return { ...base, format: "xlsx", encoding: null, ...sheets };
  }
  const why = refusal(facts.head, name, facts.utf8);
  if (why !== null) return refused(why, "xlsx");
  // A BOM says UTF-8 whatever follows; without one, text that is not valid UTF-8 is GB18030, the
  // encoding of Excel's "CSV (逗号分隔)" on a Chinese Windows (a superset of GBK and GB2312).
  const encoding: CsvEncoding =
    facts.utf8 || facts.head.subarray(0, 3).equals(BOM) ? "utf-8" : "gb18030";
  const csv = await readCsv(model, open(input), encoding, name, onRow);
  options.onProgress?.(read);
  return { ...base, format: "csv", encoding, children: new Map(), ...csv };
}
