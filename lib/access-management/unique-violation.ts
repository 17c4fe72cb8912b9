import { Prisma } from "@/generated/prisma/client";

/** A unique constraint failed: someone did the same thing at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
