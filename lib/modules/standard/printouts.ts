import { t } from "@/lib/modules/translated";
import type { PrintoutDeclaration } from "@/lib/modules/types";
import { MOC_ATTESTATION } from "./codes";

/**
 * "MOC afdrukken" [M §5.9]: the MOC's reason and participants with the coordinator's attestation
 * (M7) and a line for the coordinator's signature (M6), printed alone or after the registration
 * ("Rapport afdrukken"), e.g. for the patient's insurer. Offered once a MOC reason is ticked.
 */
function mocPrintout(reasonSection: string, participantsSection: string): PrintoutDeclaration {
  return {
    id: "moc",
    title: t("Lijst van de deelnemers aan het MOC", "Liste des participants à la COM", "List of the MOC participants", "Liste der Teilnehmer der MOK"),
    action: t("MOC afdrukken", "Imprimer la COM", "Print MOC", "MOK drucken"),
    sections: [reasonSection, participantsSection],
    availableWhen: { field: "mocReasons", filled: true },
    statements: [MOC_ATTESTATION],
    signatures: [t("Handtekening van de coördinator van het MOC", "Signature du coordinateur de la COM", "Signature of the MOC coordinator", "Unterschrift des Koordinators der MOK")],
  };
}

export const newDiagnosisPrintouts: readonly PrintoutDeclaration[] = [mocPrintout("M", "MP")];
export const followUpPrintouts: readonly PrintoutDeclaration[] = [mocPrintout("FM", "FP")];
