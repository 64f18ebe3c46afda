// Backpressure towards the file's reader, and a stop when the reader has gone: a download closed
// half way must end the export, not keep reading records into a stream nobody reads.
import type { Writable } from "node:stream";

export class OutputClosedError extends Error {
  constructor() {
    super("导出文件的接收方已关闭（下载中断）");
  }
}

/** Resolves at once when `out` has room, after `drain` when it is full; throws once it is closed. */
export async function roomIn(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new OutputClosedError();
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off("drain", onDrain);
      out.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => {
      done();
    };
    const onClose = () => {
      done(new OutputClosedError());
    };
    out.on("drain", onDrain);
    out.on("close", onClose);
  });
}
