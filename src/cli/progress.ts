// What the bulk commands (import, export) print while they run and when they end: a running count
// on stderr, so stdout keeps only the result line, and the rate in rows per second.

export type ProgressSink = (line: string) => void;
export const toStderr: ProgressSink = (line) => process.stderr.write(line);

export const seconds = (ms: number): string => (ms / 1000).toFixed(1);
export const perSecond = (rows: number, ms: number): number =>
  Math.round(rows / Math.max(ms / 1000, 0.001));
