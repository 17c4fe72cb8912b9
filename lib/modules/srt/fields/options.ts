import { t } from "@/lib/modules/translated";
import type { FieldOption } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import { INDICATIONS, NOMENCLATURE_CODES, NOMENCLATURE_PAIR } from "../codes";

/** Option lists of the SRT form, labels in Dutch, French and English. */

const option = (value: string, label: FieldOption["label"], code?: string): FieldOption => ({
  value,
  label,
  ...(code ? { code } : {}),
});

export const yesNoUnknownOptions: readonly FieldOption[] = [
  option("YES", t("Ja", "Oui", "Yes")),
  option("NO", t("Nee", "Non", "No")),
  option("UNKNOWN", t("Onbekend", "Inconnu", "Unknown")),
];

export const indicationOptions: readonly FieldOption[] = [
  option(
    "PRIMARY_TUMOUR",
    t("Extracerebrale primaire maligne tumor", "Tumeur primitive maligne extracérébrale", "Extracerebral primary malignant tumour"),
  ),
  option(
    "PRIMARY_RELAPSE",
    t(
      "Lokaal of regionaal recidief van een extracerebrale primaire tumor",
      "Récidive locale ou régionale d'une tumeur primitive extracérébrale",
      "Local or regional relapse of an extracerebral primary tumour",
    ),
  ),
  option("OLIGOMETASTASES", t("Extracerebrale oligometastasen", "Oligométastases extracérébrales", "Extracerebral oligometastases")),
  option(
    "BRAIN_PRIMARY_MALIGNANT",
    t("Primaire maligne hersentumor", "Tumeur cérébrale primitive maligne", "Primary malignant brain tumour"),
  ),
  option("BRAIN_METASTASES", t("Hersenmetastasen", "Métastases cérébrales", "Brain metastases")),
  option("BRAIN_BENIGN", t("Niet-maligne hersentumor", "Tumeur cérébrale non maligne", "Non-malignant brain tumour")),
  option(
    "AVM",
    t("Arterioveneuze malformatie (AVM)", "Malformation artérioveineuse (MAV)", "Arteriovenous malformation (AVM)"),
  ),
];

/** The four nomenclature services, named by the first code of their pair. */
const serviceLabels: Record<string, Translated> = {
  "444636": t("primaire tumoren, behalve hersentumoren", "tumeurs primitives, sauf tumeurs cérébrales", "primary tumours, excluding brain tumours"),
  "444651": t("oligometastasen, behalve hersenmetastasen", "oligométastases, sauf métastases cérébrales", "oligometastases, excluding brain metastases"),
  "444673": t("maligne hersentumoren en hersenmetastasen", "tumeurs cérébrales malignes et métastases cérébrales", "malignant brain tumours and brain metastases"),
  "444695": t("niet-maligne hersentumoren en AVM", "tumeurs cérébrales non malignes et MAV", "non-malignant brain tumours and AVM"),
};

/** Each code is offered only for the indications of its service (SRT-E02 still checks). */
export const nomenclatureOptions: readonly FieldOption[] = NOMENCLATURE_CODES.map((code) => {
  const indications = INDICATIONS.filter((indication) => NOMENCLATURE_PAIR[indication].includes(code));
  const first = indications[0] ? NOMENCLATURE_PAIR[indications[0]][0] : code;
  const service = serviceLabels[first] ?? t("", "", "");
  return {
    value: code,
    label: t(`${code} – ${service.nl}`, `${code} – ${service.fr}`, `${code} – ${service.en}`),
    visibleWhen: { field: "indication", in: indications },
  };
});

export const whoPerformanceOptions: readonly FieldOption[] = [
  option("0", t("0 – asymptomatisch, normale activiteit", "0 – asymptomatique, activité normale", "0 – asymptomatic, normal activity")),
  option("1", t("1 – symptomatisch, maar ambulant", "1 – symptomatique, mais ambulatoire", "1 – symptomatic but ambulatory")),
  option(
    "2",
    t("2 – symptomatisch, < 50% van de dag bedlegerig", "2 – symptomatique, alité < 50 % de la journée", "2 – symptomatic, in bed < 50% of the day"),
  ),
  option(
    "3",
    t("3 – symptomatisch, > 50% van de dag bedlegerig", "3 – symptomatique, alité > 50 % de la journée", "3 – symptomatic, in bed > 50% of the day"),
  ),
  option(
    "4",
    t("4 – volledig hulpbehoevend, 100% bedlegerig", "4 – entièrement dépendant, alité en permanence", "4 – completely disabled, bedridden 100%"),
  ),
  option("9", t("9 – onbekend", "9 – inconnu", "9 – unknown")),
];

export const treatmentIntentOptions: readonly FieldOption[] = [
  option("CURATIVE", t("Curatief", "Curative", "Curative")),
  option("PALLIATIVE", t("Palliatief", "Palliative", "Palliative")),
  option("UNKNOWN", t("Onbekend", "Inconnue", "Unknown")),
];

/** Codes are the Annex 55 treatment codes, for mapping to the standard registration. */
export const systemicTherapyOptions: readonly FieldOption[] = [
  option("NONE", t("Geen", "Aucun", "None")),
  option("CHEMOTHERAPY", t("Chemotherapie", "Chimiothérapie", "Chemotherapy"), "40"),
  option("TARGETED", t("Doelgerichte therapie (targeted therapy)", "Thérapie ciblée", "Targeted therapy"), "45"),
  option("HORMONAL", t("Hormonale therapie", "Hormonothérapie", "Hormonal therapy"), "50"),
  option("IMMUNOTHERAPY", t("Immunotherapie", "Immunothérapie", "Immunotherapy"), "60"),
  option("OTHER", t("Andere", "Autre", "Other")),
];

export const tumourLateralityOptions: readonly FieldOption[] = [
  option("1", t("1 – Links", "1 – Gauche", "1 – Left")),
  option("2", t("2 – Rechts", "2 – Droite", "2 – Right")),
  option("3", t("3 – Onpaar orgaan", "3 – Organe impair", "3 – Unpaired organ")),
  option("9", t("9 – Onbekend", "9 – Inconnue", "9 – Unknown")),
];

export const basisOfDiagnosisOptions: readonly FieldOption[] = [
  option("2", t("2 – Histologie primaire tumor", "2 – Histologie de la tumeur primitive", "2 – Histology of the primary tumour")),
  option("3", t("3 – Histologie metastase", "3 – Histologie d'une métastase", "3 – Histology of a metastasis")),
  option("4", t("4 – Cytologie/hematologie", "4 – Cytologie/hématologie", "4 – Cytology/haematology")),
  option(
    "5",
    t(
      "5 – Technisch onderzoek (bv. RX, endoscopie)",
      "5 – Examen technique (p. ex. radiographie, endoscopie)",
      "5 – Technical investigation (e.g. X-ray, endoscopy)",
    ),
  ),
  option("6", t("6 – Klinisch", "6 – Clinique", "6 – Clinical")),
  option(
    "7",
    t("7 – Tumormerker (bv. PSA, hCG, AFP, Ig)", "7 – Marqueur tumoral (p. ex. PSA, hCG, AFP, Ig)", "7 – Tumour marker (e.g. PSA, hCG, AFP, Ig)"),
  ),
  option(
    "8",
    t("8 – Cytogenetische en/of moleculaire testen", "8 – Tests cytogénétiques et/ou moléculaires", "8 – Cytogenetic and/or molecular tests"),
  ),
  option("9", t("9 – Onbekend", "9 – Inconnue", "9 – Unknown")),
];

export const metastasisTimingOptions: readonly FieldOption[] = [
  option("SYNCHRONOUS", t("Synchroon", "Synchrones", "Synchronous")),
  option("METACHRONOUS", t("Metachroon", "Métachrones", "Metachronous")),
  option("UNKNOWN", t("Onbekend", "Inconnu", "Unknown")),
];

export const avmLocationOptions: readonly FieldOption[] = [
  option("FRONTAL", t("Frontaal", "Frontale", "Frontal")),
  option("TEMPORAL", t("Temporaal", "Temporale", "Temporal")),
  option("PARIETAL", t("Pariëtaal", "Pariétale", "Parietal")),
  option("OCCIPITAL", t("Occipitaal", "Occipitale", "Occipital")),
  option("CEREBELLUM", t("Cerebellum", "Cervelet", "Cerebellum")),
  option("BRAINSTEM", t("Hersenstam", "Tronc cérébral", "Brainstem")),
  option(
    "DEEP",
    t("Diep (basale kernen, thalamus)", "Profonde (noyaux gris centraux, thalamus)", "Deep (basal ganglia, thalamus)"),
  ),
  option("OTHER", t("Andere", "Autre", "Other")),
];

export const spetzlerMartinOptions: readonly FieldOption[] = ["1", "2", "3", "4", "5"].map((grade, index) => {
  const roman = ["I", "II", "III", "IV", "V"][index] ?? grade;
  return option(grade, t(`Graad ${roman}`, `Grade ${roman}`, `Grade ${roman}`));
});

export const platformOptions: readonly FieldOption[] = [
  option("LINAC", t("Lineaire versneller (linac)", "Accélérateur linéaire", "Linear accelerator (linac)")),
  option("ROBOTIC", t("Robotgestuurde versneller (CyberKnife)", "Accélérateur robotisé (CyberKnife)", "Robotic linac (CyberKnife)")),
  option("GAMMA_KNIFE", t("Gamma Knife", "Gamma Knife", "Gamma Knife")),
  option("HELICAL", t("Helicale tomotherapie (TomoTherapy)", "Tomothérapie hélicoïdale (TomoTherapy)", "Helical tomotherapy (TomoTherapy)")),
  option("MR_LINAC", t("MR-linac", "IRM-linac", "MR-linac")),
  option("PROTON", t("Protontherapie", "Protonthérapie", "Proton therapy")),
  option("OTHER", t("Andere", "Autre", "Other")),
];

export const techniqueOptions: readonly FieldOption[] = [
  option("VMAT", t("VMAT (volumetrische boogtherapie)", "VMAT (arcthérapie volumétrique modulée)", "VMAT (volumetric modulated arc therapy)")),
  option("IMRT", t("IMRT (intensiteitsgemoduleerde RT)", "RCMI (radiothérapie conformationnelle avec modulation d'intensité)", "IMRT (intensity-modulated RT)")),
  option(
    "DYNAMIC_CONFORMAL_ARCS",
    t("Dynamische conformele bogen", "Arcthérapie conformationnelle dynamique", "Dynamic conformal arcs"),
  ),
  option("CONES", t("Conussen (stereotactische collimatoren)", "Cônes (collimateurs stéréotaxiques)", "Cones (stereotactic collimators)")),
  option("3D_CRT", t("3D-conformele RT", "Radiothérapie conformationnelle 3D", "3D conformal RT")),
  option("OTHER", t("Andere", "Autre", "Other")),
];

export const imageGuidanceOptions: readonly FieldOption[] = [
  option("CBCT", t("Cone-beam CT (CBCT)", "Tomographie conique (CBCT)", "Cone-beam CT (CBCT)")),
  option("KV_STEREOSCOPIC", t("Stereoscopische kV-beeldvorming", "Imagerie kV stéréoscopique", "Stereoscopic kV imaging")),
  option("MV_IMAGING", t("MV-beeldvorming", "Imagerie MV", "MV imaging")),
  option("MRI", t("MRI", "IRM", "MRI")),
  option("SURFACE_GUIDED", t("Oppervlaktegeleiding (SGRT)", "Guidage surfacique (SGRT)", "Surface guidance (SGRT)")),
  option("FIDUCIALS", t("Fiduciële markers", "Marqueurs fiduciaires", "Fiducial markers")),
  option("NONE", t("Geen", "Aucun", "None")),
];

export const motionManagementOptions: readonly FieldOption[] = [
  option("NONE", t("Geen", "Aucune", "None")),
  option("ITV_4DCT", t("ITV op basis van 4D-CT", "ITV basé sur un scanner 4D", "ITV based on 4D-CT")),
  option("BREATH_HOLD", t("Ademstop (breath-hold)", "Blocage respiratoire", "Breath-hold")),
  option("GATING", t("Respiratoire gating", "Asservissement respiratoire (gating)", "Respiratory gating")),
  option("TRACKING", t("Tumortracking", "Suivi de la tumeur (tracking)", "Tumour tracking")),
  option("ABDOMINAL_COMPRESSION", t("Abdominale compressie", "Compression abdominale", "Abdominal compression")),
  option("NOT_APPLICABLE", t("Niet van toepassing", "Sans objet", "Not applicable")),
];

export const immobilisationOptions: readonly FieldOption[] = [
  option("INVASIVE_FRAME", t("Invasief stereotactisch frame", "Cadre stéréotaxique invasif", "Invasive stereotactic frame")),
  option("MASK", t("Thermoplastisch masker", "Masque thermoplastique", "Thermoplastic mask")),
  option("VACUUM_CUSHION", t("Vacuümkussen", "Matelas à dépression", "Vacuum cushion")),
  option("OTHER", t("Andere", "Autre", "Other")),
  option("NONE", t("Geen", "Aucune", "None")),
];

export const targetSiteOptions: readonly FieldOption[] = [
  option("BRAIN", t("Hersenen", "Cerveau", "Brain")),
  option("SKULL_BASE", t("Schedelbasis", "Base du crâne", "Skull base")),
  option("SPINE_CERVICAL", t("Cervicale wervelkolom", "Rachis cervical", "Cervical spine")),
  option("SPINE_THORACIC", t("Thoracale wervelkolom", "Rachis thoracique", "Thoracic spine")),
  option("SPINE_LUMBOSACRAL", t("Lumbosacrale wervelkolom", "Rachis lombosacré", "Lumbosacral spine")),
  option("LUNG", t("Long", "Poumon", "Lung")),
  option("MEDIASTINUM", t("Mediastinum", "Médiastin", "Mediastinum")),
  option("LIVER", t("Lever", "Foie", "Liver")),
  option("ADRENAL", t("Bijnier", "Glande surrénale", "Adrenal gland")),
  option("KIDNEY", t("Nier", "Rein", "Kidney")),
  option("PANCREAS", t("Pancreas", "Pancréas", "Pancreas")),
  option("PROSTATE", t("Prostaat", "Prostate", "Prostate")),
  option("LYMPH_NODE", t("Lymfeklier", "Ganglion lymphatique", "Lymph node")),
  option("BONE_NON_SPINE", t("Bot (buiten de wervelkolom)", "Os (hors rachis)", "Bone (non-spinal)")),
  option("HEAD_NECK", t("Hoofd-halsgebied", "Tête et cou (sphère ORL)", "Head and neck")),
  option("PELVIS", t("Bekken", "Pelvis", "Pelvis")),
  option("OTHER", t("Andere", "Autre", "Other")),
];

export const lesionLateralityOptions: readonly FieldOption[] = [
  option("LEFT", t("Links", "Gauche", "Left")),
  option("RIGHT", t("Rechts", "Droite", "Right")),
  option("MIDLINE", t("Middellijn", "Ligne médiane", "Midline")),
  option("NOT_APPLICABLE", t("Niet van toepassing", "Sans objet", "Not applicable")),
];
