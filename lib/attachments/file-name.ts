import { MAX_FILE_NAME } from "@/lib/modules/field-types/file";

/**
 * The name a file is stored and offered under: the last part of what the browser sent (no
 * folders), without control characters, quotes or characters Windows refuses, shortened to
 * MAX_FILE_NAME keeping the extension; "document.pdf" when nothing is left.
 */
export function safeFileName(raw: string, extension = ".pdf"): string {
  const base = (raw.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const named = base.length > 0 ? base : `document${extension}`;
  const withExtension = named.toLowerCase().endsWith(extension) ? named : `${named}${extension}`;
  if (withExtension.length <= MAX_FILE_NAME) return withExtension;
  return `${withExtension.slice(0, MAX_FILE_NAME - extension.length)}${extension}`;
}

/** A Content-Disposition header that every browser reads: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "document.pdf";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
