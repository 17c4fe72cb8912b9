import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { registrationWhere } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import type { FileReference } from "@/lib/modules/field-types/file";
import { attached, refused, type AttachmentResult } from "./attachment-result";
import { fileFieldOf } from "./file-field";
import { fileKinds, kindOf } from "./file-kinds";
import { safeFileName } from "./file-name";
import { sealFile } from "./sealed-file";

export interface AddAttachmentInput {
  registrationId: string;
  /** The file field's data path, e.g. "mocReports". */
  fieldPath: string;
  /** The name the browser gave; only its last part is kept, made safe. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a file field of a draft the user may edit: the content must be of an
 * accepted kind (recognised by its bytes), within the field's size, and the field may not hold
 * more than its number of files. The bytes are stored encrypted; the caller puts the returned
 * reference into the form data (the draft keeps only references). Audited; refusals change nothing.
 */
export async function addAttachment(context: SessionContext | null, input: AddAttachmentInput, db: Db = getDb()): Promise<AttachmentResult<FileReference>> {
  const editable = registrationWhere(context, "edit");
  if (!context || !isReady(context) || !editable) return refused("not_found");
  const draft = await db.registration.findFirst({ where: { AND: [editable, { id: input.registrationId }] }, select: { id: true, moduleId: true, kind: true } });
  if (!draft) return refusedAsSeen(context, input.registrationId, db);
  const target = fileFieldOf(draft.moduleId, draft.kind, input.fieldPath);
  if (!target) return refused("unknown_field");
  const { limits } = target;
  if (input.bytes.length === 0) return refused("empty");
  if (input.bytes.length > limits.maxBytes) return refused("too_large", { max: limits.maxBytes });
  const kind = kindOf(input.bytes, limits.accept);
  if (!kind) return refused("wrong_kind", { accepted: limits.accept.join(", ") });

  const id = randomUUID();
  const fileName = safeFileName(input.fileName, fileKinds[kind].extension);
  const sealed = sealFile(input.bytes, draft.id, id);
  return db.$transaction(async (tx) => {
    // One upload at a time per registration, so two at once cannot both pass the count.
    const locked = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id"::text FROM "Registration" WHERE "id" = ${draft.id}::uuid AND "status" = 'DRAFT' FOR UPDATE`);
    if (locked.length === 0) return refused<FileReference>("already_sent");
    const count = await tx.registrationAttachment.count({ where: { registrationId: draft.id, fieldPath: input.fieldPath } });
    if (count >= limits.maxFiles) return refused<FileReference>("too_many", { max: limits.maxFiles });
    await tx.registrationAttachment.create({
      data: {
        registrationId: draft.id,
        id,
        fieldPath: input.fieldPath,
        fileName,
        size: input.bytes.length,
        content: sealed.content,
        keyId: sealed.keyId,
        uploadedById: context.person.id,
      },
    });
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.attachment_add",
      moduleId: draft.moduleId,
      registrationId: draft.id,
      details: { attachmentId: id, field: input.fieldPath, size: input.bytes.length },
    });
    return attached({ id, name: fileName, size: input.bytes.length });
  });
}

/** A draft the user may not edit: sent (when they may see it), else not found. */
export async function refusedAsSeen<T>(context: SessionContext, registrationId: string, db: Pick<Db, "registration">): Promise<AttachmentResult<T>> {
  const visible = registrationWhere(context, "view");
  const row = visible ? await db.registration.findFirst({ where: { AND: [visible, { id: registrationId }] }, select: { status: true } }) : null;
  return refused(row?.status === "SENT" ? "already_sent" : "not_found");
}
