/**
 * `npm run test:e2e:production` (part of `npm test`): the production end-to-end test
 * (playwright.production.config.ts) needs a PostgreSQL server. With DATABASE_URL it uses that
 * server (creating and dropping its own databases); otherwise it starts a throw-away one with
 * .ci/with-postgres.sh (Debian's postgresql package, PGPORT default 55432). Without either it
 * says so and skips — except in CI, where a skipped test would be a false pass.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const playwright = ["npx", "playwright", "test", "-c", "playwright.production.config.ts", ...process.argv.slice(2)];

function hasPostgresServer() {
  if (spawnSync("sh", ["-c", "command -v pg_ctl"], { stdio: "ignore" }).status === 0) return true;
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/pg_ctl`));
}

function run(command, args) {
  return spawnSync(command, args, { stdio: "inherit" }).status ?? 1;
}

let status;
if (process.env.DATABASE_URL) status = run(playwright[0], playwright.slice(1));
else if (hasPostgresServer()) status = run("bash", [".ci/with-postgres.sh", ...playwright]);
else if (process.env.CI) {
  console.error("test:e2e:production: PostgreSQL is needed (apt-get install postgresql, or DATABASE_URL)");
  status = 1;
} else {
  console.log("test:e2e:production: skipped, no PostgreSQL here. Install it (sudo apt-get install -y postgresql) or set DATABASE_URL, then: npm run test:e2e:production");
  status = 0;
}
process.exit(status);
