/**
 * Server action ids of the production build. Next.js derives them from the build, so a driver
 * cannot hard-code them: `.next/server/server-reference-manifest.json` maps each id to the file
 * and exported name of the action, which is what the driver asks for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

export interface ServerReferenceManifest {
  node: Record<string, ManifestEntry>;
}

/** The actions the driver calls, by source file and export. */
export const driverActions = {
  acceptTerms: ["app/session/actions.ts", "acceptTermsAction"],
  chooseMembership: ["app/session/actions.ts", "chooseMembershipAction"],
  choosePhysician: ["app/session/actions.ts", "choosePhysicianAction"],
  identifyForModule: ["app/registrations/patient-actions.ts", "identifyForModuleAction"],
  submitNewPatient: ["app/registrations/patient-actions.ts", "submitNewPatientAction"],
  saveDraft: ["app/registrations/actions.ts", "saveDraftAction"],
  saveAndCheck: ["app/registrations/actions.ts", "saveAndCheckAction"],
  send: ["app/registrations/actions.ts", "sendAction"],
  bulkSendChunk: ["app/modules/[moduleId]/bulk-send/actions.ts", "bulkSendChunkAction"],
} as const satisfies Record<string, readonly [string, string]>;

export type ActionName = keyof typeof driverActions;
export type ActionIds = Record<ActionName, string>;

/** Throws, naming what is missing, when the build has no such action (renamed, moved, removed). */
export function findActionId(manifest: ServerReferenceManifest, filename: string, exportedName: string): string {
  const matches = Object.entries(manifest.node ?? {}).filter(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (matches.length === 1) return matches[0]![0];
  if (matches.length > 1) throw new Error(`server action ${filename}#${exportedName} has ${matches.length} ids in the manifest`);
  const known = [...new Set(Object.values(manifest.node ?? {}).map((e) => `${e.filename}#${e.exportedName}`))].sort();
  throw new Error(`server action ${filename}#${exportedName} is not in the build's manifest; known: ${known.join(", ")}`);
}

export function resolveActionIds(manifest: ServerReferenceManifest): ActionIds {
  return Object.fromEntries(
    Object.entries(driverActions).map(([name, [file, exported]]) => [name, findActionId(manifest, file, exported)]),
  ) as ActionIds;
}

export function readActionIds(projectRoot: string): ActionIds {
  const file = path.join(projectRoot, ".next/server/server-reference-manifest.json");
  return resolveActionIds(JSON.parse(readFileSync(file, "utf8")) as ServerReferenceManifest);
}
