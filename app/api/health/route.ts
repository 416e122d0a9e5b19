import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for the e2e harness and deploy checks. */
export async function GET() {
  return Response.json(await checkHealth());
}
