import type { Prisma } from "@/generated/prisma/client";

/**
 * The next WBCR reference of a module, "<its declared prefix>-2026-000042": sequential per module
 * and year, taken inside the sending transaction so a rolled-back send leaves no gap.
 */
export async function nextReference(
  tx: Prisma.TransactionClient,
  module: { id: string; referencePrefix: string },
  at: Date,
): Promise<string> {
  const moduleId = module.id;
  const year = at.getUTCFullYear();
  const counter = await tx.referenceCounter.upsert({
    where: { moduleId_year: { moduleId, year } },
    create: { moduleId, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  return `${module.referencePrefix}-${year}-${String(counter.last).padStart(6, "0")}`;
}
