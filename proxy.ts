/**
 * Runs before every page, server action and route handler: refuses state-changing requests
 * sent from another site (lib/security/same-origin.ts). Sessions and rights are still checked
 * by each handler itself; this is only the CSRF guard.
 */
import { NextResponse, type NextRequest } from "next/server";
import { judgeOrigin } from "@/lib/security/same-origin";

export function proxy(request: NextRequest): NextResponse {
  if (judgeOrigin(request.method, request.headers) !== "foreign") return NextResponse.next();
  console.warn(`csrf: refused ${request.method} ${request.nextUrl.pathname} from ${request.headers.get("origin") ?? request.headers.get("referer")}`);
  return new NextResponse("Forbidden: cross-site request", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Static files change nothing; everything else passes the check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
