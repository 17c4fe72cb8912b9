import { group, input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import * as codes from "../codes";

/** Items 10–11: clinical trial and the chronology of diagnosis and treatments. */

export const treatmentsSection = {
  id: "10",
  title: t("Diagnose en primaire behandelingen", "Diagnostic et traitements primaires", "Diagnosis and primary treatments", "Diagnose und Primärbehandlungen"),
  fields: [
    input({
      id: "10A",
      key: "clinicalTrial",
      type: "select",
      label: t(
        "Maakt de kankerbehandeling deel uit van een klinische studie?",
        "Le traitement du cancer fait-il partie d'une étude clinique ?",
        "Is the cancer treatment part of a clinical trial?",
        "Ist die Krebsbehandlung Teil einer klinischen Studie?",
      ),
      options: codes.YES_NO_UNKNOWN.options,
      required: true,
    }),
    input({
      id: "10A1",
      key: "trialNumber",
      type: "text",
      label: t("EudraCT- of EU CT-nummer", "Numéro EudraCT ou EU CT", "EudraCT or EU CT number", "EudraCT- oder EU-CT-Nummer"),
      help: t(
        "EudraCT jjjj-nnnnnn-nn of EU CT jjjj-5nnnnn-nn-nn; studies zonder geneesmiddel hebben er geen.",
        "EudraCT aaaa-nnnnnn-nn ou EU CT aaaa-5nnnnn-nn-nn ; les études sans médicament n'en ont pas.",
        "EudraCT yyyy-nnnnnn-nn or EU CT yyyy-5nnnnn-nn-nn; trials without a medicine have none.",
        "EudraCT jjjj-nnnnnn-nn oder EU CT jjjj-5nnnnn-nn-nn; Studien ohne Arzneimittel haben keine.",
      ),
      placeholder: "yyyy-nnnnnn-nn",
      maxLength: 30,
      visibleWhen: { field: "clinicalTrial", equals: "YES" },
    }),
    group({
      id: "10B",
      key: "treatments",
      label: t(
        "Chronologie (chronologisch invullen vanaf datum diagnose en eerste behandeling)",
        "Chronologie (à remplir chronologiquement à partir de la date du diagnostic et du premier traitement)",
        "Chronology (in date order from the diagnosis and the first treatment)",
        "Chronologie (chronologisch ab Diagnosedatum und erster Behandlung ausfüllen)",
      ),
      itemLabel: t("Chronologie, rij {n}", "Chronologie, ligne {n}", "Chronology, row {n}", "Chronologie, Zeile {n}"),
      help: t(
        "Uitgevoerde of geplande behandelingen.",
        "Traitements effectués ou planifiés.",
        "Treatments given or planned.",
        "Durchgeführte oder geplante Behandlungen.",
      ),
      exportPrefix: "treatment",
      minItems: 1,
      maxItems: codes.MAX_TREATMENTS,
      exportItems: 10,
      fields: [
        input({
          id: "10B1",
          key: "code",
          type: "code",
          label: t("Diagnose / behandelingscode", "Diagnostic / code de traitement", "Diagnosis / treatment code", "Diagnose / Behandlungscode"),
          options: codes.TREATMENT_CODES.options,
          required: true,
        }),
        input({
          id: "10B2",
          key: "campus",
          // The hospital's campus list (its access managers keep it): the site number is stored and exported.
          type: "hospitalCode",
          list: "campuses",
          label: t("Campus (vestigingsnummer)", "Campus (numéro d'implantation)", "Campus (site number)", "Campus (Standortnummer)"),
          required: true,
        }),
        input({ id: "10B3", key: "startDate", type: "date", label: t("Startdatum", "Date de début", "Start date", "Beginndatum"), required: true }),
        input({ id: "10B4", key: "endDate", type: "date", label: t("Einddatum indien bekend", "Date de fin si connue", "End date if known", "Enddatum, falls bekannt") }),
        input({
          id: "10B5",
          key: "comment",
          type: "text",
          label: t("Commentaar (indien 80)", "Commentaire (si 80)", "Comment (if 80)", "Kommentar (bei 80)"),
          maxLength: 500,
          visibleWhen: { field: "code", equals: "80" },
          required: true,
        }),
      ],
    }),
  ],
} satisfies FormSection;
