import "server-only";
import { readFileSync } from "node:fs";
import pdfmake from "pdfmake";
import roboto from "pdfmake/fonts/Roboto.js";
import type { RegistrationOutcome, RegistrationView } from "@/lib/registrations/registration-view";
import { buildRegistrationDocument, type PrintOptions } from "./registration-document";

/**
 * The PDF of one registration (F-REG-6), in the user's language. The caller has already checked
 * access and loaded the view (lib/registrations); `outcome` is the validation to print.
 *
 * pdfmake runs in Node (list it in next.config's serverExternalPackages: it reads its font files
 * next to its own code). The Roboto fonts it ships are read once into its virtual file system;
 * every network fetch and every other file read is refused, so a document can never make the
 * server download or open anything.
 */
export async function renderRegistrationPdf(
  view: RegistrationView,
  outcome: RegistrationOutcome,
  options: PrintOptions,
): Promise<Buffer> {
  configureLocalFontsOnly();
  const definition = buildRegistrationDocument(view, outcome, options);
  return pdfmake.createPdf(definition).getBuffer();
}

export type { PrintOptions } from "./registration-document";

const FONT_STYLES = ["normal", "bold", "italics", "bolditalics"] as const;
let fontsLoaded = false;

function configureLocalFontsOnly(): void {
  if (!fontsLoaded) {
    for (const style of FONT_STYLES) {
      pdfmake.virtualfs.writeFileSync(`wbcr-roboto-${style}.ttf`, readFileSync(roboto.Roboto[style]));
    }
    fontsLoaded = true;
  }
  // pdfmake is one shared instance: set fonts and policies on every call, before createPdf.
  pdfmake.setFonts({
    Roboto: {
      normal: "wbcr-roboto-normal.ttf",
      bold: "wbcr-roboto-bold.ttf",
      italics: "wbcr-roboto-italics.ttf",
      bolditalics: "wbcr-roboto-bolditalics.ttf",
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}
