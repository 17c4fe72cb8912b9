/**
 * The registration PDF's own words in every UI language (F-AUTH-3, F-REG-6). Field labels,
 * option labels and validation messages come from the module and patient declarations; only
 * the PDF's frame is here. {placeholders} are filled with formatMessage.
 */
import type { RegistrationStatus, ValidationStatus } from "@/lib/registrations/registration-view";
import type { Locale } from "@/lib/validation/types";

export interface PdfTexts {
  /** Document title, before the module name. */
  registration: string;
  reference: string;
  /** Shown as the reference of a draft: references are given when sending. */
  noReference: string;
  status: string;
  statuses: Record<RegistrationStatus, string>;
  validationStatus: string;
  validationStatuses: Record<ValidationStatus, string>;
  organisation: string;
  responsiblePhysician: string;
  created: string;
  lastChanged: string;
  sent: string;
  correctionOf: string;
  /** A sent registration replaced by a sent correction. */
  correctedBy: string;
  followUpOf: string;
  /** A project registration: the standard registration it was started from (manual §6.1.1). */
  projectSource: string;
  /** A standard registration: the project registrations started from it. */
  projectRegistrations: string;
  /** "{date} by {name}" for created / sent. */
  onBy: string;
  patient: string;
  /** Whether the patient's identity came from the IdentifyPerson service or was typed. */
  identitySource: string;
  identitySources: { service: string; hand: string };
  validation: string;
  errors: string;
  warnings: string;
  noIssues: string;
  /** Counts under the validation heading. */
  issueCounts: string;
  confirmedBy: string;
  notConfirmed: string;
  /** Confirmations whose warning is not in the current outcome (data or rule changed since). */
  otherConfirmations: string;
  /** Heading of the information (never confirmed, never blocking). */
  information: string;
  /** Heading of a printout's statements (the MOC coordinator's attestation). */
  statements: string;
  /** What a signature line holds until signed by hand. */
  signatureLine: string;
  printedOnBy: string;
  page: string;
  yes: string;
  no: string;
}

export const pdfTexts: Record<Locale, PdfTexts> = {
  nl: {
    registration: "Registratie",
    reference: "Referentie",
    noReference: "Nog niet toegekend (wordt toegekend bij verzending)",
    status: "Status",
    statuses: { DRAFT: "Concept", SENT: "Verzonden" },
    validationStatus: "Validatie",
    validationStatuses: {
      NOT_VALIDATED: "Niet gevalideerd",
      INVALID: "Met fouten",
      VALID: "Gevalideerd zonder fouten",
      VALID_WITH_WARNINGS: "Gevalideerd met waarschuwingen",
    },
    organisation: "Organisatie",
    responsiblePhysician: "Verantwoordelijke arts",
    created: "Aangemaakt",
    lastChanged: "Laatst gewijzigd",
    sent: "Verzonden",
    correctionOf: "Gecorrigeerde versie van",
    correctedBy: "Gecorrigeerd door",
    followUpOf: "Opvolging van",
    projectSource: "Gestart vanuit standaardregistratie",
    projectRegistrations: "Projectregistraties",
    onBy: "{date} door {name}",
    patient: "Patiënt",
    identitySource: "Herkomst van de identiteit",
    identitySources: { service: "Opgehaald via IdentifyPerson", hand: "Met de hand ingevuld" },
    validation: "Validatie",
    errors: "Fouten",
    warnings: "Waarschuwingen",
    noIssues: "Geen fouten of waarschuwingen.",
    issueCounts: "Fouten: {errors} · Waarschuwingen: {warnings}",
    confirmedBy: "Bevestigd door {name} op {date}",
    notConfirmed: "Niet bevestigd",
    otherConfirmations: "Andere bevestigingen (de waarschuwing komt niet meer voor)",
    information: "Informatie",
    statements: "Verklaring",
    signatureLine: "______________________________",
    printedOnBy: "Afgedrukt op {date} door {name}",
    page: "Pagina {page} van {pages}",
    yes: "Ja",
    no: "Nee",
  },
  fr: {
    registration: "Enregistrement",
    reference: "Référence",
    noReference: "Pas encore attribuée (attribuée à l'envoi)",
    status: "Statut",
    statuses: { DRAFT: "Brouillon", SENT: "Envoyé" },
    validationStatus: "Validation",
    validationStatuses: {
      NOT_VALIDATED: "Non validé",
      INVALID: "Avec erreurs",
      VALID: "Validé sans erreur",
      VALID_WITH_WARNINGS: "Validé avec avertissements",
    },
    organisation: "Organisation",
    responsiblePhysician: "Médecin responsable",
    created: "Créé",
    lastChanged: "Dernière modification",
    sent: "Envoyé",
    correctionOf: "Version corrigée de",
    correctedBy: "Corrigée par",
    followUpOf: "Suivi de",
    projectSource: "Commencé à partir de l'enregistrement standard",
    projectRegistrations: "Enregistrements de projet",
    onBy: "{date} par {name}",
    patient: "Patient",
    identitySource: "Origine de l'identité",
    identitySources: { service: "Obtenue via IdentifyPerson", hand: "Encodée manuellement" },
    validation: "Validation",
    errors: "Erreurs",
    warnings: "Avertissements",
    noIssues: "Aucune erreur ni aucun avertissement.",
    issueCounts: "Erreurs : {errors} · Avertissements : {warnings}",
    confirmedBy: "Confirmé par {name} le {date}",
    notConfirmed: "Non confirmé",
    otherConfirmations: "Autres confirmations (l'avertissement n'apparaît plus)",
    information: "Information",
    statements: "Déclaration",
    signatureLine: "______________________________",
    printedOnBy: "Imprimé le {date} par {name}",
    page: "Page {page} sur {pages}",
    yes: "Oui",
    no: "Non",
  },
  en: {
    registration: "Registration",
    reference: "Reference",
    noReference: "Not assigned yet (given when sent)",
    status: "Status",
    statuses: { DRAFT: "Draft", SENT: "Sent" },
    validationStatus: "Validation",
    validationStatuses: {
      NOT_VALIDATED: "Not validated",
      INVALID: "With errors",
      VALID: "Validated without errors",
      VALID_WITH_WARNINGS: "Validated with warnings",
    },
    organisation: "Organisation",
    responsiblePhysician: "Responsible physician",
    created: "Created",
    lastChanged: "Last changed",
    sent: "Sent",
    correctionOf: "Corrected version of",
    correctedBy: "Corrected by",
    followUpOf: "Follow-up of",
    projectSource: "Started from standard registration",
    projectRegistrations: "Project registrations",
    onBy: "{date} by {name}",
    patient: "Patient",
    identitySource: "Source of the identity",
    identitySources: { service: "Retrieved through IdentifyPerson", hand: "Entered by hand" },
    validation: "Validation",
    errors: "Errors",
    warnings: "Warnings",
    noIssues: "No errors or warnings.",
    issueCounts: "Errors: {errors} · Warnings: {warnings}",
    confirmedBy: "Confirmed by {name} on {date}",
    notConfirmed: "Not confirmed",
    otherConfirmations: "Other confirmations (the warning no longer occurs)",
    information: "Information",
    statements: "Statement",
    signatureLine: "______________________________",
    printedOnBy: "Printed on {date} by {name}",
    page: "Page {page} of {pages}",
    yes: "Yes",
    no: "No",
  },
  de: {
    registration: "Registrierung",
    reference: "Referenz",
    noReference: "Noch nicht vergeben (wird beim Senden vergeben)",
    status: "Status",
    statuses: { DRAFT: "Entwurf", SENT: "Gesendet" },
    validationStatus: "Validierung",
    validationStatuses: {
      NOT_VALIDATED: "Nicht validiert",
      INVALID: "Mit Fehlern",
      VALID: "Ohne Fehler validiert",
      VALID_WITH_WARNINGS: "Mit Warnungen validiert",
    },
    organisation: "Einrichtung",
    responsiblePhysician: "Verantwortlicher Arzt",
    created: "Erstellt",
    lastChanged: "Zuletzt geändert",
    sent: "Gesendet",
    correctionOf: "Korrigierte Fassung von",
    correctedBy: "Korrigiert durch",
    followUpOf: "Folgeregistrierung zu",
    projectSource: "Begonnen aus Standardregistrierung",
    projectRegistrations: "Projektregistrierungen",
    onBy: "{date} von {name}",
    patient: "Patient",
    identitySource: "Herkunft der Identität",
    identitySources: { service: "Über IdentifyPerson abgerufen", hand: "Von Hand eingegeben" },
    validation: "Validierung",
    errors: "Fehler",
    warnings: "Warnungen",
    noIssues: "Keine Fehler oder Warnungen.",
    issueCounts: "Fehler: {errors} · Warnungen: {warnings}",
    confirmedBy: "Bestätigt von {name} am {date}",
    notConfirmed: "Nicht bestätigt",
    otherConfirmations: "Andere Bestätigungen (die Warnung tritt nicht mehr auf)",
    information: "Information",
    statements: "Erklärung",
    signatureLine: "______________________________",
    printedOnBy: "Gedruckt am {date} von {name}",
    page: "Seite {page} von {pages}",
    yes: "Ja",
    no: "Nein",
  },
};
