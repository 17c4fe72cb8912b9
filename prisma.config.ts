// Prisma CLI configuration. The application itself never reads this file: it builds its client
// in lib/db/client.ts (PGlite by default, PostgreSQL when DATABASE_URL is set).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/wbcr" },
});
