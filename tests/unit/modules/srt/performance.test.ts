import { expect, it } from "vitest";
import { srtModule } from "@/lib/modules/srt";
import { context, oligometastases } from "./fixtures";

// A micro-check, not a benchmark: it logs the rate so a slow rule shows up in the output.
it("validates a full registration quickly", () => {
  srtModule.validate(oligometastases, context); // loads the ICD-O-3 tables once
  const runs = 2000;
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) srtModule.validate(oligometastases, context);
  const elapsed = performance.now() - started;
  console.info(`SRT validation: ${Math.round((runs / elapsed) * 1000)} registrations/s (${(elapsed / runs).toFixed(3)} ms each)`);
  expect(elapsed).toBeGreaterThan(0);
});
