// Summaries of repeated measurements: median and spread.
export interface Summary {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const index = (sorted.length - 1) * q;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (index - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    median: r(quantile(sorted, 0.5)),
    p10: r(quantile(sorted, 0.1)),
    p90: r(quantile(sorted, 0.9)),
    min: r(sorted[0]!),
    max: r(sorted[sorted.length - 1]!),
  };
}

/** Two decimals, for ratios. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
