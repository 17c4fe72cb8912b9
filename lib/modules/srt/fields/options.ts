import { option } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Translated } from "@/lib/validation/types";
import { INDICATIONS, NOMENCLATURE_CODES, NOMENCLATURE_PAIR, SPETZLER_MARTIN_GRADES } from "../codes";

/** Option lists of the SRT form, labels in Dutch, French, English and German. */


export const yesNoUnknownOptions = [
  option("YES", t("Ja", "Oui", "Yes", "Ja")),
  option("NO", t("Nee", "Non", "No", "Nein")),
  option("UNKNOWN", t("Onbekend", "Inconnu", "Unknown", "Unbekannt")),
];

export const indicationOptions = [
  option(
    "PRIMARY_TUMOUR",
    t("Extracerebrale primaire maligne tumor", "Tumeur primitive maligne extracérébrale", "Extracerebral primary malignant tumour", "Extrazerebraler primärer maligner Tumor"),
  ),
  option(
    "PRIMARY_RELAPSE",
    t(
      "Lokaal of regionaal recidief van een extracerebrale primaire tumor",
      "Récidive locale ou régionale d'une tumeur primitive extracérébrale",
      "Local or regional relapse of an extracerebral primary tumour",
      "Lokales oder regionales Rezidiv eines extrazerebralen Primärtumors",
    ),
  ),
  option("OLIGOMETASTASES", t("Extracerebrale oligometastasen", "Oligométastases extracérébrales", "Extracerebral oligometastases", "Extrazerebrale Oligometastasen")),
  option(
    "BRAIN_PRIMARY_MALIGNANT",
    t("Primaire maligne hersentumor", "Tumeur cérébrale primitive maligne", "Primary malignant brain tumour", "Primärer maligner Hirntumor"),
  ),
  option("BRAIN_METASTASES", t("Hersenmetastasen", "Métastases cérébrales", "Brain metastases", "Hirnmetastasen")),
  option("BRAIN_BENIGN", t("Niet-maligne hersentumor", "Tumeur cérébrale non maligne", "Non-malignant brain tumour", "Nicht maligner Hirntumor")),
  option(
    "AVM",
    t("Arterioveneuze malformatie (AVM)", "Malformation artérioveineuse (MAV)", "Arteriovenous malformation (AVM)", "Arteriovenöse Malformation (AVM)"),
  ),
];

/** The four nomenclature services, named by the first code of their pair. */
const serviceLabels: Record<string, Translated> = {
  "444636": t("primaire tumoren, behalve hersentumoren", "tumeurs primitives, sauf tumeurs cérébrales", "primary tumours, excluding brain tumours", "Primärtumoren, ausgenommen Hirntumoren"),
  "444651": t("oligometastasen, behalve hersenmetastasen", "oligométastases, sauf métastases cérébrales", "oligometastases, excluding brain metastases", "Oligometastasen, ausgenommen Hirnmetastasen"),
  "444673": t("maligne hersentumoren en hersenmetastasen", "tumeurs cérébrales malignes et métastases cérébrales", "malignant brain tumours and brain metastases", "maligne Hirntumoren und Hirnmetastasen"),
  "444695": t("niet-maligne hersentumoren en AVM", "tumeurs cérébrales non malignes et MAV", "non-malignant brain tumours and AVM", "nicht maligne Hirntumoren und AVM"),
};

/** Each code is offered only for the indications of its service (SRT-E02 still checks). */
export const nomenclatureOptions = NOMENCLATURE_CODES.map((code) => {
  const indications = INDICATIONS.filter((indication) => NOMENCLATURE_PAIR[indication].includes(code));
  const first = indications[0] ? NOMENCLATURE_PAIR[indications[0]][0] : code;
  const service = serviceLabels[first] ?? t("", "", "", "");
  return option(code, t(`${code} – ${service.nl}`, `${code} – ${service.fr}`, `${code} – ${service.en}`, `${code} – ${service.de}`), {
    visibleWhen: { field: "indication", in: indications },
  });
});

export const whoPerformanceOptions = [
  option("0", t("0 – asymptomatisch, normale activiteit", "0 – asymptomatique, activité normale", "0 – asymptomatic, normal activity", "0 – asymptomatisch, normale Aktivität")),
  option("1", t("1 – symptomatisch, maar ambulant", "1 – symptomatique, mais ambulatoire", "1 – symptomatic but ambulatory", "1 – symptomatisch, aber gehfähig")),
  option(
    "2",
    t("2 – symptomatisch, < 50% van de dag bedlegerig", "2 – symptomatique, alité < 50 % de la journée", "2 – symptomatic, in bed < 50% of the day", "2 – symptomatisch, < 50 % des Tages im Bett"),
  ),
  option(
    "3",
    t("3 – symptomatisch, > 50% van de dag bedlegerig", "3 – symptomatique, alité > 50 % de la journée", "3 – symptomatic, in bed > 50% of the day", "3 – symptomatisch, > 50 % des Tages im Bett"),
  ),
  option(
    "4",
    t("4 – volledig hulpbehoevend, 100% bedlegerig", "4 – entièrement dépendant, alité en permanence", "4 – completely disabled, bedridden 100%", "4 – völlig pflegebedürftig, zu 100 % bettlägerig"),
  ),
  option("9", t("9 – onbekend", "9 – inconnu", "9 – unknown", "9 – unbekannt")),
];

export const treatmentIntentOptions = [
  option("CURATIVE", t("Curatief", "Curative", "Curative", "Kurativ")),
  option("PALLIATIVE", t("Palliatief", "Palliative", "Palliative", "Palliativ")),
  option("UNKNOWN", t("Onbekend", "Inconnue", "Unknown", "Unbekannt")),
];

export const systemicTherapyOptions = [
  option("NONE", t("Geen", "Aucun", "None", "Keine")),
  option("CHEMOTHERAPY", t("Chemotherapie", "Chimiothérapie", "Chemotherapy", "Chemotherapie")),
  option("TARGETED", t("Doelgerichte therapie (targeted therapy)", "Thérapie ciblée", "Targeted therapy", "Zielgerichtete Therapie")),
  option("HORMONAL", t("Hormonale therapie", "Hormonothérapie", "Hormonal therapy", "Hormontherapie")),
  option("IMMUNOTHERAPY", t("Immunotherapie", "Immunothérapie", "Immunotherapy", "Immuntherapie")),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
];

export const tumourLateralityOptions = [
  option("1", t("1 – Links", "1 – Gauche", "1 – Left", "1 – Links")),
  option("2", t("2 – Rechts", "2 – Droite", "2 – Right", "2 – Rechts")),
  option("3", t("3 – Onpaar orgaan", "3 – Organe impair", "3 – Unpaired organ", "3 – Unpaariges Organ")),
  option("9", t("9 – Onbekend", "9 – Inconnue", "9 – Unknown", "9 – Unbekannt")),
];

export const basisOfDiagnosisOptions = [
  option("2", t("2 – Histologie primaire tumor", "2 – Histologie de la tumeur primitive", "2 – Histology of the primary tumour", "2 – Histologie des Primärtumors")),
  option("3", t("3 – Histologie metastase", "3 – Histologie d'une métastase", "3 – Histology of a metastasis", "3 – Histologie einer Metastase")),
  option("4", t("4 – Cytologie/hematologie", "4 – Cytologie/hématologie", "4 – Cytology/haematology", "4 – Zytologie/Hämatologie")),
  option(
    "5",
    t(
      "5 – Technisch onderzoek (bv. RX, endoscopie)",
      "5 – Examen technique (p. ex. radiographie, endoscopie)",
      "5 – Technical investigation (e.g. X-ray, endoscopy)",
      "5 – Technische Untersuchung (z. B. Röntgen, Endoskopie)",
    ),
  ),
  option("6", t("6 – Klinisch", "6 – Clinique", "6 – Clinical", "6 – Klinisch")),
  option(
    "7",
    t("7 – Tumormerker (bv. PSA, hCG, AFP, Ig)", "7 – Marqueur tumoral (p. ex. PSA, hCG, AFP, Ig)", "7 – Tumour marker (e.g. PSA, hCG, AFP, Ig)", "7 – Tumormarker (z. B. PSA, hCG, AFP, Ig)"),
  ),
  option(
    "8",
    t("8 – Cytogenetische en/of moleculaire testen", "8 – Tests cytogénétiques et/ou moléculaires", "8 – Cytogenetic and/or molecular tests", "8 – Zytogenetische und/oder molekulare Untersuchungen"),
  ),
  option("9", t("9 – Onbekend", "9 – Inconnue", "9 – Unknown", "9 – Unbekannt")),
];

export const metastasisTimingOptions = [
  option("SYNCHRONOUS", t("Synchroon", "Synchrones", "Synchronous", "Synchron")),
  option("METACHRONOUS", t("Metachroon", "Métachrones", "Metachronous", "Metachron")),
  option("UNKNOWN", t("Onbekend", "Inconnu", "Unknown", "Unbekannt")),
];

export const avmLocationOptions = [
  option("FRONTAL", t("Frontaal", "Frontale", "Frontal", "Frontal")),
  option("TEMPORAL", t("Temporaal", "Temporale", "Temporal", "Temporal")),
  option("PARIETAL", t("Pariëtaal", "Pariétale", "Parietal", "Parietal")),
  option("OCCIPITAL", t("Occipitaal", "Occipitale", "Occipital", "Okzipital")),
  option("CEREBELLUM", t("Cerebellum", "Cervelet", "Cerebellum", "Kleinhirn")),
  option("BRAINSTEM", t("Hersenstam", "Tronc cérébral", "Brainstem", "Hirnstamm")),
  option(
    "DEEP",
    t("Diep (basale kernen, thalamus)", "Profonde (noyaux gris centraux, thalamus)", "Deep (basal ganglia, thalamus)", "Tief (Basalganglien, Thalamus)"),
  ),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
];

export const spetzlerMartinOptions = SPETZLER_MARTIN_GRADES.map((grade, index) => {
  const roman = ["I", "II", "III", "IV", "V"][index] ?? grade;
  return option(grade, t(`Graad ${roman}`, `Grade ${roman}`, `Grade ${roman}`, `Grad ${roman}`));
});

export const platformOptions = [
  option("LINAC", t("Lineaire versneller (linac)", "Accélérateur linéaire", "Linear accelerator (linac)", "Linearbeschleuniger (Linac)")),
  option("ROBOTIC", t("Robotgestuurde versneller (CyberKnife)", "Accélérateur robotisé (CyberKnife)", "Robotic linac (CyberKnife)", "Robotergestützter Linac (CyberKnife)")),
  option("GAMMA_KNIFE", t("Gamma Knife", "Gamma Knife", "Gamma Knife", "Gamma Knife")),
  option("HELICAL", t("Helicale tomotherapie (TomoTherapy)", "Tomothérapie hélicoïdale (TomoTherapy)", "Helical tomotherapy (TomoTherapy)", "Helikale Tomotherapie (TomoTherapy)")),
  option("MR_LINAC", t("MR-linac", "IRM-linac", "MR-linac", "MR-Linac")),
  option("PROTON", t("Protontherapie", "Protonthérapie", "Proton therapy", "Protonentherapie")),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
];

export const techniqueOptions = [
  option("VMAT", t("VMAT (volumetrische boogtherapie)", "VMAT (arcthérapie volumétrique modulée)", "VMAT (volumetric modulated arc therapy)", "VMAT (volumetrisch modulierte Rotationstherapie)")),
  option("IMRT", t("IMRT (intensiteitsgemoduleerde RT)", "RCMI (radiothérapie conformationnelle avec modulation d'intensité)", "IMRT (intensity-modulated RT)", "IMRT (intensitätsmodulierte RT)")),
  option(
    "DYNAMIC_CONFORMAL_ARCS",
    t("Dynamische conformele bogen", "Arcthérapie conformationnelle dynamique", "Dynamic conformal arcs", "Dynamische konformale Bögen"),
  ),
  option("CONES", t("Conussen (stereotactische collimatoren)", "Cônes (collimateurs stéréotaxiques)", "Cones (stereotactic collimators)", "Konen (stereotaktische Kollimatoren)")),
  option("3D_CRT", t("3D-conformele RT", "Radiothérapie conformationnelle 3D", "3D conformal RT", "3D-konformale RT")),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
];

export const imageGuidanceOptions = [
  option("CBCT", t("Cone-beam CT (CBCT)", "Tomographie conique (CBCT)", "Cone-beam CT (CBCT)", "Cone-Beam-CT (CBCT)")),
  option("KV_STEREOSCOPIC", t("Stereoscopische kV-beeldvorming", "Imagerie kV stéréoscopique", "Stereoscopic kV imaging", "Stereoskopische kV-Bildgebung")),
  option("MV_IMAGING", t("MV-beeldvorming", "Imagerie MV", "MV imaging", "MV-Bildgebung")),
  option("MRI", t("MRI", "IRM", "MRI", "MRT")),
  option("SURFACE_GUIDED", t("Oppervlaktegeleiding (SGRT)", "Guidage surfacique (SGRT)", "Surface guidance (SGRT)", "Oberflächengeführte RT (SGRT)")),
  option("FIDUCIALS", t("Fiduciële markers", "Marqueurs fiduciaires", "Fiducial markers", "Goldmarker (Fiducials)")),
  option("NONE", t("Geen", "Aucun", "None", "Keine")),
];

export const motionManagementOptions = [
  option("NONE", t("Geen", "Aucune", "None", "Keine")),
  option("ITV_4DCT", t("ITV op basis van 4D-CT", "ITV basé sur un scanner 4D", "ITV based on 4D-CT", "ITV auf Basis eines 4D-CT")),
  option("BREATH_HOLD", t("Ademstop (breath-hold)", "Blocage respiratoire", "Breath-hold", "Atemanhaltetechnik")),
  option("GATING", t("Respiratoire gating", "Asservissement respiratoire (gating)", "Respiratory gating", "Atemgating")),
  option("TRACKING", t("Tumortracking", "Suivi de la tumeur (tracking)", "Tumour tracking", "Tumortracking")),
  option("ABDOMINAL_COMPRESSION", t("Abdominale compressie", "Compression abdominale", "Abdominal compression", "Abdominelle Kompression")),
  option("NOT_APPLICABLE", t("Niet van toepassing", "Sans objet", "Not applicable", "Nicht zutreffend")),
];

export const immobilisationOptions = [
  option("INVASIVE_FRAME", t("Invasief stereotactisch frame", "Cadre stéréotaxique invasif", "Invasive stereotactic frame", "Invasiver stereotaktischer Rahmen")),
  option("MASK", t("Thermoplastisch masker", "Masque thermoplastique", "Thermoplastic mask", "Thermoplastische Maske")),
  option("VACUUM_CUSHION", t("Vacuümkussen", "Matelas à dépression", "Vacuum cushion", "Vakuumkissen")),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
  option("NONE", t("Geen", "Aucune", "None", "Keine")),
];

export const targetSiteOptions = [
  option("BRAIN", t("Hersenen", "Cerveau", "Brain", "Gehirn")),
  option("SKULL_BASE", t("Schedelbasis", "Base du crâne", "Skull base", "Schädelbasis")),
  option("SPINE_CERVICAL", t("Cervicale wervelkolom", "Rachis cervical", "Cervical spine", "Halswirbelsäule")),
  option("SPINE_THORACIC", t("Thoracale wervelkolom", "Rachis thoracique", "Thoracic spine", "Brustwirbelsäule")),
  option("SPINE_LUMBOSACRAL", t("Lumbosacrale wervelkolom", "Rachis lombosacré", "Lumbosacral spine", "Lendenwirbelsäule und Kreuzbein")),
  option("LUNG", t("Long", "Poumon", "Lung", "Lunge")),
  option("MEDIASTINUM", t("Mediastinum", "Médiastin", "Mediastinum", "Mediastinum")),
  option("LIVER", t("Lever", "Foie", "Liver", "Leber")),
  option("ADRENAL", t("Bijnier", "Glande surrénale", "Adrenal gland", "Nebenniere")),
  option("KIDNEY", t("Nier", "Rein", "Kidney", "Niere")),
  option("PANCREAS", t("Pancreas", "Pancréas", "Pancreas", "Bauchspeicheldrüse")),
  option("PROSTATE", t("Prostaat", "Prostate", "Prostate", "Prostata")),
  option("LYMPH_NODE", t("Lymfeklier", "Ganglion lymphatique", "Lymph node", "Lymphknoten")),
  option("BONE_NON_SPINE", t("Bot (buiten de wervelkolom)", "Os (hors rachis)", "Bone (non-spinal)", "Knochen (außer Wirbelsäule)")),
  option("HEAD_NECK", t("Hoofd-halsgebied", "Tête et cou (sphère ORL)", "Head and neck", "Kopf und Hals")),
  option("PELVIS", t("Bekken", "Pelvis", "Pelvis", "Becken")),
  option("OTHER", t("Andere", "Autre", "Other", "Andere")),
];

export const lesionLateralityOptions = [
  option("LEFT", t("Links", "Gauche", "Left", "Links")),
  option("RIGHT", t("Rechts", "Droite", "Right", "Rechts")),
  option("MIDLINE", t("Middellijn", "Ligne médiane", "Midline", "Mittellinie")),
  option("NOT_APPLICABLE", t("Niet van toepassing", "Sans objet", "Not applicable", "Nicht zutreffend")),
];
