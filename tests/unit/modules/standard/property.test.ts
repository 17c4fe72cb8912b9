import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { standardDraftSchema, standardFollowUpSchema, standardModule } from "@/lib/modules/standard";
import { breastRecurrence, context, validRegistrations } from "./fixtures";

/** Values near the form's own: valid codes and dates, blanks, wrong types, odd numbers. */
const anyValue = fc.oneof(
  fc.constantFrom("", null, "C50.4", "C80.9", "C34.1", "8500/3", "8140/2", "9680/3", "8720/3", "2024-10-14", "2019-01-01", "2099-01-01", "2020", "YES", "NO"),
  fc.constantFrom("2", "5", "7", "8", "9", "80", "90", "T1c", "Tis", "N0(i+)", "M0", "MX", "1+", "3+", "POSITIVE", "12345625003", "1-23456-25-003"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 300 }),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A person value as the MOC fields store it, whole, with a part missing or wrong. */
const personLike = fc.record(
  { lastName: fc.oneof(fc.constantFrom("Peeters", "", "D'Hondt"), anyValue), firstName: fc.oneof(fc.constantFrom("An", " "), anyValue), riziv: fc.oneof(fc.constantFrom("12345625003", "12345626003", "1-23456-25-003"), anyValue) },
  { requiredKeys: [] },
);
const row = fc.dictionary(fc.constantFrom("code", "campus", "startDate", "endDate", "comment", "physician", "kind", "dateValue"), fc.oneof(anyValue, personLike));
const keys = [...new Set([...Object.values(validRegistrations).flatMap(Object.keys), ...Object.keys(breastRecurrence), "ownFields", "ownFieldsWanted", "multifocal"])];
const draftLike = fc.dictionary(fc.constantFrom(...keys), fc.oneof(anyValue, personLike, fc.array(row, { maxLength: 4 }), fc.array(anyValue, { maxLength: 3 })));
const mutatedValid = fc
  .tuple(fc.constantFrom(...Object.values(validRegistrations), breastRecurrence), fc.constantFrom(...keys), fc.oneof(anyValue, personLike, fc.array(row, { maxLength: 3 })))
  .map(([base, key, value]) => ({ ...base, [key]: value }));

const contexts = fc.record({
  today: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
  patient: fc.record({ birthDate: fc.constantFrom(undefined, "1955-06-01", "2020-03-00", "2021", "garbage", "0000-00-00"), sex: fc.constantFrom("M" as const, "F" as const, null, undefined) }),
  sendDate: fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), { nil: undefined }),
});

const forms = [standardModule, standardModule.followUp] as const;

// Two forms of ~150 fields each: more work per run than SRT, hence the longer time allowed.
describe("standard validation never throws", { timeout: 30_000 }, () => {
  it("on arbitrary JSON, for both forms", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        for (const form of forms) expect(Array.isArray(form.validate(data, context))).toBe(true);
      }),
    );
  });

  it("on draft-like content with any values, in any context: every issue has its message and the content is left as it was", () => {
    fc.assert(
      fc.property(fc.oneof(draftLike, mutatedValid), contexts, (data, ctx) => {
        const before = JSON.stringify(data);
        for (const form of forms) {
          for (const issue of form.validate(data, ctx)) expect(standardModule.messages[issue.messageKey], issue.messageKey).toBeDefined();
        }
        expect(JSON.stringify(data)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("and the draft schemas only answer success or failure, never changing what they refuse", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), draftLike, mutatedValid), (data) => {
        const before = JSON.stringify(data);
        for (const schema of [standardDraftSchema, standardFollowUpSchema]) expect(typeof schema.safeParse(data).success).toBe("boolean");
        expect(JSON.stringify(data)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
