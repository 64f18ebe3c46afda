// Phase timings of `fazhi start`, written to stderr as `fazhi timing <phase> <ms> ms` when
// FAZHI_TIMINGS=1 (bench/first-start.ts reads them); without it, nothing is measured or written.
const isEnabled = (): boolean => process.env.FAZHI_TIMINGS === "1";

export function reportTiming(phase: string, ms: number): void {
  if (isEnabled()) process.stderr.write(`fazhi timing ${phase} ${ms.toFixed(1)} ms\n`);
}

export async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  if (!isEnabled()) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    reportTiming(phase, performance.now() - started);
  }
}

export function timedSync<T>(phase: string, work: () => T): T {
  if (!isEnabled()) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    reportTiming(phase, performance.now() - started);
  }
}
