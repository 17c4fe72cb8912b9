/** What the attachment use cases return: data, or a refusal the form explains at the field (catalogue "attachments", `errors.<code>`). */
export type AttachmentRefusal =
  /** No such registration or file, or the user may not see it: the same answer, so nothing leaks. */
  | "not_found"
  /** The registration was sent: its attachments no longer change. */
  | "already_sent"
  /** The registration's form has no such file field. */
  | "unknown_field"
  | "empty"
  /** The content is not of an accepted kind (whatever its name says). */
  | "wrong_kind"
  | "too_large"
  | "too_many"
  /** No valid session any more. */
  | "session_ended";

export type AttachmentResult<T> = { ok: true; data: T } | { ok: false; code: AttachmentRefusal; params?: Record<string, string | number> };

export const attached = <T>(data: T): AttachmentResult<T> => ({ ok: true, data });
export const refused = <T = never>(code: AttachmentRefusal, params?: Record<string, string | number>): AttachmentResult<T> => ({ ok: false, code, ...(params ? { params } : {}) });
