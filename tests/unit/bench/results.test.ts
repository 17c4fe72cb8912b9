import { describe, expect, it } from "vitest";
import { markdownReport, markdownTable, measure, type BenchResults } from "@/bench/report/results";

const results: BenchResults = {
  date: "2026-11-23T12:00:00.000Z",
  machine: { cpus: 2, cpuModel: "Test CPU", memoryGB: 8, platform: "linux", node: "v20" },
  runs: [
    {
      db: "postgres",
      scale: 100_000,
      seedSeconds: 12.5,
      measures: [
        measure("save.p95", "Save draft: p95", 42.5, "ms", { comparison: "<=", value: 50 }),
        measure("export.rowsPerSecond", "Export", 18_000, "rows/s", { comparison: ">=", value: 20_000 }),
        measure("save.throughput", "Save | throughput", 310, "saves/s", null),
      ],
    },
    { db: "pglite", scale: 10_000, seedSeconds: null, measures: [measure("save.p95", "Save draft: p95", 61, "ms", { comparison: "<=", value: 50 })] },
  ],
};

describe("benchmark results", () => {
  it("judges a figure against its target in the right direction", () => {
    expect(measure("a", "a", 50, "ms", { comparison: "<=", value: 50 }).met).toBe(true);
    expect(measure("a", "a", 50.1, "ms", { comparison: "<=", value: 50 }).met).toBe(false);
    expect(measure("b", "b", 20_000, "rows/s", { comparison: ">=", value: 20_000 }).met).toBe(true);
    expect(measure("b", "b", 19_999, "rows/s", { comparison: ">=", value: 20_000 }).met).toBe(false);
    expect(measure("c", "c", 3, "s", null).met).toBeNull();
    expect(measure("d", "d", null, "s", { comparison: "<=", value: 1 }, "failed").met).toBeNull();
  });

  it("writes one row per measure and one column per database, saying which targets were missed", () => {
    const lines = markdownTable(results).split("\n");
    expect(lines[0]).toBe("| Measure | Target | PostgreSQL (100,000 rows) | PGlite (10,000 rows) |");
    expect(lines[1]).toBe("| --- | --- | ---: | ---: |");
    expect(lines[2]).toBe("| Save draft: p95 | ≤ 50 ms | 42.5 ms ✅ | 61 ms ❌ missed |");
    expect(lines[3]).toBe("| Export | ≥ 20,000 rows/s | 18,000 rows/s ❌ missed | – |");
    // A pipe in a label must not split the cell.
    expect(lines[4]).toBe("| Save \\| throughput | – | 310 saves/s | – |");
    expect(lines).toHaveLength(5);
  });

  it("lists the missed targets under the table", () => {
    const report = markdownReport(results);
    expect(report).toContain("Targets missed: postgres: Export; pglite: Save draft: p95.");
    expect(report).toContain("Seeding: postgres 12.5 s, pglite –.");
  });
});
