import type { Db } from "@/lib/db/client";
import { seedDemoPeople } from "./seed-demo-people";
import { seedDemoRegistrations } from "./seed-demo-registrations";
import { seedReferenceData } from "./seed-reference-data";

export { seedReferenceData, seedDemoPeople, seedDemoRegistrations };

/** Whether the demo has been seeded before (the embedded default seeds on its first start). */
export async function isDemoSeeded(db: Db): Promise<boolean> {
  return (await db.organisation.count()) > 0;
}

export async function seedDemo(db: Db): Promise<void> {
  await seedReferenceData(db);
  await seedDemoPeople(db);
}
