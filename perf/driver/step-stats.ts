/** Latencies per step of the user flow, and the table the load and fault commands print. */
export interface StepFigures {
  step: string;
  count: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
}

export class StepStats {
  private readonly durations = new Map<string, number[]>();
  private readonly errors = new Map<string, number>();
  private readonly firstErrors: string[] = [];

  record(step: string, milliseconds: number, error?: unknown): void {
    if (!this.durations.has(step)) this.durations.set(step, []);
    this.durations.get(step)!.push(milliseconds);
    if (error === undefined) return;
    this.errors.set(step, (this.errors.get(step) ?? 0) + 1);
    if (this.firstErrors.length < 10) this.firstErrors.push(`${step}: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Runs `work`, timing it under `step`; errors are recorded and thrown on. */
  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await work();
      this.record(step, performance.now() - started);
      return result;
    } catch (error) {
      this.record(step, performance.now() - started, error);
      throw error;
    }
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((sum, n) => sum + n, 0);
  }

  get sampleErrors(): readonly string[] {
    return this.firstErrors;
  }

  figures(): StepFigures[] {
    const rows = [...this.durations].map(([step, values]) => summarise(step, values, this.errors.get(step) ?? 0));
    const all = [...this.durations.values()].flat();
    return [...rows, summarise("total", all, this.errorCount)];
  }
}

export function summarise(step: string, values: readonly number[], errors: number): StepFigures {
  const sorted = [...values].sort((a, b) => a - b);
  return { step, count: sorted.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
}

/** Nearest-rank percentile of sorted values (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => (typeof cell === "number" ? formatNumber(cell) : cell)));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
