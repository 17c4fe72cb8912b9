import { describe, expect, it } from "vitest";
import { parseInsz } from "@/lib/patients/insz";
import { demoPopulation, IdentifyPersonSimulator, simulatorModeFromEnv } from "@/lib/patients/identify-person-simulator";

describe("IdentifyPersonSimulator", () => {
  it("finds a known person, with birth date and sex from the register", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    const result = await service.lookup("85073003328");
    expect(result).toMatchObject({
      status: "found",
      person: { insz: "85073003328", birthDate: "1985-07-30", sex: "M", address: { country: "BE" } },
    });
  });

  it("accepts the number with separators", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    expect((await service.lookup("85.07.30-033.28")).status).toBe("found");
  });

  it("knows the spec's special people: partial and unknown birth dates, BIS without sex, deceased", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    expect(await service.lookup("69030000114")).toMatchObject({ status: "found", person: { birthDate: "1969-03" } });
    expect(await service.lookup("00000100166")).toMatchObject({ status: "found", person: { birthDate: null } });
    expect(await service.lookup("85273003371")).toMatchObject({ status: "found", person: { sex: null } });
    expect(await service.lookup("85073006197")).toMatchObject({ status: "found", person: { deceasedDate: "2023-05-14" } });
  });

  it("answers unknown for a valid number it does not hold, and for garbage", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    // 85073003526: valid (1985-07-30, sequence 035) but not in the population.
    expect(parseInsz("85073003526").ok).toBe(true);
    expect(demoPopulation.some((p) => p.insz === "85073003526")).toBe(false);
    expect(await service.lookup("85073003526")).toEqual({ status: "unknown" });
    expect(await service.lookup("not a number")).toEqual({ status: "unknown" });
  });

  it("answers unavailable when down, and recovers when put up again", async () => {
    const service = new IdentifyPersonSimulator({ mode: "down" });
    expect(await service.lookup("85073003328")).toEqual({ status: "unavailable" });
    service.setMode("up");
    expect((await service.lookup("85073003328")).status).toBe("found");
  });

  it("reads IDENTIFY_PERSON_MODE=down", () => {
    expect(simulatorModeFromEnv({ IDENTIFY_PERSON_MODE: "down" })).toBe("down");
    expect(simulatorModeFromEnv({ IDENTIFY_PERSON_MODE: " DOWN " })).toBe("down");
    expect(simulatorModeFromEnv({ IDENTIFY_PERSON_MODE: "up" })).toBe("up");
    expect(simulatorModeFromEnv({})).toBe("up");
  });

  it("answers the same on every run (deterministic population)", async () => {
    const a = new IdentifyPersonSimulator({ mode: "up" });
    const b = new IdentifyPersonSimulator({ mode: "up" });
    const someone = demoPopulation[150];
    expect(someone).toBeDefined();
    expect(await a.lookup(someone!.insz)).toEqual(await b.lookup(someone!.insz));
  });

  it("finds every person of its population", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    for (const person of demoPopulation) {
      expect(await service.lookup(person.insz)).toEqual({ status: "found", person });
    }
  });

  it("returns copies: editing an answer does not change the register", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up" });
    const first = await service.lookup("85073003328");
    if (first.status === "found") first.person.lastName = "Changed";
    const second = await service.lookup("85073003328");
    expect(second).toMatchObject({ status: "found", person: { lastName: "Peeters" } });
  });

  it("can serve a custom population and simulate latency", async () => {
    const service = new IdentifyPersonSimulator({ mode: "up", population: [], latencyMs: 5 });
    expect(await service.lookup("85073003328")).toEqual({ status: "unknown" });
  });
});
