/** The shared zod schemas of the attachment routes' input (path and query), parsed before anything else. */
import { z } from "zod";
import { FILE_FIELD_PATH } from "./file-field";
import { DEFAULT_FILE_LIMITS } from "./file-kinds";

export const ZAttachmentTarget = z.object({ registrationId: z.uuid(), attachmentId: z.uuid() });

export const ZUploadTarget = z.object({
  registrationId: z.uuid(),
  field: z.string().max(200).regex(FILE_FIELD_PATH),
  /** The file's name as chosen in the browser; made safe by the use case. */
  name: z.string().max(1000),
});

/**
 * The most bytes an upload route reads, whatever the field allows: the proxy (proxy.ts) buffers
 * request bodies up to 10 MB, so a larger declared limit needs experimental.proxyClientMaxBodySize raised too.
 */
export const UPLOAD_READ_LIMIT = DEFAULT_FILE_LIMITS.maxBytes;
