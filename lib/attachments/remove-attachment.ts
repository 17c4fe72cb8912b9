import { registrationWhere } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { refusedAsSeen } from "./add-attachment";
import { attached, refused, type AttachmentResult } from "./attachment-result";

/** Removes an attached file (its bytes) from a draft the user may edit; the caller drops its reference from the form data. Audited. */
export async function removeAttachment(
  context: SessionContext | null,
  input: { registrationId: string; attachmentId: string },
  db: Db = getDb(),
): Promise<AttachmentResult<null>> {
  const editable = registrationWhere(context, "edit");
  if (!context || !isReady(context) || !editable) return refused("not_found");
  const draft = await db.registration.findFirst({ where: { AND: [editable, { id: input.registrationId }] }, select: { id: true, moduleId: true } });
  if (!draft) return refusedAsSeen(context, input.registrationId, db);
  return db.$transaction(async (tx) => {
    const { count } = await tx.registrationAttachment.deleteMany({
      where: { registrationId: draft.id, id: input.attachmentId, registration: { status: "DRAFT" } },
    });
    if (count === 0) return refused<null>("not_found");
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.attachment_remove",
      moduleId: draft.moduleId,
      registrationId: draft.id,
      details: { attachmentId: input.attachmentId },
    });
    return attached(null);
  });
}
