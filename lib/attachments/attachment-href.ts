/** The routes of a registration's attached files (app/registrations/[id]/attachments). */
export const attachmentsHref = (registrationId: string) => `/registrations/${registrationId}/attachments`;
export const attachmentHref = (registrationId: string, attachmentId: string) => `${attachmentsHref(registrationId)}/${attachmentId}`;
