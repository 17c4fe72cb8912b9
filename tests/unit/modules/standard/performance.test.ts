import { expect, it } from "vitest";
import { standardModule } from "@/lib/modules/standard";
import { context, maleBreastCancer } from "./fixtures";

// A micro-check, not the benchmark (issue 14 asks `npm run bench` for ≥ 5,000/s): it logs the rate.
it("validates a full new diagnosis with breast supplement and MOC quickly", () => {
  standardModule.validate(maleBreastCancer, context); // loads the ICD-O-3 tables once
  const runs = 500;
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) standardModule.validate(maleBreastCancer, context);
  const elapsed = performance.now() - started;
  console.info(`Standard validation: ${Math.round((runs / elapsed) * 1000)} registrations/s (${(elapsed / runs).toFixed(3)} ms each)`);
  expect(elapsed).toBeGreaterThan(0);
});
