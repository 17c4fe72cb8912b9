// Runs `prisma generate` offline. The Prisma CLI insists on a schema-engine binary it would
// download; generating does not use it, so any existing file satisfies the check. Migrations
// use the wasm engine instead (lib/db/schema-engine.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
