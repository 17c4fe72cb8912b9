/**
 * 6. Server-side validation of a full registration (patient rules and every module rule), in
 * process, with the function the summary page, sending and bulk sending use: an SRT
 * registration, and a standard new diagnosis (male breast cancer: breast supplement, chronology, MOC).
 */
import { demoHospitalLists } from "@/lib/demo/campuses";
import { maleBreastCancer } from "@/lib/modules/standard/examples";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { measure, type Measure } from "../report/results";
import { recentCompleteRegistration } from "../seed/fixtures";

export function measureValidation(minimumSeconds = 2): Measure[] {
  const now = new Date();
  const { formData, patient } = recentCompleteRegistration(now);
  const srt = rate({ moduleId: "srt", formData, patient, identifiedByService: true, hospitalLists: demoHospitalLists() }, now, minimumSeconds);
  // The standard examples are for a man born in 1955, registered on 2025-03-15 (ModuleDemo).
  const registered = new Date("2025-03-15T12:00:00Z");
  const standard = rate({ moduleId: "standard", formData: maleBreastCancer, patient, identifiedByService: true, hospitalLists: demoHospitalLists() }, registered, minimumSeconds);
  return [
    measure("validation.perSecond", "Validation of a full SRT registration", srt.perSecond, "registrations/s", { comparison: ">=", value: 5000 }, `${srt.iterations.toLocaleString("en-GB")} validations`),
    measure("validation.standardPerSecond", "Validation of a full standard new diagnosis (breast, MOC)", standard.perSecond, "registrations/s", { comparison: ">=", value: 5000 }, `${standard.iterations.toLocaleString("en-GB")} validations`),
  ];
}

function rate(registration: Parameters<typeof validateRegistration>[0], now: Date, minimumSeconds: number): { perSecond: number; iterations: number } {
  const validate = () => validateRegistration(registration, { today: now, sendDate: now });
  const first = validate();
  if (first.errorCount > 0) throw new Error(`the ${registration.moduleId} benchmark registration is not valid: ${first.issues.map((i) => i.ruleId).join(", ")}`);
  for (let i = 0; i < 1000; i += 1) validate(); // warm-up
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (iterations < 5000 || elapsed < minimumSeconds * 1000) {
    for (let i = 0; i < 500; i += 1) validate();
    iterations += 500;
    elapsed = performance.now() - started;
  }
  return { perSecond: Math.round(iterations / (elapsed / 1000)), iterations };
}
