/**
 * The kinds of file a file field may accept. A kind is recognised by its content (the first
 * bytes), never by the name or the MIME type the browser sends, which anyone can choose.
 */
import type { FileKind, FileLimits } from "@/lib/modules/types";

interface KindDefinition {
  mimeType: string;
  extension: string;
  /** Whether the bytes are of this kind. */
  recognise(bytes: Uint8Array): boolean;
}

/** "%PDF-": every PDF starts so (ISO 32000-1, 7.5.2). Plain bytes: this file is also read in the browser. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

export const fileKinds: Readonly<Record<FileKind, KindDefinition>> = {
  pdf: {
    mimeType: "application/pdf",
    extension: ".pdf",
    recognise: (bytes) => PDF_MAGIC.every((byte, index) => bytes[index] === byte),
  },
};

/** The accepted kind the bytes are, or undefined. */
export function kindOf(bytes: Uint8Array, accept: readonly FileKind[]): FileKind | undefined {
  return accept.find((kind) => fileKinds[kind].recognise(bytes));
}

/** The `accept` attribute of the file input: ".pdf,application/pdf". */
export function acceptAttribute(limits: FileLimits): string {
  return limits.accept.flatMap((kind) => [fileKinds[kind].extension, fileKinds[kind].mimeType]).join(",");
}

/** Limits when a declaration gives none: PDF, 10 MB, 5 files. */
export const DEFAULT_FILE_LIMITS: FileLimits = { accept: ["pdf"], maxBytes: 10 * 1024 * 1024, maxFiles: 5 };

export function limitsOf(field: { file?: FileLimits }): FileLimits {
  return field.file ?? DEFAULT_FILE_LIMITS;
}

/** Units as each language writes them: "Mo" in French. */
const SIZE_UNITS: Record<string, [string, string, string]> = { fr: ["o", "ko", "Mo"] };
const DEFAULT_UNITS: [string, string, string] = ["B", "kB", "MB"];

/** "10 MB", "1,5 ko": sizes as users read them (1 MB = 1024 × 1024 bytes, as upload limits are set). */
export function formatFileSize(bytes: number, locale: string): string {
  const [byte, kilo, mega] = SIZE_UNITS[locale] ?? DEFAULT_UNITS;
  const format = (value: number) => new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-BE`, { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} ${mega}`;
  if (bytes >= 1024) return `${format(bytes / 1024)} ${kilo}`;
  return `${bytes} ${byte}`;
}
