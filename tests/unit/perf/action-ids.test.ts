import { describe, expect, it } from "vitest";
import { findActionId, resolveActionIds, driverActions, type ServerReferenceManifest } from "@/perf/driver/action-ids";

const manifest: ServerReferenceManifest = {
  node: {
    "40aa": { filename: "app/registrations/actions.ts", exportedName: "saveDraftAction" },
    "60bb": { filename: "app/registrations/actions.ts", exportedName: "sendAction" },
    "40cc": { filename: "app/session/actions.ts", exportedName: "saveDraftAction" },
  },
};

describe("server action ids from the build manifest", () => {
  it("finds an action by file and exported name, not by name alone", () => {
    expect(findActionId(manifest, "app/registrations/actions.ts", "saveDraftAction")).toBe("40aa");
    expect(findActionId(manifest, "app/session/actions.ts", "saveDraftAction")).toBe("40cc");
  });

  it("fails loudly, listing what the build has, when an action is missing", () => {
    expect(() => findActionId(manifest, "app/registrations/actions.ts", "deleteDraftAction")).toThrow(
      /deleteDraftAction is not in the build's manifest; known: .*app\/registrations\/actions.ts#sendAction/,
    );
  });

  it("resolves every action the driver needs, or none", () => {
    expect(() => resolveActionIds(manifest)).toThrow(/acceptTermsAction/);
    const full: ServerReferenceManifest = {
      node: Object.fromEntries(Object.values(driverActions).map(([filename, exportedName], i) => [`id${i}`, { filename, exportedName }])),
    };
    expect(Object.values(resolveActionIds(full))).toHaveLength(Object.keys(driverActions).length);
  });
});
