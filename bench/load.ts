/** A bounded closed-loop load generator: N workers, a request budget and a time budget. */

export interface LoadOptions {
  concurrency: number;
  /** Stop after this many requests in all… */
  requests: number;
  /** …or after this long, whichever comes first. */
  maxMs: number;
  /** Requests sent before timing starts: connections, JIT and page cache warm up. */
  warmup?: number;
}

export interface LoadResult {
  count: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first error seen, to explain a non-zero `errors`. */
  firstError: string | null;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/** Runs `task(i)` for i = 0, 1, …; each worker takes the next index as soon as it is free. */
export async function runLoad(opts: LoadOptions, task: (i: number) => Promise<void>): Promise<LoadResult> {
  const warm = opts.warmup ?? Math.min(opts.concurrency * 2, opts.requests);
  for (let i = 0; i < warm; i++) await task(i).catch(() => undefined);
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const worker = async () => {
    while (next < opts.requests && performance.now() - t0 < opts.maxMs) {
      const i = next++;
      const s = performance.now();
      try {
        await task(i);
        latencies.push(performance.now() - s);
      } catch (err) {
        errors += 1;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    firstError,
  };
}
