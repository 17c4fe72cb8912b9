import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import { MAX_COMMENT_LENGTH } from "../codes";

/** Section E: comments, confirmation of warnings, and the link to a corrected registration. */
export const commentsSection: FormSection = {
  id: "E",
  title: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
  fields: [
    input({
      id: "E1",
      key: "comments",
      type: "textarea",
      label: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
      maxLength: MAX_COMMENT_LENGTH,
    }),
    input({
      id: "E2",
      key: "warningConfirmation",
      type: "checkbox",
      label: t(
        "Ik bevestig dat de gegevens waarvoor een waarschuwing verscheen, nagekeken en correct zijn",
        "Je confirme que les données ayant fait l'objet d'un avertissement ont été vérifiées et sont correctes",
        "I confirm that the data flagged by warnings were verified and are correct",
        "Ich bestätige, dass die mit Warnungen markierten Daten überprüft wurden und korrekt sind",
      ),
      help: t(
        "Nodig om een registratie met waarschuwingen te verzenden.",
        "Nécessaire pour envoyer un enregistrement comportant des avertissements.",
        "Needed to send a registration that has warnings.",
        "Erforderlich, um eine Registrierung mit Warnungen zu senden.",
      ),
    }),
    input({
      id: "E3",
      key: "correctionOf",
      type: "text",
      label: t(
        "Gecorrigeerde versie van (WBCR-referentie)",
        "Version corrigée de (référence WBCR)",
        "Corrected version of (WBCR reference)",
        "Korrigierte Fassung von (WBCR-Referenz)",
      ),
      help: t(
        "Ingevuld door ‘gecorrigeerde versie maken’: de referentie van de verzonden registratie die deze vervangt.",
        "Rempli par « créer une version corrigée » : la référence de l'enregistrement envoyé que celui-ci remplace.",
        "Filled by ‘create corrected version’: the reference of the sent registration this one replaces.",
        "Von „Korrigierte Fassung erstellen“ ausgefüllt: die Referenz der gesendeten Registrierung, die diese ersetzt.",
      ),
      maxLength: 40,
    }),
  ],
};
