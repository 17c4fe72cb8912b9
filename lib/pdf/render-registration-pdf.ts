import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";
import type { RegistrationOutcome, RegistrationView } from "@/lib/registrations/registration-view";
import type { PrintPart } from "@/lib/modules/printouts";
import { buildPrintDocument, type PrintOptions } from "./registration-document";
import { renderTaggedPdf, type FontFiles } from "./tagged-pdf";

/**
 * The PDF of one registration (F-REG-6), in the user's language, as a tagged PDF (PDF/UA-1). The
 * caller has already checked access and loaded the view (lib/registrations); `outcome` is the
 * validation to print.
 *
 * PDFKit runs in Node (listed in next.config's serverExternalPackages). The document only ever
 * reads the Roboto files below, which it embeds: it never fetches anything, and a registration's
 * text cannot make it open a file (no images, no links).
 */
export async function renderRegistrationPdf(
  view: RegistrationView,
  outcome: RegistrationOutcome,
  options: PrintOptions,
  parts: readonly PrintPart[] = [{ kind: "registration" }],
): Promise<Buffer> {
  return renderTaggedPdf(buildPrintDocument(view, outcome, options, parts), roboto());
}

export type { PrintOptions } from "./registration-document";

// process.cwd() is the project root for `next start`, `next dev` and vitest alike (as for the
// ICD-O-3 tables). Bold is Roboto Medium, as in the app's own type.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "roboto");
const ROBOTO_FILES: Record<keyof FontFiles, string> = {
  normal: path.join(FONT_DIR, "400Regular", "Roboto_400Regular.ttf"),
  bold: path.join(FONT_DIR, "500Medium", "Roboto_500Medium.ttf"),
  italics: path.join(FONT_DIR, "400Regular_Italic", "Roboto_400Regular_Italic.ttf"),
  bolditalics: path.join(FONT_DIR, "500Medium_Italic", "Roboto_500Medium_Italic.ttf"),
};

let parsed: FontFiles | undefined;

/**
 * The fonts, read and parsed once per process: parsing a font's tables costs more than laying
 * out a whole registration. Each document embeds its own subset of them.
 */
function roboto(): FontFiles {
  parsed ??= Object.fromEntries(
    Object.entries(ROBOTO_FILES).map(([style, file]) => [style, create(readFileSync(file)) as Font]),
  ) as unknown as FontFiles;
  return parsed;
}
