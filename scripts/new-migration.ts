/**
 * Creates the next migration folder from the changes in prisma/schema.prisma
 * (`npm run db:migrate:new -- <name>`). Works offline: the migrations are replayed into an
 * in-memory PGlite shadow database by the wasm schema engine.
 */
import { openAdapter } from "@/lib/db/adapter";
import { createMigration } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("usage: npm run db:migrate:new -- <name>");
  process.exit(2);
}
const adapter = openAdapter({ kind: "pglite", dataDir: "memory://" });
try {
  const folder = await createMigration(adapter.factory, name);
  console.log(folder ? `created prisma/migrations/${folder}/migration.sql` : "schema.prisma matches the migrations: nothing to create");
} finally {
  await adapter.close();
}
