import type { MemberFunction } from "@/generated/prisma/enums";

/**
 * The functions a hospital's access manager hands out and manages. Registry staff belong to the
 * cancer registry, not to a hospital: they are never listed, created or changed here.
 */
export const managedFunctions = ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE", "ACCESS_MANAGER"] as const satisfies readonly MemberFunction[];

export type ManagedFunction = (typeof managedFunctions)[number];
