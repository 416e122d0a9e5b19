export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}
export const median = (s: number[]) => percentile(s, 50);
export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export type BenchResult = { name: string; value: number; unit: string };

export class Report {
  readonly results: BenchResult[] = [];
  constructor(private readonly quiet: boolean) {}
  add(name: string, value: number, unit: string): void {
    this.results.push({ name, value: round(value, 3), unit });
    if (!this.quiet) console.log(`  ${name.padEnd(58)} ${String(round(value, 2)).padStart(10)} ${unit}`);
  }
  section(title: string): void {
    if (!this.quiet) console.log(`\n## ${title}`);
  }
  note(text: string): void {
    if (!this.quiet) console.log(`  ${text}`);
  }
}

/** Runs fn `runs` times (after `warmup`), returning per-run milliseconds. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
