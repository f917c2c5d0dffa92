/** A distribution of milliseconds, as the bench reports it. */
export interface Spread {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const round = (value: number) => Number(value.toFixed(2));

/** Nearest-rank percentiles; all zero for no values. */
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(at(1)) };
}
