import { describe, expect, it } from "vitest";
import { getModule, listModules } from "@/lib/modules/registry";
import { srtModule } from "@/lib/modules/srt";

describe("module registry", () => {
  it("lists the modules, standard first then projects by name", () => {
    expect(listModules().map((module) => module.id)).toEqual(["srt"]);
    expect(listModules("fr")[0]).toBe(srtModule);
  });

  it("finds a module by id and nothing else", () => {
    expect(getModule("srt")).toBe(srtModule);
    expect(getModule("SRT")).toBeUndefined();
    expect(getModule("__proto__")).toBeUndefined();
  });
});
