import { getSessionContext } from "@/lib/access/verify-session";
import { addAttachment } from "@/lib/attachments/add-attachment";
import { UPLOAD_READ_LIMIT, ZUploadTarget } from "@/lib/attachments/attachment-input";
import { readLimitedBody } from "@/lib/attachments/read-limited-body";

export const dynamic = "force-dynamic";

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Attaches a file to a file field of a draft: POST the bytes as the body (not multipart),
 * ?field=<path>&name=<file name>. Answers { ok: true, data: { id, name, size } } or
 * { ok: false, code, params } (the form translates the code); a refusal changes nothing.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const input = ZUploadTarget.safeParse({ registrationId: (await params).id, field: query.get("field"), name: query.get("name") ?? "" });
  if (!input.success) return json({ ok: false, code: "not_found" }, 404);
  const context = await getSessionContext();
  if (!context) return json({ ok: false, code: "session_ended" }, 401);
  const body = await readLimitedBody(request, UPLOAD_READ_LIMIT);
  if (body === "too_large") return json({ ok: false, code: "too_large", params: { max: UPLOAD_READ_LIMIT } }, 413);
  const result = await addAttachment(context, { registrationId: input.data.registrationId, fieldPath: input.data.field, fileName: input.data.name, bytes: body });
  if (result.ok) return json(result, 201);
  return json(result, result.code === "not_found" ? 404 : result.code === "too_large" ? 413 : result.code === "already_sent" ? 409 : 422);
}
