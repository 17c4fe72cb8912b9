import { describe, expect, it } from "vitest";
import { getModule, listModules } from "@/lib/modules/registry";
import { srtModule } from "@/lib/modules/srt";
import { standardModule } from "@/lib/modules/standard";

describe("module registry", () => {
  it("lists the modules, standard first then projects by name", () => {
    // F-HOME-1: the standard cancer registration first, whatever the language.
    expect(listModules().map((module) => module.id)).toEqual(["standard", "srt"]);
    expect(listModules("fr")[0]).toBe(standardModule);
  });

  it("finds a module by id and nothing else", () => {
    expect(getModule("srt")).toBe(srtModule);
    expect(getModule("standard")).toBe(standardModule);
    expect(getModule("SRT")).toBeUndefined();
    expect(getModule("__proto__")).toBeUndefined();
  });
});
