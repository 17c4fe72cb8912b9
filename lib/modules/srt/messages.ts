import { t } from "@/lib/modules/translated";
import type { MessageCatalogue } from "@/lib/modules/types";

/**
 * Messages of the SRT rules, keyed by messageKey (the rule id, or "rule id.variant" when a rule
 * has several). {field} is replaced by the field's label with its plan/lesion number
 * (describeIssue); the other placeholders come from the params.
 */
export const srtMessages: MessageCatalogue = {
  "SRT-E00": t(
    "‘{field}’: de waarde heeft een ongeldig formaat.",
    "« {field} » : la valeur a un format non valide.",
    "‘{field}’: the value has an invalid format.",
    "„{field}“: Der Wert hat ein ungültiges Format.",
  ),
  "SRT-E01": t("‘{field}’ is verplicht.", "« {field} » est obligatoire.", "‘{field}’ is required.", "„{field}“ ist ein Pflichtfeld."),
  "SRT-E02": t(
    "‘{field}’: code {code} hoort niet bij de verstrekking van deze indicatie (verwacht: {expected}).",
    "« {field} » : le code {code} ne correspond pas à la prestation de cette indication (attendu : {expected}).",
    "‘{field}’: code {code} does not belong to the service of this indication (expected: {expected}).",
    "„{field}“: Code {code} gehört nicht zur Leistung dieser Indikation (erwartet: {expected}).",
  ),
  "SRT-E03": t(
    "De startdatum van de RT voor het huidige toegediende dosimetrische plan mag niet vroeger zijn dan de incidentiedatum van de primaire tumor",
    "La date de début de la RT pour le plan dosimétrique actuellement administré ne peut pas être antérieure à la date d'incidence de la tumeur primitive",
    "The start date of RT for the currently administered dosimetric plan cannot be earlier than the incidence date of the primary tumour",
    "Das Beginndatum der RT für den aktuell verabreichten dosimetrischen Plan darf nicht vor dem Inzidenzdatum des Primärtumors liegen",
  ),
  "SRT-E04": t(
    "‘{field}’: de einddatum van het plan mag niet vroeger zijn dan de startdatum.",
    "« {field} » : la date de fin du plan ne peut pas être antérieure à sa date de début.",
    "‘{field}’: the end date of the plan cannot be earlier than its start date.",
    "„{field}“: Das Enddatum des Plans darf nicht vor seinem Beginndatum liegen.",
  ),
  "SRT-E05.future": t(
    "‘{field}’: de datum mag niet in de toekomst liggen.",
    "« {field} » : la date ne peut pas être dans le futur.",
    "‘{field}’: the date cannot be in the future.",
    "„{field}“: Das Datum darf nicht in der Zukunft liegen.",
  ),
  "SRT-E05.beforeBirth": t(
    "‘{field}’: de datum mag niet vóór de geboortedatum van de patiënt liggen ({birthDate}).",
    "« {field} » : la date ne peut pas précéder la date de naissance du patient ({birthDate}).",
    "‘{field}’: the date cannot be before the patient's date of birth ({birthDate}).",
    "„{field}“: Das Datum darf nicht vor dem Geburtsdatum des Patienten liegen ({birthDate}).",
  ),
  "SRT-E06": t(
    "‘{field}’: het MOC mag niet later plaatsvinden dan de start van het eerste plan ({start}).",
    "« {field} » : la COM ne peut pas être postérieure au début du premier plan ({start}).",
    "‘{field}’: the multidisciplinary consultation cannot be later than the start of the first plan ({start}).",
    "„{field}“: Die multidisziplinäre Konzertierung darf nicht nach dem Beginn des ersten Plans liegen ({start}).",
  ),
  "SRT-E07": t(
    "‘{field}’: een plan dat vóór 1 januari 2020 startte, valt buiten de SRT-registratie.",
    "« {field} » : un plan commencé avant le 1er janvier 2020 n'entre pas dans l'enregistrement SRT.",
    "‘{field}’: a plan started before 1 January 2020 is outside the scope of SRT registration.",
    "„{field}“: Ein vor dem 1. Januar 2020 begonnener Plan fällt nicht unter die SRT-Registrierung.",
  ),
  "SRT-E08": t(
    "‘{field}’: een dosis per fractie van {value} Gy is lager dan 6 Gy; dit is geen stereotactische radiotherapie in de zin van de nomenclatuur.",
    "« {field} » : une dose par fraction de {value} Gy est inférieure à 6 Gy ; ce n'est pas une radiothérapie stéréotaxique au sens de la nomenclature.",
    "‘{field}’: a dose per fraction of {value} Gy is below 6 Gy; this is not stereotactic radiotherapy in the nomenclature's sense.",
    "„{field}“: Eine Dosis pro Fraktion von {value} Gy liegt unter 6 Gy; das ist keine stereotaktische Strahlentherapie im Sinne der Nomenklatur.",
  ),
  "SRT-E09.dose": t(
    "‘{field}’: de totale dosis moet groter zijn dan 0 Gy en ten hoogste 100 Gy bedragen.",
    "« {field} » : la dose totale doit être supérieure à 0 Gy et ne pas dépasser 100 Gy.",
    "‘{field}’: the total dose must be above 0 Gy and at most 100 Gy.",
    "„{field}“: Die Gesamtdosis muss über 0 Gy und höchstens 100 Gy betragen.",
  ),
  "SRT-E09.fractions": t(
    "‘{field}’: het aantal fracties moet tussen 1 en 15 liggen.",
    "« {field} » : le nombre de fractions doit être compris entre 1 et 15.",
    "‘{field}’: the number of fractions must be between 1 and 15.",
    "„{field}“: Die Anzahl der Fraktionen muss zwischen 1 und 15 liegen.",
  ),
  "SRT-E10": t(
    "‘{field}’: voor extracerebrale oligometastasen worden ten hoogste {max} letsels behandeld; over alle plannen samen zijn er {count} geregistreerd.",
    "« {field} » : pour des oligométastases extracérébrales, {max} lésions au maximum sont traitées ; {count} sont enregistrées sur l'ensemble des plans.",
    "‘{field}’: at most {max} extracerebral oligometastases can be treated; {count} lesions are registered over all plans.",
    "„{field}“: Höchstens {max} extrazerebrale Oligometastasen können behandelt werden; über alle Pläne sind {count} Läsionen registriert.",
  ),
  "SRT-E11.cranial": t(
    "‘{field}’: bij een intracraniële indicatie (hersentumor, hersenmetastasen, AVM) moet het doelgebied de hersenen of de schedelbasis zijn.",
    "« {field} » : pour une indication intracrânienne (tumeur cérébrale, métastases cérébrales, MAV), le site cible doit être le cerveau ou la base du crâne.",
    "‘{field}’: for an intracranial indication (brain tumour, brain metastases, AVM) the target site must be the brain or the skull base.",
    "„{field}“: Bei einer intrakraniellen Indikation (Hirntumor, Hirnmetastasen, AVM) muss die Zielregion das Gehirn oder die Schädelbasis sein.",
  ),
  "SRT-E11.extracranial": t(
    "‘{field}’: bij een extracerebrale indicatie kan het doelgebied niet de hersenen of de schedelbasis zijn.",
    "« {field} » : pour une indication extracérébrale, le site cible ne peut pas être le cerveau ou la base du crâne.",
    "‘{field}’: for an extracerebral indication the target site cannot be the brain or the skull base.",
    "„{field}“: Bei einer extrazerebralen Indikation darf die Zielregion nicht das Gehirn oder die Schädelbasis sein.",
  ),
  "SRT-E12.malignant": t(
    "‘{field}’: voor deze indicatie moet het gedrag /3 (maligne) zijn, niet {code}.",
    "« {field} » : pour cette indication, le comportement doit être /3 (malin), pas {code}.",
    "‘{field}’: for this indication the behaviour must be /3 (malignant), not {code}.",
    "„{field}“: Bei dieser Indikation muss die Dignität /3 (maligne) sein, nicht {code}.",
  ),
  "SRT-E12.benign": t(
    "‘{field}’: voor een niet-maligne hersentumor moet het gedrag /0 (benigne) of /1 (onzeker) zijn, niet {code}.",
    "« {field} » : pour une tumeur cérébrale non maligne, le comportement doit être /0 (bénin) ou /1 (incertain), pas {code}.",
    "‘{field}’: for a non-malignant brain tumour the behaviour must be /0 (benign) or /1 (uncertain), not {code}.",
    "„{field}“: Bei einem nicht malignen Hirntumor muss die Dignität /0 (benigne) oder /1 (unsicher) sein, nicht {code}.",
  ),
  "SRT-E13.topography": t(
    "‘{field}’: {code} is geen bestaande ICD-O-3-topografiecode.",
    "« {field} » : {code} n'est pas un code de topographie CIM-O-3 existant.",
    "‘{field}’: {code} is not an existing ICD-O-3 topography code.",
    "„{field}“: {code} ist kein existierender ICD-O-3-Topographiecode.",
  ),
  "SRT-E13.morphology": t(
    "‘{field}’: {code} is geen bestaande ICD-O-3-morfologiecode.",
    "« {field} » : {code} n'est pas un code de morphologie CIM-O-3 existant.",
    "‘{field}’: {code} is not an existing ICD-O-3 morphology code.",
    "„{field}“: {code} ist kein existierender ICD-O-3-Morphologiecode.",
  ),
  "SRT-E14.male": t(
    "‘{field}’: topografie {code} (vrouwelijke geslachtsorganen) is onmogelijk bij een mannelijke patiënt.",
    "« {field} » : la topographie {code} (organes génitaux féminins) est impossible chez un patient de sexe masculin.",
    "‘{field}’: topography {code} (female genital organs) is impossible for a male patient.",
    "„{field}“: Topographie {code} (weibliche Geschlechtsorgane) ist bei einem männlichen Patienten unmöglich.",
  ),
  "SRT-E14.female": t(
    "‘{field}’: topografie {code} (mannelijke geslachtsorganen) is onmogelijk bij een vrouwelijke patiënt.",
    "« {field} » : la topographie {code} (organes génitaux masculins) est impossible chez une patiente.",
    "‘{field}’: topography {code} (male genital organs) is impossible for a female patient.",
    "„{field}“: Topographie {code} (männliche Geschlechtsorgane) ist bei einer Patientin unmöglich.",
  ),
  "SRT-E15": t(
    "‘{field}’: de datum van het recidief mag niet vroeger zijn dan de incidentiedatum van de primaire tumor.",
    "« {field} » : la date de la récidive ne peut pas être antérieure à la date d'incidence de la tumeur primitive.",
    "‘{field}’: the relapse date cannot be earlier than the incidence date of the primary tumour.",
    "„{field}“: Das Rezidivdatum darf nicht vor dem Inzidenzdatum des Primärtumors liegen.",
  ),
  "SRT-E16.none": t(
    "‘{field}’: ‘Geen’ kan niet gecombineerd worden met een andere systemische therapie.",
    "« {field} » : « Aucun » ne peut pas être combiné avec un autre traitement systémique.",
    "‘{field}’: ‘None’ cannot be combined with another systemic therapy.",
    "„{field}“: „Keine“ kann nicht mit einer anderen systemischen Therapie kombiniert werden.",
  ),
  "SRT-E16.trialId": t(
    "‘{field}’: geef voor een klinische studie een geldig EudraCT-nummer (jjjj-nnnnnn-nn) of EU CT-nummer (jjjj-nnnnnn-nn-nn).",
    "« {field} » : pour un essai clinique, indiquez un numéro EudraCT (aaaa-nnnnnn-nn) ou EU CT (aaaa-nnnnnn-nn-nn) valide.",
    "‘{field}’: for a clinical trial, give a valid EudraCT (yyyy-nnnnnn-nn) or EU CT (yyyy-nnnnnn-nn-nn) number.",
    "„{field}“: Geben Sie für eine klinische Studie eine gültige EudraCT- (jjjj-nnnnnn-nn) oder EU-CT-Nummer (jjjj-nnnnnn-nn-nn) an.",
  ),
  "SRT-W01": t(
    "‘{field}’: de combinatie van topografie {topography} en histologie {morphology} is onwaarschijnlijk ({family}). Gelieve na te kijken.",
    "« {field} » : la combinaison de la topographie {topography} et de l'histologie {morphology} est peu probable ({family}). Veuillez vérifier.",
    "‘{field}’: the combination of topography {topography} and histology {morphology} is unlikely ({family}). Please verify.",
    "„{field}“: Die Kombination von Topographie {topography} und Histologie {morphology} ist unwahrscheinlich ({family}). Bitte prüfen.",
  ),
  "SRT-W02": t(
    "‘{field}’: topografie {code} is vaag gecodeerd; specificeer de lokalisatie indien mogelijk.",
    "« {field} » : la topographie {code} est codée de manière imprécise ; précisez la localisation si possible.",
    "‘{field}’: topography {code} is vaguely coded; specify the site if possible.",
    "„{field}“: Topographie {code} ist ungenau kodiert; geben Sie die Lokalisation nach Möglichkeit genauer an.",
  ),
  "SRT-W03": t(
    "‘{field}’: topografie {code} is zeldzaam op de leeftijd van {age} jaar. Gelieve na te kijken.",
    "« {field} » : la topographie {code} est rare à l'âge de {age} ans. Veuillez vérifier.",
    "‘{field}’: topography {code} is rare at the age of {age}. Please verify.",
    "„{field}“: Topographie {code} ist im Alter von {age} Jahren selten. Bitte prüfen.",
  ),
  "SRT-W04.dosePerFraction": t(
    "‘{field}’: een dosis per fractie van {value} Gy (meer dan {max} Gy) is ongebruikelijk. Gelieve na te kijken.",
    "« {field} » : une dose par fraction de {value} Gy (plus de {max} Gy) est inhabituelle. Veuillez vérifier.",
    "‘{field}’: a dose per fraction of {value} Gy (more than {max} Gy) is unusual. Please verify.",
    "„{field}“: Eine Dosis pro Fraktion von {value} Gy (mehr als {max} Gy) ist ungewöhnlich. Bitte prüfen.",
  ),
  "SRT-W04.fractions": t(
    "‘{field}’: {value} fracties (meer dan {max}) is ongebruikelijk voor stereotactische radiotherapie. Gelieve na te kijken.",
    "« {field} » : {value} fractions (plus de {max}) est inhabituel pour une radiothérapie stéréotaxique. Veuillez vérifier.",
    "‘{field}’: {value} fractions (more than {max}) is unusual for stereotactic radiotherapy. Please verify.",
    "„{field}“: {value} Fraktionen (mehr als {max}) sind für eine stereotaktische Strahlentherapie ungewöhnlich. Bitte prüfen.",
  ),
  "SRT-W05": t(
    "‘{field}’: het plan duurt {days} dagen (meer dan {max} dagen). Gelieve na te kijken.",
    "« {field} » : le plan dure {days} jours (plus de {max} jours). Veuillez vérifier.",
    "‘{field}’: the plan lasts {days} days (more than {max} days). Please verify.",
    "„{field}“: Der Plan dauert {days} Tage (mehr als {max} Tage). Bitte prüfen.",
  ),
  "SRT-W06": t(
    "‘{field}’: {count} gekende metastatische letsels (meer dan {max}) is ongebruikelijk voor oligometastatische ziekte. Gelieve na te kijken.",
    "« {field} » : {count} lésions métastatiques connues (plus de {max}) est inhabituel pour une maladie oligométastatique. Veuillez vérifier.",
    "‘{field}’: {count} known metastatic lesions (more than {max}) is unusual for oligometastatic disease. Please verify.",
    "„{field}“: {count} bekannte metastatische Läsionen (mehr als {max}) sind für eine oligometastasierte Erkrankung ungewöhnlich. Bitte prüfen.",
  ),
  "SRT-W07": t(
    "‘{field}’: de incidentiedatum ligt meer dan 10 jaar vóór de start van het eerste plan ({start}). Gelieve na te kijken.",
    "« {field} » : la date d'incidence précède de plus de 10 ans le début du premier plan ({start}). Veuillez vérifier.",
    "‘{field}’: the incidence date is more than 10 years before the start of the first plan ({start}). Please verify.",
    "„{field}“: Das Inzidenzdatum liegt mehr als 10 Jahre vor dem Beginn des ersten Plans ({start}). Bitte prüfen.",
  ),
  "SRT-W08": t(
    "‘{field}’: de registratie wordt laattijdig verzonden; de uiterste datum was {deadline} (30 juni van het jaar na de start van het eerste plan).",
    "« {field} » : l'enregistrement est envoyé tardivement ; la date limite était le {deadline} (30 juin de l'année suivant le début du premier plan).",
    "‘{field}’: the registration is sent late; the deadline was {deadline} (30 June of the year after the start of the first plan).",
    "„{field}“: Die Registrierung wird verspätet gesendet; die Frist war der {deadline} (30. Juni des Jahres nach dem Beginn des ersten Plans).",
  ),
};
