/** One figure of the benchmark, printed as one JSON line on stdout. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
}

/** Prints a metric as one JSON object per line: stdout carries figures and nothing else. */
export function printMetric(metric: Metric): void {
  process.stdout.write(`${JSON.stringify(metric)}\n`);
}

/** Progress and notes go to stderr, so stdout stays machine-readable. */
export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}
