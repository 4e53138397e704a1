/** Timing helpers for the benchmark: nearest-rank percentiles in milliseconds, rounded to µs. */

export interface Summary {
  iterations: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export const round = (ms: number, digits = 3) => Number(ms.toFixed(digits));

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    iterations: samples.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(mean),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Runs `fn` `warmup` times untimed, then `iterations` times, each timed on its own. */
export function measure(fn: (i: number) => void, iterations: number, warmup: number): Summary {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

/** Like `measure`, but `prepare` runs untimed before each call and hands it its input. */
export function measurePrepared<T>(prepare: (i: number) => T, fn: (input: T) => void, iterations: number, warmup: number): Summary {
  for (let i = 0; i < warmup; i++) fn(prepare(i));
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const input = prepare(warmup + i);
    const t = performance.now();
    fn(input);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}
