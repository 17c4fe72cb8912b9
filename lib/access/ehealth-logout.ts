import "server-only";
import { authConfig } from "@/lib/config/auth";

let endSessionEndpoint: Promise<string | null> | undefined;

async function discoverEndSessionEndpoint(): Promise<string | null> {
  try {
    const response = await fetch(`${authConfig().issuer}/.well-known/openid-configuration`, { cache: "no-store" });
    if (!response.ok) return null;
    const metadata = (await response.json()) as { end_session_endpoint?: unknown };
    return typeof metadata.end_session_endpoint === "string" ? metadata.end_session_endpoint : null;
  } catch {
    return null;
  }
}

/**
 * Where to send the browser so eHealth ends its session too (RP-initiated logout); falls back
 * to our own login page when the provider cannot be reached.
 */
export async function ehealthLogoutUrl(idToken: string | null, appOrigin: string): Promise<string> {
  const fallback = "/login?signedOut=1";
  endSessionEndpoint ??= discoverEndSessionEndpoint();
  const endpoint = await endSessionEndpoint;
  if (!endpoint) {
    endSessionEndpoint = undefined; // try discovery again next time
    return fallback;
  }
  const url = new URL(endpoint);
  if (idToken) url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("client_id", authConfig().clientId);
  url.searchParams.set("post_logout_redirect_uri", `${appOrigin}/login?signedOut=1`);
  return url.toString();
}
