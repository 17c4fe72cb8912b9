/**
 * What the benchmark reports: one row per figure, with its target and whether it was met, for
 * each database it ran on; written as bench/results.json and as a markdown table.
 */
import os from "node:os";

export type Comparison = "<=" | ">=";

export interface Target {
  comparison: Comparison;
  value: number;
}

export interface Measure {
  /** Stable id, e.g. "save.p95". */
  id: string;
  label: string;
  value: number | null;
  unit: string;
  target: Target | null;
  /** null when there is no target or no value. */
  met: boolean | null;
  /** How it was measured, or why it is missing. */
  note?: string;
}

export interface DatabaseRun {
  db: "postgres" | "pglite";
  scale: number;
  seedSeconds: number | null;
  measures: Measure[];
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; platform: string; node: string };
  runs: DatabaseRun[];
}

export function measure(id: string, label: string, value: number | null, unit: string, target: Target | null, note?: string): Measure {
  const met = value === null || target === null ? null : target.comparison === "<=" ? value <= target.value : value >= target.value;
  return { id, label, value, unit, target, met, ...(note ? { note } : {}) };
}

export function machineDescription(): BenchResults["machine"] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

const symbols: Record<Comparison, string> = { "<=": "≤", ">=": "≥" };

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** One table, a column per database, so PostgreSQL and PGlite read side by side. */
export function markdownTable(results: BenchResults): string {
  const runs = results.runs;
  const ids: string[] = [];
  const byId = new Map<string, Measure>();
  for (const run of runs) {
    for (const m of run.measures) {
      if (!byId.has(m.id)) ids.push(m.id);
      byId.set(m.id, byId.get(m.id) ?? m);
    }
  }
  const header = ["Measure", "Target", ...runs.map((r) => `${r.db === "postgres" ? "PostgreSQL" : "PGlite"} (${formatNumber(r.scale)} rows)`)];
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`];
  for (const id of ids) {
    const first = byId.get(id)!;
    const target = first.target ? `${symbols[first.target.comparison]} ${formatNumber(first.target.value)} ${first.unit}` : "–";
    const values = runs.map((run) => {
      const m = run.measures.find((x) => x.id === id);
      if (!m || m.value === null) return m?.note ? `not measured (${m.note})` : "–";
      const verdict = m.met === null ? "" : m.met ? " ✅" : " ❌ missed";
      return `${formatNumber(m.value)} ${m.unit}${verdict}`;
    });
    lines.push(`| ${[first.label, target, ...values].map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}

export function markdownReport(results: BenchResults): string {
  const { machine } = results;
  const missed = results.runs.flatMap((run) => run.measures.filter((m) => m.met === false).map((m) => `${run.db}: ${m.label}`));
  // A measure that failed has no value: it met nothing, and the last line must not say otherwise.
  const failed = results.runs.flatMap((run) => run.measures.filter((m) => m.value === null && m.note?.startsWith("failed") === true).map((m) => `${run.db}: ${m.label}`));
  const seeds = results.runs.map((r) => `${r.db} ${r.seedSeconds === null ? "–" : `${formatNumber(r.seedSeconds)} s`}`).join(", ");
  return [
    `Benchmark of ${results.date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}.`,
    `Seeding: ${seeds}.`,
    "",
    markdownTable(results),
    "",
    missed.length ? `Targets missed: ${missed.join("; ")}.` : "Every measured target was met.",
    ...(failed.length ? [`Not measured (failed): ${failed.join("; ")}.`] : []),
    "",
  ].join("\n");
}
