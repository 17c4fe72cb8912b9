import type { Db } from "@/lib/db/client";
import { listModules } from "@/lib/modules/registry";
import { insurers } from "@/lib/patients/insurers";
import { currentTerms } from "./terms";

/** Modules, insurers and terms of use: needed in every installation, demo or not. */
export async function seedReferenceData(db: Db): Promise<void> {
  for (const declaration of listModules()) {
    await db.module.upsert({ where: { id: declaration.id }, update: {}, create: { id: declaration.id } });
  }
  for (const insurer of insurers) {
    const validFrom = new Date(insurer.validFrom);
    const row = {
      nameNl: insurer.names.nl,
      nameFr: insurer.names.fr,
      nameEn: insurer.names.en,
      validTo: insurer.validTo ? new Date(insurer.validTo) : null,
    };
    await db.insurer.upsert({
      where: { code_validFrom: { code: insurer.code, validFrom } },
      update: row,
      create: { code: insurer.code, validFrom, ...row },
    });
  }
  const { version, ...bodies } = currentTerms;
  await db.termsVersion.upsert({ where: { version }, update: bodies, create: { version, ...bodies } });
}
