import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { srtDraftSchema, srtModule } from "@/lib/modules/srt";
import { context, validRegistrations } from "./fixtures";

/** Values near the form's own: valid ones, blanks, wrong types, out-of-range numbers. */
const anyValue = fc.oneof(
  fc.constantFrom("", null, "C34.1", "C80.9", "8170/3", "8140/2", "2024-11-04", "2019-01-01", "2099-01-01", "YES", "NONE"),
  fc.constantFrom("PRIMARY_TUMOUR", "OLIGOMETASTASES", "BRAIN_BENIGN", "AVM", "444651", "LUNG", "BRAIN"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 30 }),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);

const lesion = fc.dictionary(
  fc.constantFrom("targetSite", "targetTopography", "laterality", "totalDoseGy", "fractions", "ptvVolumeCc"),
  anyValue,
);
const plan = fc.record(
  {
    startDate: anyValue,
    endDate: anyValue,
    platform: anyValue,
    lesions: fc.oneof(fc.array(lesion, { maxLength: 7 }), anyValue),
  },
  { requiredKeys: [] },
);
const draftLike = fc.record(
  {
    indication: anyValue,
    nomenclatureCode: anyValue,
    mdtDate: anyValue,
    incidenceDate: anyValue,
    relapseDate: anyValue,
    topography: anyValue,
    morphology: anyValue,
    primaryTopography: anyValue,
    primaryMorphology: anyValue,
    totalMetastaticLesions: anyValue,
    concurrentSystemicTherapy: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
    clinicalTrial: anyValue,
    trialId: anyValue,
    plans: fc.oneof(fc.array(plan, { maxLength: 3 }), anyValue),
  },
  { requiredKeys: [] },
);

/** A valid registration with one value replaced by anything. */
const mutatedValid = fc
  .tuple(fc.constantFrom(...Object.values(validRegistrations)), fc.constantFrom(...Object.keys(validRegistrations.primaryTumour)), anyValue)
  .map(([base, key, value]) => ({ ...base, [key]: value }));

const birthDates = fc.constantFrom(undefined, "1955-06-01", "2020-03-00", "2021", "garbage", "0000-00-00");
const contexts = fc.record({
  today: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
  patient: fc.record({ birthDate: birthDates, sex: fc.constantFrom("M" as const, "F" as const, null, undefined) }),
});

describe("SRT validation never throws", () => {
  it("on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expect(Array.isArray(srtModule.validate(data, context))).toBe(true);
      }),
    );
  });

  it("on draft-like content with any values, in any context", () => {
    fc.assert(
      fc.property(fc.oneof(draftLike, mutatedValid), contexts, (data, ctx) => {
        const issues = srtModule.validate(data, ctx);
        for (const issue of issues) expect(srtModule.messages[issue.messageKey], issue.messageKey).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it("and the draft schema only answers success or failure", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), draftLike, mutatedValid), (data) => {
        const result = srtDraftSchema.safeParse(data);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
