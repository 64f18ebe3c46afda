// A response of JSON lines: progress while a long job runs, then one final line. Once the first
// line has gone the status is 200 whatever happens, so the outcome is in that final line.
import { PassThrough } from "node:stream";
import type { FastifyReply } from "fastify";

export const NDJSON = "application/x-ndjson; charset=utf-8";

export interface NdjsonStream {
  /** A progress line; dropped once the client has gone. */
  line(value: unknown): void;
  /** The final line, then the end of the response. */
  end(value: unknown): void;
  /** Whether the client closed the response before the end: the job may stop. */
  readonly isClosed: boolean;
}

export function sendNdjson(reply: FastifyReply): NdjsonStream {
  const body = new PassThrough();
  let isClosed = false;
  body.on("close", () => {
    isClosed = true;
  });
  reply.raw.on("close", () => {
    if (!reply.raw.writableFinished) isClosed = true;
  });
  void reply
    .header("content-type", NDJSON)
    .header("cache-control", "no-store")
    // A proxy that buffers the response (nginx does by default) would hold back every progress line.
    .header("x-accel-buffering", "no")
    .send(body);
  const write = (value: unknown) => {
    if (!isClosed && !body.writableEnded) body.write(`${JSON.stringify(value)}\n`);
  };
  return {
    line: write,
    end: (value) => {
      write(value);
      if (!body.writableEnded) body.end();
    },
    get isClosed() {
      return isClosed;
    },
  };
}
