import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Data goes through lib/ use cases that check access: no Prisma client in routes or UI.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/generated/*", "@/lib/db/client"], message: "Use a use case from lib/ (it checks access)." }] },
      ],
    },
  },
  {
    files: ["lib/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
]);
