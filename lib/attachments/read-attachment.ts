import { registrationWhere } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import type { FileKind } from "@/lib/modules/types";
import { fileKinds, kindOf } from "./file-kinds";
import { sealedFileRow } from "./sealed-file-row";
import { unsealFile } from "./sealed-file";

export interface DownloadedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * An attached file of a registration the user may read (the same policy as viewing it), decrypted;
 * null when there is none or the user may not see it (indistinguishable). Every download is audited.
 */
export async function readAttachment(
  context: SessionContext | null,
  input: { registrationId: string; attachmentId: string },
  db: Db = getDb(),
): Promise<DownloadedFile | null> {
  const visible = registrationWhere(context, "view");
  if (!context || !isReady(context) || !visible) return null;
  const row = await db.registrationAttachment.findFirst({
    where: { registrationId: input.registrationId, id: input.attachmentId, registration: visible },
    select: { ...sealedFileRow, fileName: true, registration: { select: { moduleId: true, organisationId: true } } },
  });
  if (!row) return null;
  const bytes = unsealFile(row);
  await recordAuditEvent(db, actorOf(context), {
    action: "registration.attachment_download",
    moduleId: row.registration.moduleId,
    registrationId: row.registrationId,
    details: { attachmentId: row.id },
    subjectOrganisationIds: [row.registration.organisationId],
  });
  const kind = kindOf(bytes, Object.keys(fileKinds) as FileKind[]);
  return { fileName: row.fileName, mimeType: kind ? fileKinds[kind].mimeType : "application/octet-stream", bytes };
}
