import { describe, expect, it } from "vitest";
import { srtModule } from "@/lib/modules/srt";
import { context, validRegistrations } from "./fixtures";

describe("SRT valid registrations", () => {
  it.each(Object.entries(validRegistrations))("%s yields no issue", (_name, data) => {
    expect(srtModule.validate(data, context)).toEqual([]);
  });

  it.each(Object.entries(validRegistrations))("%s is accepted unchanged by the draft schema", (_name, data) => {
    expect(srtModule.draftSchema.parse(data)).toEqual(data);
  });
});
