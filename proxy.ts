/**
 * Runs before every page, server action and route handler: refuses state-changing requests
 * sent from another site (lib/security/same-origin.ts), cross-site requests for files with
 * data, and server-action bodies above the limit; gives every response its security headers
 * and every page its script nonce (lib/security/response-headers.ts).
 * Sessions and rights are still checked by each handler itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/response-headers";
import { isCrossSiteDataRequest, judgeOrigin } from "@/lib/security/same-origin";

/** next.config.mjs's serverActions.bodySizeLimit ("1mb"): Next refuses a bigger body with a 500. */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

function plain(text: string, status: number, nonce: string): NextResponse {
  const response = new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  applySecurityHeaders(response.headers, nonce);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  if (judgeOrigin(request.method, request.headers) === "foreign") {
    console.warn(`csrf: refused ${request.method} ${request.nextUrl.pathname} from ${request.headers.get("origin") ?? request.headers.get("referer")}`);
    return plain("Forbidden: cross-site request", 403, nonce);
  }
  if (isCrossSiteDataRequest(request.nextUrl.pathname, request.headers)) {
    console.warn(`csrf: refused cross-site ${request.method} ${request.nextUrl.pathname}`);
    return plain("Forbidden: cross-site request", 403, nonce);
  }
  // Say 413 for what it is when the size is announced; a chunked body is still cut off by Next.
  if (request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) {
    return plain("Payload too large", 413, nonce);
  }
  // Next takes the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  applySecurityHeaders(response.headers, nonce);
  return response;
}

export const config = {
  // Static files change nothing; everything else passes the check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
