import { checkHealth, healthDetailsShown } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** Liveness/readiness probe for load balancers: up or down; details only when configured (WBCR_HEALTH_DETAILS). */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(healthDetailsShown() ? report : { status: report.status }, {
    status: report.status === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
