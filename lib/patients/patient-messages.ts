/**
 * Texts of the patient identification page in every UI language: field labels, option labels
 * and the messages of patient-rules.ts. Every message names its field through the `{field}`
 * placeholder, which formatPatientIssue fills with the translated label — so a summary line
 * reads "Last name is required", never "lastName is required" (F-REG-2: each names the field).
 */

import { formatMessage, type Locale, type Translated, type ValidationIssue } from "@/lib/validation/types";
import type { IdentificationPath, PatientField } from "./patient-schema";

export const patientFieldLabels: Record<PatientField, Translated> = {
  identificationPath: { nl: "Identificatie van de patiënt", fr: "Identification du patient", en: "Patient identification", de: "Identifizierung des Patienten" },
  insurerCode: { nl: "Verzekeringsinstelling", fr: "Organisme assureur", en: "Health insurance institution", de: "Versicherungsträger (Krankenkasse)" },
  insuranceNumber: { nl: "Ziekenfondsnummer", fr: "Numéro de mutualité", en: "Health insurance number", de: "Krankenkassennummer" },
  otherIdentifier: {
    nl: "Ander uniek identificatienummer",
    fr: "Autre numéro d'identification unique",
    en: "Other unique identification number",
    de: "Andere eindeutige Identifikationsnummer",
  },
  insz: { nl: "INSZ", fr: "NISS", en: "INSZ/NISS", de: "ENSS (INSZ/NISS)" },
  lastName: { nl: "Familienaam", fr: "Nom", en: "Last name", de: "Nachname" },
  firstName: { nl: "Voornaam", fr: "Prénom", en: "First name", de: "Vorname" },
  postalCode: { nl: "Postcode", fr: "Code postal", en: "Postal code", de: "Postleitzahl" },
  town: { nl: "Gemeente", fr: "Localité", en: "Town", de: "Gemeinde" },
  country: { nl: "Land", fr: "Pays", en: "Country", de: "Land" },
  birthDate: { nl: "Geboortedatum", fr: "Date de naissance", en: "Date of birth", de: "Geburtsdatum" },
  sex: { nl: "Geslacht", fr: "Sexe", en: "Sex", de: "Geschlecht" },
  comment: { nl: "Commentaar", fr: "Commentaire", en: "Comment", de: "Kommentar" },
};

export const identificationPathLabels: Record<IdentificationPath, Translated> = {
  INSZ: { nl: "Met INSZ-nummer", fr: "Avec NISS", en: "With INSZ/NISS", de: "Mit ENSS (INSZ/NISS)" },
  NO_INSZ_BELGIUM: {
    nl: "Zonder INSZ-nummer, gedomicilieerd in België",
    fr: "Sans NISS, domicilié en Belgique",
    en: "Without INSZ/NISS, domiciled in Belgium",
    de: "Ohne ENSS, wohnhaft in Belgien",
  },
  NO_INSZ_ABROAD: {
    nl: "Zonder INSZ-nummer, gedomicilieerd in het buitenland",
    fr: "Sans NISS, domicilié à l'étranger",
    en: "Without INSZ/NISS, domiciled abroad",
    de: "Ohne ENSS, wohnhaft im Ausland",
  },
};

export const sexLabels: Record<"M" | "F", Translated> = {
  M: { nl: "Man", fr: "Homme", en: "Male", de: "Männlich" },
  F: { nl: "Vrouw", fr: "Femme", en: "Female", de: "Weiblich" },
};

/** Messages of the PAT rules, keyed by ValidationIssue.messageKey. */
export const patientMessages = {
  // PAT-E01
  "patient.required": {
    nl: "{field} is verplicht.",
    fr: "{field} est obligatoire.",
    en: "{field} is required.",
    de: "{field} ist ein Pflichtfeld.",
  },
  // PAT-E02
  "patient.insz.required": {
    nl: "{field}: vul het INSZ-nummer van de patiënt in, of kies een optie zonder INSZ.",
    fr: "{field} : indiquez le NISS du patient, ou choisissez une option sans NISS.",
    en: "{field}: enter the patient's INSZ/NISS, or choose an option without INSZ.",
    de: "{field}: Geben Sie die ENSS des Patienten ein oder wählen Sie eine Option ohne ENSS.",
  },
  "patient.insz.format": {
    nl: "{field}: mag enkel cijfers bevatten (punten, streepjes en spaties zijn toegestaan).",
    fr: "{field} : ne peut contenir que des chiffres (points, tirets et espaces autorisés).",
    en: "{field}: may contain only digits (dots, dashes and spaces are allowed).",
    de: "{field}: darf nur Ziffern enthalten (Punkte, Bindestriche und Leerzeichen sind erlaubt).",
  },
  "patient.insz.length": {
    nl: "{field}: een INSZ-nummer telt 11 cijfers.",
    fr: "{field} : un NISS compte 11 chiffres.",
    en: "{field}: an INSZ/NISS has 11 digits.",
    de: "{field}: Eine ENSS hat 11 Ziffern.",
  },
  "patient.insz.date": {
    nl: "{field}: foutief nummer, de eerste 6 cijfers vormen geen geldige geboortedatum.",
    fr: "{field} : numéro erroné, les 6 premiers chiffres ne forment pas une date de naissance valide.",
    en: "{field}: incorrect number, the first 6 digits are not a valid date of birth.",
    de: "{field}: Falsche Nummer, die ersten 6 Ziffern ergeben kein gültiges Geburtsdatum.",
  },
  "patient.insz.checksum": {
    nl: "{field}: foutief nummer, het controlegetal klopt niet. Controleer het nummer.",
    fr: "{field} : numéro erroné, le nombre de contrôle ne correspond pas. Vérifiez le numéro.",
    en: "{field}: incorrect number, the check digits do not match. Please check the number.",
    de: "{field}: Falsche Nummer, die Prüfziffern stimmen nicht. Bitte prüfen Sie die Nummer.",
  },
  // PAT-E03
  "patient.birthDate.disagreesWithInsz": {
    nl: "{field} ({value}) komt niet overeen met de geboortedatum in het INSZ-nummer ({inszValue}).",
    fr: "{field} ({value}) ne correspond pas à la date de naissance contenue dans le NISS ({inszValue}).",
    en: "{field} ({value}) does not match the date of birth in the INSZ/NISS ({inszValue}).",
    de: "{field} ({value}) stimmt nicht mit dem Geburtsdatum in der ENSS ({inszValue}) überein.",
  },
  // PAT-E04
  "patient.sex.disagreesWithInsz": {
    nl: "{field} komt niet overeen met het geslacht dat het INSZ-nummer aangeeft.",
    fr: "{field} ne correspond pas au sexe indiqué par le NISS.",
    en: "{field} does not match the sex indicated by the INSZ/NISS.",
    de: "{field} stimmt nicht mit dem Geschlecht überein, das die ENSS angibt.",
  },
  // PAT-E05
  "patient.birthDate.future": {
    nl: "{field} ligt in de toekomst.",
    fr: "{field} est dans le futur.",
    en: "{field} is in the future.",
    de: "{field} liegt in der Zukunft.",
  },
  // PAT-E06
  "patient.country.abroadRequired": {
    nl: "{field}: kies het land waar de patiënt gedomicilieerd is (niet België).",
    fr: "{field} : choisissez le pays de domicile du patient (autre que la Belgique).",
    en: "{field}: choose the country where the patient is domiciled (not Belgium).",
    de: "{field}: Wählen Sie das Land, in dem der Patient seinen Wohnsitz hat (nicht Belgien).",
  },
  // PAT-E07
  "patient.postalCode.abroadRequired": {
    nl: "{field}: vul de buitenlandse postcode van de patiënt in.",
    fr: "{field} : indiquez le code postal étranger du patient.",
    en: "{field}: enter the patient's foreign postal code.",
    de: "{field}: Geben Sie die ausländische Postleitzahl des Patienten ein.",
  },
  // PAT-E08
  "patient.insuranceNumber.requiredWithoutInsz": {
    nl: "{field}: vul voor een patiënt zonder INSZ-nummer het ziekenfondsnummer of een ander uniek identificatienummer in.",
    fr: "{field} : pour un patient sans NISS, indiquez le numéro de mutualité ou un autre numéro d'identification unique.",
    en: "{field}: for a patient without INSZ/NISS, enter the health insurance number or another unique identification number.",
    de: "{field}: Geben Sie für einen Patienten ohne ENSS die Krankenkassennummer oder eine andere eindeutige Identifikationsnummer ein.",
  },
  // PAT-E09
  "patient.identificationPath.required": {
    nl: "{field}: geef aan of de patiënt een INSZ-nummer heeft, of zonder INSZ in België of in het buitenland gedomicilieerd is.",
    fr: "{field} : indiquez si le patient a un NISS, ou s'il est domicilié sans NISS en Belgique ou à l'étranger.",
    en: "{field}: state whether the patient has an INSZ/NISS, or is domiciled without one in Belgium or abroad.",
    de: "{field}: Geben Sie an, ob der Patient eine ENSS hat oder ohne ENSS in Belgien oder im Ausland wohnhaft ist.",
  },
  // PAT-E10
  "patient.insz.notExpected": {
    nl: "{field} is ingevuld, maar u koos een patiënt zonder INSZ-nummer. Kies 'Met INSZ-nummer' of maak het veld leeg.",
    fr: "{field} est rempli alors que vous avez choisi un patient sans NISS. Choisissez « Avec NISS » ou videz le champ.",
    en: "{field} is filled in, but you chose a patient without INSZ/NISS. Choose 'With INSZ/NISS' or clear the field.",
    de: "{field} ist ausgefüllt, aber Sie haben einen Patienten ohne ENSS gewählt. Wählen Sie „Mit ENSS (INSZ/NISS)“ oder leeren Sie das Feld.",
  },
  // PAT-E11
  "patient.birthDate.invalid": {
    nl: "{field} is geen geldige datum (jjjj-mm-dd, of jjjj-mm / jjjj als de dag of maand onbekend is).",
    fr: "{field} n'est pas une date valide (aaaa-mm-jj, ou aaaa-mm / aaaa si le jour ou le mois est inconnu).",
    en: "{field} is not a valid date (yyyy-mm-dd, or yyyy-mm / yyyy when the day or month is unknown).",
    de: "{field} ist kein gültiges Datum (jjjj-mm-tt, oder jjjj-mm / jjjj, wenn Tag oder Monat unbekannt sind).",
  },
  // PAT-E12
  "patient.insurer.required": {
    nl: "{field} is verplicht; kies 'Onbekend' als u het niet weet.",
    fr: "{field} est obligatoire ; choisissez « Inconnu » si vous ne le savez pas.",
    en: "{field} is required; choose 'Unknown' if you do not know it.",
    de: "{field} ist ein Pflichtfeld; wählen Sie „Unbekannt“, wenn Sie es nicht wissen.",
  },
  "patient.insurer.unknownCode": {
    nl: "{field}: code {code} is geen gekende verzekeringsinstelling.",
    fr: "{field} : le code {code} n'est pas un organisme assureur connu.",
    en: "{field}: code {code} is not a known health insurance institution.",
    de: "{field}: Code {code} ist kein bekannter Versicherungsträger.",
  },
  // PAT-W01 — wording after the WBCR manual (5.7, option 1).
  "patient.insz.requiredInBelgium": {
    nl: "{field} is verplicht voor een patiënt gedomicilieerd in België. Om toch verder te gaan, vermeld in het commentaarveld dat het om een patiënt zonder INSZ-nummer met verblijfplaats in België gaat.",
    fr: "{field} est obligatoire pour un patient domicilié en Belgique. Pour poursuivre malgré tout, indiquez dans le champ commentaire qu'il s'agit d'un patient sans NISS résidant en Belgique.",
    en: "{field} is required for a patient domiciled in Belgium. To proceed anyway, state in the comment field that this is a patient without INSZ/NISS who resides in Belgium.",
    de: "{field} ist für einen in Belgien wohnhaften Patienten ein Pflichtfeld. Um trotzdem fortzufahren, vermerken Sie im Kommentarfeld, dass es sich um einen Patienten ohne ENSS mit Wohnsitz in Belgien handelt.",
  },
} as const satisfies Record<string, Translated>;

export type PatientMessageKey = keyof typeof patientMessages;

/** Messages of a refused shape (patient-shape-issues.ts, PAT-E00), not of a rule. */
export const patientShapeMessages = {
  "patient.tooLong": {
    nl: "{field}: ten hoogste {max} tekens.",
    fr: "{field} : {max} caractères au maximum.",
    en: "{field}: at most {max} characters.",
    de: "{field}: höchstens {max} Zeichen.",
  },
  "patient.invalidValue": {
    nl: "{field}: deze waarde is niet geldig.",
    fr: "{field} : cette valeur n'est pas valide.",
    en: "{field}: this value is not valid.",
    de: "{field}: Dieser Wert ist ungültig.",
  },
} as const satisfies Record<string, Translated>;

function isPatientField(name: string): name is PatientField {
  return name in patientFieldLabels;
}

/**
 * The text of a patient issue in a language. `params.field` holds a field name and is replaced
 * by that field's translated label; other params are inserted as they are.
 */
export function formatPatientIssue(issue: ValidationIssue, locale: Locale): string {
  const catalogue: Record<string, Translated> = { ...patientMessages, ...patientShapeMessages };
  const template = catalogue[issue.messageKey]?.[locale];
  if (template === undefined) return issue.messageKey;
  const params = { ...issue.params };
  const field = params.field;
  if (typeof field === "string" && isPatientField(field)) params.field = patientFieldLabels[field][locale];
  return formatMessage(template, params);
}
