/** The median of `values`; `NaN` for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The nearest-rank percentile (`p` from 0 to 100): a value that was measured, never an
 * interpolation between two, so a p95 of 20 samples is the 19th smallest.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));

  return sorted[rank - 1]!;
}

/** Rounds to `digits` decimals, so the printed figures do not pretend to more precision. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;

  return Math.round(value * factor) / factor;
}
