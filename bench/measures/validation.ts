/**
 * 6. Server-side validation of a full SRT registration (patient rules and every module rule),
 * in process, with the function the summary page, sending and bulk sending use.
 */
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { measure, type Measure } from "../report/results";
import { recentCompleteRegistration } from "../seed/fixtures";

export function measureValidation(minimumSeconds = 2): Measure[] {
  const now = new Date();
  const { formData, patient } = recentCompleteRegistration(now);
  const registration = { moduleId: "srt", formData, patient, identifiedByService: true };
  const validate = () => validateRegistration(registration, { today: now, sendDate: now });
  if (validate().errorCount > 0) throw new Error("the benchmark registration is not valid");
  for (let i = 0; i < 1000; i += 1) validate(); // warm-up
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (iterations < 5000 || elapsed < minimumSeconds * 1000) {
    for (let i = 0; i < 500; i += 1) validate();
    iterations += 500;
    elapsed = performance.now() - started;
  }
  const perSecond = Math.round(iterations / (elapsed / 1000));
  return [measure("validation.perSecond", "Validation of a full SRT registration", perSecond, "registrations/s", { comparison: ">=", value: 5000 }, `${iterations.toLocaleString("en-GB")} validations`)];
}
