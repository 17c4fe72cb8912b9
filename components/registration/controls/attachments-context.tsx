"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The registration whose files the file fields add, download and remove (through the routes of
 * lib/attachments/attachment-href.ts). The form page provides it; without it (a form shown
 * without a stored registration) a file field lists the names only.
 */
const AttachmentsContext = createContext<string | null>(null);

export function AttachmentsProvider({ registrationId, children }: { registrationId: string; children: ReactNode }) {
  return <AttachmentsContext.Provider value={registrationId}>{children}</AttachmentsContext.Provider>;
}

export function useAttachmentsRegistration(): string | null {
  return useContext(AttachmentsContext);
}
