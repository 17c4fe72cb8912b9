import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** Public liveness/readiness probe: no personal data, only status. */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
