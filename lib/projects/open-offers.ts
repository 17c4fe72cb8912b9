import type { Prisma } from "@/generated/prisma/client";

/**
 * Offers still to answer: not answered, postponed ("later"), or started with a project draft
 * that was deleted since (its link set to null by the database). One definition for the Projects
 * tab, the answers and the start.
 */
export const stillOpen: Prisma.ProjectOfferWhereInput = {
  OR: [{ status: { in: ["OPEN", "LATER"] } }, { status: "STARTED", projectRegistrationId: null }],
};
