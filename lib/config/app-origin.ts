/** The public origin of the application (NEXTAUTH_URL), used in redirects sent to eHealth. */
export function appOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`).origin;
}
