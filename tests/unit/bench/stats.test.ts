import { describe, expect, it } from "vitest";
import { percentile, summariseLatencies } from "@/bench/report/stats";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it("gives a sample that really occurred, at or above p % of the samples", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7, 1, 3], 95)).toBe(7);
    expect(percentile([4], 50)).toBe(4);
  });

  it("refuses no samples and impossible percentiles", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
    expect(() => percentile([1], Number.NaN)).toThrow();
  });

  it("summarises latencies to one decimal without changing the input", () => {
    const samples = [3.14159, 1.23, 9.87, 2.5];
    expect(summariseLatencies(samples)).toEqual({ count: 4, p50: 2.5, p95: 9.9, max: 9.9 });
    expect(samples).toEqual([3.14159, 1.23, 9.87, 2.5]);
  });
});
