import { t } from "@/lib/modules/translated";
import type { Translated } from "@/lib/validation/types";
import { codeList } from "./code-list";

/**
 * The code lists of Annex 55 (standard-form.md; the form bijlage55-form-nl.txt). Stored values
 * are the registry's own codes where the form prints one (numbers), so exports and the data
 * dictionary carry them unchanged; the labels follow the form's Dutch wording.
 */

/** [code, "code – label"] for lists the form numbers. */
function coded<const C extends string>(code: C, nl: string, fr: string, en: string, de: string): readonly [C, Translated] {
  return [code, t(`${code} – ${nl}`, `${code} – ${fr}`, `${code} – ${en}`, `${code} – ${de}`)];
}
function named<const C extends string>(code: C, nl: string, fr: string, en: string, de: string): readonly [C, Translated] {
  return [code, t(nl, fr, en, de)];
}

// ------------------------------------------------------------------------------------------
// Items 1–9: the tumour

/** Item 2, the registry's codes 2–9 (not the IARC codes: see IARC_BASIS). */
export const BASIS_OF_DIAGNOSIS = codeList([
  coded("2", "histologie primaire tumor", "histologie de la tumeur primitive", "histology of the primary tumour", "Histologie des Primärtumors"),
  coded("3", "histologie metastase", "histologie d'une métastase", "histology of a metastasis", "Histologie einer Metastase"),
  coded("4", "cytologie/hematologie", "cytologie/hématologie", "cytology/haematology", "Zytologie/Hämatologie"),
  coded("5", "technisch onderzoek (bv. RX, endoscopie,…)", "examen technique (p. ex. RX, endoscopie,…)", "technical investigation (e.g. X-ray, endoscopy,…)", "technische Untersuchung (z. B. Röntgen, Endoskopie,…)"),
  coded("6", "klinisch", "clinique", "clinical", "klinisch"),
  coded("7", "tumormerker (bv. PSA, hCG, AFP, Ig,…)", "marqueur tumoral (p. ex. PSA, hCG, AFP, Ig,…)", "tumour marker (e.g. PSA, hCG, AFP, Ig,…)", "Tumormarker (z. B. PSA, hCG, AFP, Ig,…)"),
  coded("8", "cytogenetische en/of moleculaire testen", "tests cytogénétiques et/ou moléculaires", "cytogenetic and/or molecular tests", "zytogenetische und/oder molekulare Tests"),
  coded("9", "onbekend", "inconnu", "unknown", "unbekannt"),
]);
export type BasisOfDiagnosis = (typeof BASIS_OF_DIAGNOSIS.values)[number];

/**
 * The registry's basis code → the IARC/ENCR code (CanReg5 basis.tsv) used by the IARC checks
 * and the exports for the ENCR. Code 8 has no IARC equivalent (null); it counts as microscopic.
 */
export const IARC_BASIS: Readonly<Record<BasisOfDiagnosis, string | null>> = {
  "2": "7",
  "3": "6",
  "4": "5",
  "5": "2",
  "6": "1",
  "7": "4",
  "8": null,
  "9": "9",
};

/** Microscopically verified in the IARC sense (IARC codes 5–8), with the registry's 8 counted in. */
export function isMicroscopicBasis(basis: BasisOfDiagnosis): boolean {
  const iarc = IARC_BASIS[basis];
  return iarc === null || (Number(iarc) >= 5 && Number(iarc) <= 8);
}

/** Non-microscopic and known: the registry's 5, 6, 7 (IARC 2, 1, 4). */
export function isNonMicroscopicBasis(basis: BasisOfDiagnosis): boolean {
  const iarc = IARC_BASIS[basis];
  return iarc !== null && Number(iarc) >= 1 && Number(iarc) <= 4;
}

/** Item 3. The form gives no "unknown" (decision in README: required, 0–4 only). */
export const WHO_PERFORMANCE_STATUS = codeList([
  coded("0", "asymptomatisch, normale activiteit", "asymptomatique, activité normale", "asymptomatic, normal activity", "asymptomatisch, normale Aktivität"),
  coded("1", "symptomatisch, maar ambulant", "symptomatique, mais ambulatoire", "symptomatic but ambulatory", "symptomatisch, aber gehfähig"),
  coded("2", "symptomatisch, bedlegerig <50% per dag", "symptomatique, alité <50% de la journée", "symptomatic, in bed <50% of the day", "symptomatisch, <50% des Tages bettlägerig"),
  coded("3", "symptomatisch, bedlegerig >50% per dag", "symptomatique, alité >50% de la journée", "symptomatic, in bed >50% of the day", "symptomatisch, >50% des Tages bettlägerig"),
  coded("4", "aangewezen op volledige verzorging, 100% bedlegerig", "dépendant de soins complets, alité 100%", "completely dependent on care, 100% bedridden", "vollständig pflegebedürftig, 100% bettlägerig"),
]);

/** Item 5. "#NK" on the form is stored as "NK". No bilateral code: one registration per side. */
export const LATERALITY = codeList([
  coded("1", "links", "gauche", "left", "links"),
  coded("2", "rechts", "droite", "right", "rechts"),
  coded("3", "onpaar orgaan", "organe impair", "unpaired organ", "unpaariges Organ"),
  coded("NK", "onbekend", "inconnu", "unknown", "unbekannt"),
]);

/** Item 7: grade, differentiation or cell lineage (ICD-O-3 6th digit). */
export const GRADE = codeList([
  coded("1", "goed", "bien différencié", "well differentiated", "gut differenziert"),
  coded("2", "matig", "moyennement différencié", "moderately differentiated", "mäßig differenziert"),
  coded("3", "weinig", "peu différencié", "poorly differentiated", "schlecht differenziert"),
  coded("4", "ongediff/anapl", "indifférencié/anaplasique", "undifferentiated/anaplastic", "undifferenziert/anaplastisch"),
  coded("5", "T-cel", "cellule T", "T-cell", "T-Zelle"),
  coded("6", "B-cel", "cellule B", "B-cell", "B-Zelle"),
  coded("7", "Nul-cel (niet T/niet B)", "cellule nulle (ni T ni B)", "null cell (non-T/non-B)", "Null-Zelle (weder T noch B)"),
  coded("8", "Natural Killer (NK)-cel", "cellule natural killer (NK)", "natural killer (NK) cell", "natürliche Killerzelle (NK)"),
  coded("9", "onbekend", "inconnu", "unknown", "unbekannt"),
]);

/** Item 8: the UICC TNM edition, stored per registration; 8 until the registry switches to 9. */
export const TNM_EDITION = codeList([
  named("8", "UICC 8e editie (2017)", "UICC 8e édition (2017)", "UICC 8th edition (2017)", "UICC 8. Auflage (2017)"),
  named("9", "UICC 9e editie (2025)", "UICC 9e édition (2025)", "UICC 9th edition (2025)", "UICC 9. Auflage (2025)"),
]);
export const CURRENT_TNM_EDITION = "8";

/** Item 9: other classification. */
export const OTHER_CLASSIFICATION = codeList([
  coded("1", "Childhood Cancer Stage", "Childhood Cancer Stage (stade des cancers de l'enfant)", "Childhood Cancer Stage", "Childhood Cancer Stage (Stadium bei Kinderkrebs)"),
  coded("2", "FIGO", "FIGO", "FIGO", "FIGO-Klassifikation"),
  coded("3", "Lugano", "Lugano", "Lugano", "Lugano-Klassifikation"),
  coded("4", "Breslow (in mm)", "Breslow (en mm)", "Breslow (in mm)", "Breslow (in Millimetern)"),
  coded("5", "andere", "autre", "other", "andere"),
]);

// ------------------------------------------------------------------------------------------
// Items 10–11: clinical trial and treatments

export const YES_NO_UNKNOWN = codeList([
  named("YES", "Ja", "Oui", "Yes", "Ja"),
  named("NO", "Nee", "Non", "No", "Nein"),
  named("UNKNOWN", "Onbekend", "Inconnu", "Unknown", "Unbekannt"),
]);

export const YES_NO = codeList([named("YES", "Ja", "Oui", "Yes", "Ja"), named("NO", "Neen", "Non", "No", "Nein")]);

/** Item 10B.1: diagnosis and treatment codes of a new diagnosis [F ⁸]. */
export const TREATMENT_CODES = codeList([
  coded("5", "diagnose", "diagnostic", "diagnosis", "Diagnose"),
  coded("10", "heelkunde", "chirurgie", "surgery", "Chirurgie"),
  coded("11", "excisiebiopt", "biopsie-exérèse", "excision biopsy", "Exzisionsbiopsie"),
  coded("16", "HSCT: autoloog", "greffe de cellules souches hématopoïétiques : autologue", "HSCT: autologous", "HSZT: autolog"),
  coded("17", "HSCT: allogeen", "greffe de cellules souches hématopoïétiques : allogénique", "HSCT: allogeneic", "HSZT: allogen"),
  coded("20", "externe radiotherapie/brachytherapie", "radiothérapie externe/curiethérapie", "external radiotherapy/brachytherapy", "externe Strahlentherapie/Brachytherapie"),
  coded("21", "IORT", "radiothérapie peropératoire (IORT)", "intraoperative radiotherapy (IORT)", "intraoperative Strahlentherapie (IORT)"),
  coded("22", "hadrontherapie", "hadronthérapie", "hadron therapy", "Hadronentherapie"),
  coded("25", "concomitant chemoradiotherapie", "chimioradiothérapie concomitante", "concomitant chemoradiotherapy", "gleichzeitige Radiochemotherapie"),
  coded("26", "concomitant radio-immunotherapie", "radio-immunothérapie concomitante", "concomitant radio-immunotherapy", "gleichzeitige Radioimmuntherapie"),
  coded("30", "radioisotopen", "radio-isotopes", "radioisotopes", "Radioisotope"),
  coded("35", "fototherapie", "photothérapie", "phototherapy", "Phototherapie"),
  coded("36", "topicale therapie", "traitement topique", "topical therapy", "topische Therapie"),
  coded("40", "chemo-, systemische therapie", "chimiothérapie, traitement systémique", "chemotherapy, systemic therapy", "Chemo-, systemische Therapie"),
  coded("45", "targeted therapy (niet 26, 60)", "thérapie ciblée (pas 26, 60)", "targeted therapy (not 26, 60)", "zielgerichtete Therapie (nicht 26, 60)"),
  coded("50", "hormonale therapie", "hormonothérapie", "hormonal therapy", "Hormontherapie"),
  coded("60", "immunotherapie (niet 26, 66)", "immunothérapie (pas 26, 66)", "immunotherapy (not 26, 66)", "Immuntherapie (nicht 26, 66)"),
  coded("66", "concomitant chemo-immunotherapie", "chimio-immunothérapie concomitante", "concomitant chemo-immunotherapy", "gleichzeitige Chemoimmuntherapie"),
  coded("70", "symptomatisch/palliatief", "symptomatique/palliatif", "symptomatic/palliative", "symptomatisch/palliativ"),
  coded("75", "active surveillance/watchful waiting", "surveillance active/attente vigilante", "active surveillance/watchful waiting", "aktive Überwachung/abwartendes Beobachten"),
  coded("80", "andere behandeling", "autre traitement", "other treatment", "andere Behandlung"),
  coded("90", "geen therapie", "pas de traitement", "no therapy", "keine Therapie"),
  coded("95", "weigering therapie", "refus de traitement", "therapy refused", "Therapie abgelehnt"),
  coded("99", "onbekend", "inconnu", "unknown", "unbekannt"),
]);
export type TreatmentCode = (typeof TREATMENT_CODES.values)[number];
export const SURGERY_CODES: readonly TreatmentCode[] = ["10", "11"];
export const HSCT_CODES: readonly TreatmentCode[] = ["16", "17"];
/** Radiotherapy and systemic treatments that make a treatment before surgery neoadjuvant (X26). */
export const NEOADJUVANT_CODES: readonly TreatmentCode[] = ["20", "21", "22", "25", "26", "40", "45", "50", "60", "66"];
/** "No therapy", "refused", "unknown": not combined with a treatment (X43). */
export const NO_TREATMENT_CODES: readonly string[] = ["90", "95", "99"];

/** Vervolg 3 II: the follow-up's own, older treatment plan list (15 instead of 16/17; no 45/66/75). */
export const FOLLOW_UP_TREATMENT_CODES = codeList([
  coded("10", "heelkunde", "chirurgie", "surgery", "Chirurgie"),
  coded("15", "beenmergtransplantatie", "greffe de moelle osseuse", "bone marrow transplantation", "Knochenmarktransplantation"),
  coded("20", "externe radiotherapie/curietherapie", "radiothérapie externe/curiethérapie", "external radiotherapy/curietherapy", "externe Strahlentherapie/Curietherapie"),
  coded("25", "concomitant chemoradiotherapie", "chimioradiothérapie concomitante", "concomitant chemoradiotherapy", "gleichzeitige Radiochemotherapie"),
  coded("30", "isotopen", "isotopes", "isotopes", "Isotope"),
  coded("40", "chemotherapie", "chimiothérapie", "chemotherapy", "Chemotherapie"),
  coded("50", "hormonale therapie", "hormonothérapie", "hormonal therapy", "Hormontherapie"),
  coded("60", "immunotherapie", "immunothérapie", "immunotherapy", "Immuntherapie"),
  coded("70", "symptomatisch", "symptomatique", "symptomatic", "symptomatisch"),
  coded("80", "andere vorm van behandeling", "autre forme de traitement", "other form of treatment", "andere Behandlungsform"),
  coded("90", "geen therapie", "pas de traitement", "no therapy", "keine Therapie"),
  coded("95", "weigering therapie", "refus de traitement", "therapy refused", "Therapie abgelehnt"),
]);
/** Exclusive in a follow-up's plan (W72). */
export const FOLLOW_UP_EXCLUSIVE_CODES: readonly string[] = ["90", "95"];

// ------------------------------------------------------------------------------------------
// Vervolg 1: breast

export const MENOPAUSAL_STATUS = codeList([
  named("YES", "ja (postmenopauzaal)", "oui (post-ménopausée)", "yes (postmenopausal)", "ja (postmenopausal)"),
  named("NO", "nee", "non", "no", "nein"),
  named("UNCLEAR", "onduidelijk", "incertain", "unclear", "unklar"),
  named("UNKNOWN", "niet gekend", "inconnu", "not known", "nicht bekannt"),
  named("NOT_APPLICABLE", "niet van toepassing (mannelijke patiënt)", "non applicable (patient masculin)", "not applicable (male patient)", "nicht zutreffend (männlicher Patient)"),
]);

/** ¹⁰ ER and PR. */
export const RECEPTOR_RESULT = codeList([
  named("POSITIVE", "positief", "positif", "positive", "positiv"),
  named("LOW_POSITIVE", "gering positief", "faiblement positif", "low positive", "schwach positiv"),
  named("NEGATIVE", "negatief", "négatif", "negative", "negativ"),
]);
/** ¹¹ HER2 IHC score. */
export const HER2_IHC = codeList([
  named("0", "0 (negatief)", "0 (négatif)", "0 (negative)", "0 (negativ)"),
  named("1+", "1+ (negatief)", "1+ (négatif)", "1+ (negative)", "1+ (negativ)"),
  named("2+", "2+ (twijfelachtig)", "2+ (équivoque)", "2+ (equivocal)", "2+ (grenzwertig)"),
  named("3+", "3+ (positief)", "3+ (positif)", "3+ (positive)", "3+ (positiv)"),
]);
/** ¹² HER2 status on IHC and ISH. */
export const HER2_STATUS = codeList([
  named("POSITIVE", "positief", "positif", "positive", "positiv"),
  named("LOW", "HER2 low (optie HER2 low niet definitief)", "HER2 low (option HER2 low non définitive)", "HER2 low (HER2-low option not final)", "HER2-low (Option HER2-low nicht endgültig)"),
  named("NEGATIVE", "negatief", "négatif", "negative", "negativ"),
]);
/** ¹³ germline/somatic gene status. */
export const GENE_STATUS = codeList([
  named("NOT_TESTED", "niet getest", "non testé", "not tested", "nicht getestet"),
  named("NO_MUTATION", "geen mutatie gedetecteerd", "pas de mutation détectée", "no mutation detected", "keine Mutation nachgewiesen"),
  named("SOMATIC", "somatische mutatie", "mutation somatique", "somatic mutation", "somatische Mutation"),
  named("GERMLINE", "kiembaanmutatie", "mutation germinale", "germline mutation", "Keimbahnmutation"),
]);

// ------------------------------------------------------------------------------------------
// Vervolg 2 and 3: MOC

const REPEAT_RADIOTHERAPY = {
  nl: "een herhaling van een bestralingsreeks van éénzelfde doelgebied binnen de twaalf maanden, te rekenen vanaf de aanvangsdatum van de eerste bestralingsreeks",
  fr: "une répétition d'une série d'irradiations d'un même volume cible dans les douze mois, à compter de la date de début de la première série",
  en: "a repeat course of radiotherapy of the same target area within twelve months of the start of the first course",
  de: "eine Wiederholung einer Bestrahlungsserie desselben Zielgebiets innerhalb von zwölf Monaten ab Beginn der ersten Bestrahlungsserie",
};
const MONITORED_CHEMOTHERAPY = {
  nl: "een chemotherapeutische behandeling met een geneesmiddel dat in een fase van verzekeringstegemoetkoming door de Commissie Tegemoetkoming Geneesmiddelen werd aangeduid voor monitoring via het multidisciplinair oncologisch consult",
  fr: "un traitement chimiothérapeutique par un médicament désigné par la Commission de Remboursement des Médicaments, dans une phase de remboursement, pour un suivi via la concertation oncologique multidisciplinaire",
  en: "chemotherapy with a medicine that the Drug Reimbursement Committee designated, in a reimbursement phase, for monitoring through the multidisciplinary oncological consultation",
  de: "eine Chemotherapie mit einem Arzneimittel, das die Kommission für die Erstattung von Arzneimitteln in einer Erstattungsphase zur Überwachung über die multidisziplinäre onkologische Konzertierung bestimmt hat",
};
const DEVIATING = {
  nl: "een oncologische behandeling die afwijkt van de geschreven en door het oncologisch centrum aanvaarde richtlijnen",
  fr: "un traitement oncologique qui s'écarte des directives écrites et acceptées par le centre oncologique",
  en: "an oncological treatment that departs from the written guidelines accepted by the oncology centre",
  de: "eine onkologische Behandlung, die von den schriftlichen, vom onkologischen Zentrum angenommenen Leitlinien abweicht",
};

/** Vervolg 2: reasons for the MOC of a new diagnosis (several may be ticked). */
export const MOC_REASONS = codeList([
  named("NEW_DIAGNOSIS", "patiënt met een nieuwe diagnose van kanker", "patient avec un nouveau diagnostic de cancer", "patient with a new cancer diagnosis", "Patient mit einer neuen Krebsdiagnose"),
  named("DEVIATING_TREATMENT", `voorafgaand aan ${DEVIATING.nl}`, `préalablement à ${DEVIATING.fr}`, `before ${DEVIATING.en}`, `vor ${DEVIATING.de}`),
  named("REPEAT_RADIOTHERAPY", `voorafgaand aan ${REPEAT_RADIOTHERAPY.nl}`, `préalablement à ${REPEAT_RADIOTHERAPY.fr}`, `before ${REPEAT_RADIOTHERAPY.en}`, `vor ${REPEAT_RADIOTHERAPY.de}`),
  named("MONITORED_CHEMOTHERAPY", `voorafgaand aan ${MONITORED_CHEMOTHERAPY.nl}`, `préalablement à ${MONITORED_CHEMOTHERAPY.fr}`, `before ${MONITORED_CHEMOTHERAPY.en}`, `vor ${MONITORED_CHEMOTHERAPY.de}`),
  named("OTHER", "andere (invullen)", "autre (à préciser)", "other (specify)", "andere (angeben)"),
]);

/** Vervolg 3, III: reasons for the MOC of a follow-up. */
export const FOLLOW_UP_MOC_REASONS = codeList([
  named("RECURRENCE", "behandeling van een patiënt met een recidief", "traitement d'un patient présentant une récidive", "treatment of a patient with a recurrence", "Behandlung eines Patienten mit einem Rezidiv"),
  named("PROGRESSION", "behandeling van een patiënt met een progressieve ziekte", "traitement d'un patient présentant une maladie progressive", "treatment of a patient with progressive disease", "Behandlung eines Patienten mit fortschreitender Erkrankung"),
  named("DEVIATING_TREATMENT", `voorafgaand aan elke ${DEVIATING.nl.replace(/^een /, "")}`, `préalablement à tout ${DEVIATING.fr.replace(/^un /, "")}`, `before any ${DEVIATING.en.replace(/^an /, "")}`, `vor jeder ${DEVIATING.de.replace(/^eine /, "")}`),
  named("REPEAT_RADIOTHERAPY", `aan ${REPEAT_RADIOTHERAPY.nl}`, `préalablement à ${REPEAT_RADIOTHERAPY.fr}`, `before ${REPEAT_RADIOTHERAPY.en}`, `vor ${REPEAT_RADIOTHERAPY.de}`),
  named("MONITORED_CHEMOTHERAPY", `aan elke ${MONITORED_CHEMOTHERAPY.nl.replace(/^een /, "").replace("in een fase", "in een eerste fase")}`, `préalablement à tout ${MONITORED_CHEMOTHERAPY.fr.replace(/^un /, "")}`, `before any ${MONITORED_CHEMOTHERAPY.en}`, `vor jeder ${MONITORED_CHEMOTHERAPY.de.replace(/^eine /, "")}`),
  named("OTHER", "andere (invullen)", "autre (à préciser)", "other (specify)", "andere (angeben)"),
]);

/**
 * M7: the coordinator's attestation, printed under the MOC participants ("MOC afdrukken",
 * "Rapport afdrukken" [M §5.9]). For the PDF once the platform prints module texts.
 */
export const MOC_ATTESTATION = t(
  "Ondergetekende bevestigt als coördinator van het multidisciplinair oncologisch consult dat de bepalingen van de verstrekkingen nr. 350276-350280, 350291-350302 en 350372-350383 werden nageleefd en het aangehechte registratieformulier werd ingevuld.",
  "Le soussigné, en tant que coordinateur de la concertation oncologique multidisciplinaire, confirme que les dispositions des prestations n° 350276-350280, 350291-350302 et 350372-350383 ont été respectées et que le formulaire d'enregistrement ci-joint a été complété.",
  "The undersigned, as coordinator of the multidisciplinary oncological consultation, confirms that the provisions of services no. 350276-350280, 350291-350302 and 350372-350383 were complied with and that the attached registration form was completed.",
  "Der Unterzeichnete bestätigt als Koordinator der multidisziplinären onkologischen Konzertierung, dass die Bestimmungen der Leistungen Nr. 350276-350280, 350291-350302 und 350372-350383 eingehalten wurden und das beigefügte Registrierungsformular ausgefüllt wurde.",
);

// ------------------------------------------------------------------------------------------
// Vervolg 3: follow-up

/** F3' and F5': basis of the date, by decreasing priority. */
export const DATE_BASIS = codeList([
  coded("1", "eerste histologische/cytologische bevestiging", "première confirmation histologique/cytologique", "first histological/cytological confirmation", "erste histologische/zytologische Bestätigung"),
  coded("2", "klinische evaluatie/opname ziekenhuis", "évaluation clinique/admission à l'hôpital", "clinical evaluation/hospital admission", "klinische Beurteilung/Krankenhausaufnahme"),
]);

export const RECURRENCE_TYPES = codeList([
  named("LOCAL", "locaal", "local", "local", "lokal"),
  named("REGIONAL", "regionaal", "régional", "regional", "regionär"),
  named("METASTASES", "metastasen", "métastases", "metastases", "Metastasen"),
]);

/** §5.5 own fields: the kind of value of a field the hospital adds for its own use. */
export const OWN_FIELD_KINDS = codeList([
  named("TEXT", "tekst", "texte", "text", "Text"),
  named("DATE", "datum", "date", "date", "Datum"),
  named("NUMBER", "getal", "nombre", "number", "Zahl"),
]);

/** Schema limits against runaway input. */
export const MAX_TREATMENTS = 30;
export const MAX_MOC_PARTICIPANTS = 4;
export const MAX_OWN_FIELDS = 10;
export const MAX_COMMENT_LENGTH = 4000;
