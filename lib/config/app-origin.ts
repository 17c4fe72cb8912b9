import { readSettings, type Env } from "./settings";

/** The public origin of the application (NEXTAUTH_URL), used in redirects sent to eHealth. */
export function appOrigin(env: Env = process.env): string {
  const s = readSettings(env);
  return new URL(s.NEXTAUTH_URL ?? `http://localhost:${s.PORT ?? 3000}`).origin;
}
