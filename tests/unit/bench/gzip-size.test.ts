import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipSize, sumGzipped } from "@/bench/report/gzip-size";

describe("gzipped script sizes", () => {
  const repetitive = "function f(){return 1}\n".repeat(2000);
  const small = "console.log('x')";

  it("measures each file's own gzip at level 9", () => {
    expect(gzipSize(repetitive)).toBe(gzipSync(repetitive, { level: 9 }).length);
    expect(gunzipSync(gzipSync(repetitive, { level: 9 })).toString()).toBe(repetitive);
    expect(gzipSize(repetitive)).toBeLessThan(Buffer.byteLength(repetitive) / 20);
  });

  it("sums files compressed one by one, largest first", () => {
    const summed = sumGzipped([
      { name: "small.js", content: small },
      { name: "big.js", content: Buffer.from(repetitive) },
    ]);
    expect(summed.files.map((f) => f.name)).toEqual(["big.js", "small.js"]);
    expect(summed.totalGzipBytes).toBe(gzipSize(small) + gzipSize(repetitive));
    expect(summed.totalBytes).toBe(Buffer.byteLength(small) + Buffer.byteLength(repetitive));
  });
});
