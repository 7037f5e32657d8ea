/** Percentiles of a sample, in the sample's unit. Nearest rank: p99 of 1,000 values is the 990th smallest. */
export interface Summary {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: ArrayLike<number>): Summary | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))] as number;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { count: n, min: sorted[0] as number, p50: rank(0.5), p90: rank(0.9), p99: rank(0.99), max: sorted[n - 1] as number, mean: sum / n };
}

/** A growable list of doubles, without one boxed number per sample. */
export class Samples {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
