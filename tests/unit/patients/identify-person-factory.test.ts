import { describe, expect, it } from "vitest";
import { createIdentifyPerson, identifyPersonProviderFromEnv } from "@/lib/patients/identify-person-factory";
import { IdentifyPersonSimulator } from "@/lib/patients/identify-person-simulator";

describe("createIdentifyPerson", () => {
  it("gives the simulator by default", async () => {
    const service = createIdentifyPerson({});
    expect(service).toBeInstanceOf(IdentifyPersonSimulator);
    expect((await service.lookup("85073003328")).status).toBe("found");
  });

  it("passes IDENTIFY_PERSON_MODE=down to the simulator", async () => {
    const service = createIdentifyPerson({ IDENTIFY_PERSON_MODE: "down" });
    expect(await service.lookup("85073003328")).toEqual({ status: "unavailable" });
  });

  it("refuses the eHealth provider until it exists, and refuses typos", () => {
    expect(() => createIdentifyPerson({ IDENTIFY_PERSON_PROVIDER: "ehealth" })).toThrow(/not implemented/);
    expect(() => identifyPersonProviderFromEnv({ IDENTIFY_PERSON_PROVIDER: "simulater" })).toThrow(/IDENTIFY_PERSON_PROVIDER must be/);
    expect(identifyPersonProviderFromEnv({ IDENTIFY_PERSON_PROVIDER: "Simulator" })).toBe("simulator");
  });

  it("answers not_configured for every number with IDENTIFY_PERSON_PROVIDER=none", async () => {
    const service = createIdentifyPerson({ IDENTIFY_PERSON_PROVIDER: "none" });
    expect(await service.lookup("85073003328")).toEqual({ status: "not_configured" });
  });
});
