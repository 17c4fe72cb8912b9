import { getSessionContext } from "@/lib/access/verify-session";
import { ZAttachmentTarget } from "@/lib/attachments/attachment-input";
import { attachmentDisposition } from "@/lib/attachments/file-name";
import { readAttachment } from "@/lib/attachments/read-attachment";
import { removeAttachment } from "@/lib/attachments/remove-attachment";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; attachmentId: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

async function targetOf({ params }: Params) {
  const { id, attachmentId } = await params;
  const parsed = ZAttachmentTarget.safeParse({ registrationId: id, attachmentId });
  return parsed.success ? parsed.data : null;
}

/** Downloads an attached file of a registration the user may read: always as a download, under its safe name. */
export async function GET(_request: Request, context: Params): Promise<Response> {
  const target = await targetOf(context);
  if (!target) return notFound();
  const file = await readAttachment(await getSessionContext(), target);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

/** Removes an attached file from a draft the user may edit. */
export async function DELETE(_request: Request, context: Params): Promise<Response> {
  const target = await targetOf(context);
  if (!target) return notFound();
  const session = await getSessionContext();
  if (!session) return Response.json({ ok: false, code: "session_ended" }, { status: 401 });
  const result = await removeAttachment(session, target);
  return Response.json(result, { status: result.ok ? 200 : result.code === "not_found" ? 404 : 409, headers: { "Cache-Control": "no-store" } });
}
