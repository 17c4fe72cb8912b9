/**
 * `npm run keys:new`: fresh values for the secrets production requires, in environment-file
 * form. Keep them outside the data directory and its backups (docs/operations.md "Keys").
 */
import { newAuthSecret } from "@/lib/access/auth-secret";
import { newKeyValues } from "@/lib/security/keys";

const keys = newKeyValues();
console.log(
  [
    "# WBCR secrets generated " + new Date().toISOString(),
    "# Store them in the service's environment file or secret store, NOT beside the database or in its backups.",
    `NEXTAUTH_SECRET=${newAuthSecret()}`,
    `WBCR_DATA_KEYS=${keys.WBCR_DATA_KEYS}`,
    `WBCR_INDEX_KEY=${keys.WBCR_INDEX_KEY}`,
  ].join("\n"),
);
