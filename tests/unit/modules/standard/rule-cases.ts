import type { StandardDraft, StandardFollowUp } from "@/lib/modules/standard/schema";
import type { ValidationContext } from "@/lib/modules/types";
import type { Severity } from "@/lib/validation/types";
import * as f from "./fixtures";

/**
 * One failing and one passing example per rule and form (several for rules with several
 * branches). `failing` must report `ruleId` at `path`; `also` lists the other rules the same data
 * legitimately break. `passing` must not report `ruleId`.
 */
export interface RuleCase {
  name: string;
  form: "initial" | "followUp";
  ruleId: string;
  path: string;
  messageKey?: string;
  also?: string[];
  failing: { data: unknown; context?: ValidationContext };
  passing: { data: unknown; context?: ValidationContext };
}

const severityOf = (ruleId: string): Severity => (ruleId.includes("-E") ? "error" : ruleId.includes("-I") ? "information" : "warning");
export { severityOf };

function edit<T>(base: T, change: (draft: T) => void): T {
  const draft = f.copy(base);
  change(draft);
  return draft;
}
const lung = (change: (draft: StandardDraft) => void) => edit(f.lungCancer, change);
const breast = (change: (draft: StandardDraft) => void) => edit(f.maleBreastCancer, change);
const prostate = (change: (draft: StandardDraft) => void) => edit(f.prostateCancer, change);
const recurrence = (change: (draft: StandardFollowUp) => void) => edit(f.breastRecurrence, change);
const born = (birthDate: string, sex: "M" | "F" = "M"): ValidationContext => ({ ...f.context, patient: { birthDate, sex } });
const row = (draft: StandardDraft, index: number) => {
  const found = draft.treatments?.[index];
  if (!found) throw new Error(`fixture has no treatment ${index}`);
  return found;
};

type Case = Omit<RuleCase, "form">;
const initial = (cases: Case[]): RuleCase[] => cases.map((c) => ({ ...c, form: "initial" }));
const followUp = (cases: Case[]): RuleCase[] => cases.map((c) => ({ ...c, form: "followUp" }));

export const ruleCases: RuleCase[] = [
  ...initial([
    { name: "basis code outside the list", ruleId: "A55-E00", path: "basisOfDiagnosis", failing: { data: { ...f.lungCancer, basisOfDiagnosis: "1" } }, passing: { data: f.lungCancer } },
    { name: "incidence date missing", ruleId: "A55-E01", path: "incidenceDate", failing: { data: lung((d) => void delete d.incidenceDate) }, passing: { data: f.lungCancer } },
    { name: "grade missing for a malignant tumour", ruleId: "A55-E01", path: "grade", failing: { data: lung((d) => void delete d.grade) }, passing: { data: lung((d) => { delete d.grade; d.morphology = "8140/2"; d.cT = "Tis"; delete d.pT; }) } },
    { name: "menopausal status missing for a breast tumour", ruleId: "A55-E01", path: "menopausalStatus", failing: { data: breast((d) => void delete d.menopausalStatus) }, passing: { data: lung((d) => void delete d.menopausalStatus) } },
    { name: "other marker without its name (a grid cell required by its row)", ruleId: "A55-E01", path: "markers.other.name", failing: { data: breast((d) => void (d.markers = { other: { tumour1: "positief" } })) }, passing: { data: breast((d) => void (d.markers = { other: { name: "AR", tumour1: "positief" } })) } },
    { name: "MOC date missing once a reason is ticked", ruleId: "A55-E01", path: "mocDate", failing: { data: lung((d) => void delete d.mocDate) }, passing: { data: prostate((d) => void delete d.mocDate) } },
    { name: "marker date in the future", ruleId: "A55-E05", path: "markers.ki67.date", failing: { data: breast((d) => void (d.markers = { ki67: { date: "2025-05-01" } })) }, passing: { data: lung((d) => void (d.markers = { ki67: { date: "2025-05-01" } })) } },
    { name: "marker date before birth", ruleId: "A55-E06", path: "receptors.er.date", failing: { data: breast((d) => void (d.receptors!.er!.date = "1950-01-01")) }, passing: { data: f.maleBreastCancer } },
    { name: "metastatic behaviour", ruleId: "A55-E07", path: "morphology", also: ["A55-W112"], failing: { data: lung((d) => void (d.morphology = "8140/6")) }, passing: { data: f.lungCancer } },
    { name: "unknown topography", ruleId: "A55-E13", path: "topography", messageKey: "A55-E13.topography", failing: { data: lung((d) => void (d.topography = "C34.7")) }, passing: { data: f.lungCancer } },
    { name: "unknown histology", ruleId: "A55-E13", path: "morphology", messageKey: "A55-E13.morphology", failing: { data: lung((d) => void (d.morphology = "8888/3")) }, passing: { data: f.lungCancer } },
    { name: "malformed EudraCT number", ruleId: "A55-E16", path: "trialNumber", failing: { data: lung((d) => { d.clinicalTrial = "YES"; d.trialNumber = "2024-1234"; }) }, passing: { data: lung((d) => { d.clinicalTrial = "YES"; d.trialNumber = "2024-123456-12"; }) } },
    { name: "EU CT number accepted", ruleId: "A55-E16", path: "trialNumber", failing: { data: lung((d) => { d.clinicalTrial = "YES"; d.trialNumber = "2024-51234-12-00"; }) }, passing: { data: lung((d) => { d.clinicalTrial = "YES"; d.trialNumber = "2024-512345-12-00"; }) } },
    { name: "treatment before birth", ruleId: "A55-E41", path: "treatments.0.startDate", also: ["A55-W142"], failing: { data: lung((d) => void (row(d, 0).startDate = "1950-01-01")) }, passing: { data: f.lungCancer } },
    { name: "end before start (X47)", ruleId: "A55-E42", path: "treatments.1.endDate", failing: { data: lung((d) => void (row(d, 1).endDate = "2024-12-01")) }, passing: { data: f.lungCancer } },
    { name: "code 80 without comment (X48)", ruleId: "A55-E43", path: "treatments.1.comment", failing: { data: lung((d) => void (row(d, 1).code = "80")) }, passing: { data: lung((d) => { row(d, 1).code = "80"; row(d, 1).comment = "Electrochemotherapie"; }) } },
    { name: "menopausal status of a man", ruleId: "A55-E50", path: "menopausalStatus", failing: { data: breast((d) => void (d.menopausalStatus = "YES")) }, passing: { data: breast((d) => void (d.menopausalStatus = "YES")), context: born("1962-02-14", "F") } },
    { name: "Ki-67 above 100 %", ruleId: "A55-E54", path: "markers.ki67.tumour1", failing: { data: breast((d) => void (d.markers = { ki67: { tumour1: 120 } })) }, passing: { data: breast((d) => void (d.markers = { ki67: { tumour1: 120, notTested: true } })) } },
    { name: "more positive nodes than examined", ruleId: "A55-E58", path: "lymphNodes.sentinel.positive", also: ["A55-W128"], failing: { data: breast((d) => void (d.lymphNodes!.sentinel!.positive = 3)) }, passing: { data: f.maleBreastCancer } },
    { name: "RIZIV check digits wrong (the person type's check)", ruleId: "A55-E00", path: "requester", failing: { data: { ...f.lungCancer, requester: { ...f.physicians.dubois, riziv: "23456777003" } } }, passing: { data: lung((d) => void (d.requester = { ...f.physicians.dubois, riziv: "23456776003" })) } },
    { name: "same participant twice", ruleId: "A55-E61", path: "mocParticipants.1.physician", failing: { data: lung((d) => void (d.mocParticipants = [{ physician: f.physicians.janssens }, { physician: f.physicians.janssens }])) }, passing: { data: f.lungCancer } },
    { name: "ovary for a man (X07)", ruleId: "A55-E107", path: "topography", messageKey: "A55-E107.male", failing: { data: lung((d) => void (d.topography = "C56.9")) }, passing: { data: lung((d) => void (d.topography = "C56.9")), context: born("1962-02-14", "F") } },
    { name: "lineage grade for a carcinoma (X10)", ruleId: "A55-E110", path: "grade", failing: { data: lung((d) => void (d.grade = "5")) }, passing: { data: f.lungCancer } },
    { name: "TNM outside the UICC syntax (X20)", ruleId: "A55-E120", path: "cT", failing: { data: lung((d) => void (d.cT = "T5")) }, passing: { data: lung((d) => void (d.cT = "T1mi")) } },
    { name: "pM0 (X23)", ruleId: "A55-E123", path: "pM", failing: { data: lung((d) => void (d.pM = "M0")) }, passing: { data: lung((d) => void (d.cM = "M0")) } },
    { name: "classification without stage (X34)", ruleId: "A55-E134", path: "otherStage", messageKey: "A55-E134.missing", failing: { data: lung((d) => void (d.otherClassification = "5")) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "IIA"; }) } },
    { name: "Breslow not a number (X34)", ruleId: "A55-E134", path: "otherStage", messageKey: "A55-E134.breslow", also: ["A55-W133"], failing: { data: lung((d) => { d.otherClassification = "4"; d.otherStage = "dik"; }) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "dik"; }) } },
    { name: "over 100 at incidence", ruleId: "A55-W01", path: "incidenceDate", failing: { data: f.lungCancer, context: born("1920-01-01") }, passing: { data: f.lungCancer, context: born("1930-01-01") } },
    { name: "incidence more than 5 years ago", ruleId: "A55-W02", path: "incidenceDate", also: ["A55-W03"], failing: { data: lung((d) => void (d.incidenceDate = "2019-01-10")) }, passing: { data: f.lungCancer } },
    { name: "sent more than 6 months after incidence", ruleId: "A55-W03", path: "incidenceDate", failing: { data: lung((d) => void (d.incidenceDate = "2024-08-01")) }, passing: { data: lung((d) => void (d.incidenceDate = "2024-08-01")), context: { ...f.context, sendDate: new Date("2025-01-20T10:00:00Z") } } },
    { name: "sent less than 4 months after incidence (information)", ruleId: "A55-I01", path: "incidenceDate", also: ["A55-W41"], failing: { data: f.lungCancer, context: { ...f.context, today: new Date("2024-12-01T10:00:00Z"), sendDate: new Date("2024-12-01T10:00:00Z") } }, passing: { data: f.lungCancer } },
    { name: "vague site", ruleId: "A55-W04", path: "topography", failing: { data: prostate((d) => void (d.topography = "C76.0")) }, passing: { data: f.prostateCancer } },
    { name: "paired organ coded unpaired", ruleId: "A55-W05", path: "laterality", failing: { data: lung((d) => void (d.laterality = "3")) }, passing: { data: f.lungCancer } },
    { name: "unpaired organ with a side", ruleId: "A55-W06", path: "laterality", failing: { data: prostate((d) => void (d.laterality = "1")) }, passing: { data: f.prostateCancer } },
    { name: "behaviour not listed for the histology", ruleId: "A55-W07", path: "morphology", also: ["A55-W112"], failing: { data: lung((d) => void (d.morphology = "8070/1")) }, passing: { data: f.lungCancer } },
    { name: "trial without number (X46)", ruleId: "A55-W08", path: "trialNumber", failing: { data: lung((d) => void (d.clinicalTrial = "YES")) }, passing: { data: lung((d) => void (d.clinicalTrial = "UNKNOWN")) } },
    { name: "code 5 outside breast (X40)", ruleId: "A55-W40", path: "treatments.0.code", failing: { data: lung((d) => void d.treatments?.unshift({ code: "5", campus: "710", startDate: "2024-10-21" })) }, passing: { data: f.maleBreastCancer } },
    { name: "treatment ending in the future", ruleId: "A55-W41", path: "treatments.1.endDate", failing: { data: lung((d) => void (row(d, 1).endDate = "2025-06-01")) }, passing: { data: f.lungCancer } },
    { name: "'not applicable' for a woman", ruleId: "A55-W50", path: "menopausalStatus", failing: { data: f.maleBreastCancer, context: born("1962-02-14", "F") }, passing: { data: f.maleBreastCancer } },
    { name: "HER2 3+ not positive", ruleId: "A55-W51", path: "her2.status.tumour1", failing: { data: breast((d) => void (d.her2 = { ihc: { tumour1: "3+" }, status: { tumour1: "LOW" } })) }, passing: { data: breast((d) => void (d.her2 = { ihc: { tumour1: "3+" }, status: { tumour1: "POSITIVE" } })) } },
    { name: "HER2 0 not negative", ruleId: "A55-W52", path: "her2.status.tumour1", failing: { data: breast((d) => void (d.her2 = { ihc: { tumour1: "0" }, status: { tumour1: "LOW" } })) }, passing: { data: breast((d) => void (d.her2 = { ihc: { tumour1: "0" }, status: { tumour1: "NEGATIVE" } })) } },
    { name: "HER2 1+ positive, tumour 2", ruleId: "A55-W53", path: "her2.status.tumour2", failing: { data: breast((d) => { d.multifocal = true; d.her2 = { ihc: { tumour2: "1+" }, status: { tumour2: "POSITIVE" } }; }) }, passing: { data: breast((d) => void (d.her2 = { ihc: { tumour2: "1+" }, status: { tumour2: "POSITIVE" } })) } },
    { name: "diameter above 200 mm, checked only after surgery (B3 shown)", ruleId: "A55-W57", path: "invasiveDiameterMm", also: ["A55-W127"], failing: { data: breast((d) => void (d.invasiveDiameterMm = 250)) }, passing: { data: breast((d) => { d.invasiveDiameterMm = 250; d.treatments = d.treatments!.filter((t) => t.code !== "10"); }) } },
    { name: "invasive size of an in situ tumour", ruleId: "A55-W55", path: "invasiveDiameterMm", also: ["A55-W112", "A55-W124"], failing: { data: breast((d) => void (d.morphology = "8500/2")) }, passing: { data: f.maleBreastCancer } },
    { name: "no invasive size for an invasive tumour", ruleId: "A55-W56", path: "invasiveDiameterMm", failing: { data: breast((d) => void (d.invasiveDiameterMm = 0)) }, passing: { data: f.maleBreastCancer } },
    { name: "diameter above 200 mm", ruleId: "A55-W57", path: "inSituDiameterMm", failing: { data: breast((d) => void (d.inSituDiameterMm = 250)) }, passing: { data: breast((d) => void (d.inSituDiameterMm = 20)) } },
    { name: "two physicians at a MOC", ruleId: "A55-W60", path: "mocParticipants", failing: { data: lung((d) => { d.requester = d.coordinator; d.mocParticipants = [{ physician: f.physicians.dubois }]; }) }, passing: { data: f.lungCancer } },
    { name: "MOC long before incidence", ruleId: "A55-W61", path: "mocDate", failing: { data: lung((d) => void (d.mocDate = "2024-09-01")) }, passing: { data: lung((d) => void (d.mocDate = "2024-10-01")) } },
    { name: "clinical basis for an adenocarcinoma (X01)", ruleId: "A55-W101", path: "basisOfDiagnosis", failing: { data: prostate((d) => void (d.basisOfDiagnosis = "6")) }, passing: { data: prostate((d) => { d.basisOfDiagnosis = "6"; d.morphology = "8000/3"; }) } },
    { name: "primary histology with unknown primary (X02)", ruleId: "A55-W102", path: "basisOfDiagnosis", also: ["A55-W04", "A55-W06"], failing: { data: lung((d) => void (d.topography = "C80.9")) }, passing: { data: f.lungCancer } },
    { name: "in situ on a metastasis's histology (X03)", ruleId: "A55-W103", path: "basisOfDiagnosis", also: ["A55-W55", "A55-W112", "A55-W124"], failing: { data: breast((d) => { d.morphology = "8500/2"; d.basisOfDiagnosis = "3"; }) }, passing: { data: breast((d) => { d.morphology = "8500/3"; d.basisOfDiagnosis = "3"; }) } },
    { name: "microscopy with 8000 (X04)", ruleId: "A55-W104", path: "basisOfDiagnosis", failing: { data: lung((d) => void (d.morphology = "8000/3")) }, passing: { data: f.lungCancer } },
    { name: "tumour marker for a lung tumour (X05)", ruleId: "A55-W105", path: "basisOfDiagnosis", also: ["A55-W101"], failing: { data: lung((d) => void (d.basisOfDiagnosis = "7")) }, passing: { data: prostate((d) => { d.basisOfDiagnosis = "7"; d.morphology = "8000/3"; }) } },
    { name: "molecular basis for a carcinoma (X06)", ruleId: "A55-W106", path: "basisOfDiagnosis", failing: { data: lung((d) => void (d.basisOfDiagnosis = "8")) }, passing: { data: f.lungCancer } },
    { name: "uterine morphology for a man (X08)", ruleId: "A55-W108", path: "morphology", also: ["A55-W109"], failing: { data: lung((d) => void (d.morphology = "8380/3")) }, passing: { data: lung((d) => void (d.morphology = "8380/3")), context: born("1962-02-14", "F") } },
    { name: "hepatocellular carcinoma in the lung (X09)", ruleId: "A55-W109", path: "morphology", failing: { data: lung((d) => void (d.morphology = "8170/3")) }, passing: { data: f.lungCancer } },
    { name: "grade not implied (X11)", ruleId: "A55-W111", path: "grade", failing: { data: lung((d) => void (d.morphology = "8020/3")) }, passing: { data: lung((d) => { d.morphology = "8020/3"; d.grade = "4"; }) } },
    { name: "grade for a benign tumour (X12)", ruleId: "A55-W112", path: "grade", failing: { data: lung((d) => void (d.morphology = "8140/1")) }, passing: { data: lung((d) => { d.morphology = "8140/1"; d.grade = "9"; }), } },
    { name: "in situ in bone (X13)", ruleId: "A55-W113", path: "morphology", also: ["A55-W06", "A55-W109", "A55-W112", "A55-W124"], failing: { data: lung((d) => { d.topography = "C41.2"; d.morphology = "8140/2"; }) }, passing: { data: lung((d) => { d.topography = "C41.2"; d.morphology = "8140/3"; }) } },
    { name: "adenocarcinoma of the lung at 14 (X14)", ruleId: "A55-W114", path: "morphology", failing: { data: f.lungCancer, context: born("2010-01-01") }, passing: { data: f.lungCancer } },
    { name: "Ta for a breast tumour (X21)", ruleId: "A55-W121", path: "cT", failing: { data: breast((d) => void (d.cT = "Ta")) }, passing: { data: breast((d) => void (d.cT = "T4d")) } },
    { name: "TNM for a lymphoma (X22)", ruleId: "A55-W122", path: "cT", also: ["A55-W111"], failing: { data: lung((d) => void (d.morphology = "9680/3")) }, passing: { data: lung((d) => { d.morphology = "9680/3"; d.grade = "6"; d.cT = d.cN = d.cM = d.pT = d.pN = undefined; }) } },
    { name: "Tis for an invasive tumour (X24)", ruleId: "A55-W124", path: "cT", failing: { data: lung((d) => void (d.cT = "Tis")) }, passing: { data: f.lungCancer } },
    { name: "pT without surgery (X25)", ruleId: "A55-W125", path: "pT", failing: { data: prostate((d) => void (d.pT = "T2")) }, passing: { data: f.prostateCancer } },
    { name: "ypT without neoadjuvant treatment (X26)", ruleId: "A55-W126", path: "ypT", failing: { data: lung((d) => void (d.ypT = "T1a")) }, passing: { data: lung((d) => { d.ypT = "T1a"; row(d, 1).startDate = "2024-10-28"; row(d, 1).endDate = "2024-11-10"; d.treatments?.reverse(); }) } },
    { name: "pT1 with 35 mm (X27)", ruleId: "A55-W127", path: "pT", failing: { data: breast((d) => void (d.invasiveDiameterMm = 35)) }, passing: { data: breast((d) => { d.invasiveDiameterMm = 35; d.pT = "T2"; }) } },
    { name: "pN1 without positive node (X28)", ruleId: "A55-W128", path: "pN", failing: { data: breast((d) => void (d.pN = "N1a")) }, passing: { data: breast((d) => { d.pN = "N1a"; d.lymphNodes!.sentinel!.positive = 1; }) } },
    { name: "childhood stage for an adult (X30)", ruleId: "A55-W130", path: "otherClassification", failing: { data: lung((d) => { d.otherClassification = "1"; d.otherStage = "II"; }) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "II"; }) } },
    { name: "FIGO for the lung (X31)", ruleId: "A55-W131", path: "otherClassification", failing: { data: lung((d) => { d.otherClassification = "2"; d.otherStage = "IB"; }) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "IB"; }) } },
    { name: "Lugano for a carcinoma (X32)", ruleId: "A55-W132", path: "otherClassification", failing: { data: lung((d) => { d.otherClassification = "3"; d.otherStage = "II"; }) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "II"; }) } },
    { name: "Breslow for a carcinoma (X33)", ruleId: "A55-W133", path: "otherClassification", messageKey: "A55-W133.melanoma", failing: { data: lung((d) => { d.otherClassification = "4"; d.otherStage = "1.2"; }) }, passing: { data: lung((d) => { d.otherClassification = "5"; d.otherStage = "1.2"; }) } },
    { name: "Breslow of 35 mm (X33)", ruleId: "A55-W133", path: "otherStage", messageKey: "A55-W133.thickness", failing: { data: lung((d) => { d.topography = "C44.5"; d.morphology = "8720/3"; d.laterality = "1"; d.otherClassification = "4"; d.otherStage = "35"; }) }, passing: { data: lung((d) => { d.topography = "C44.5"; d.morphology = "8720/3"; d.laterality = "1"; d.otherClassification = "4"; d.otherStage = "3,5"; }) } },
    { name: "rows out of order (X41)", ruleId: "A55-W141", path: "treatments.1.startDate", failing: { data: lung((d) => void d.treatments?.reverse()) }, passing: { data: f.lungCancer } },
    { name: "treatment long before incidence (X42)", ruleId: "A55-W142", path: "treatments.0.startDate", failing: { data: lung((d) => void (row(d, 0).startDate = "2024-08-01")) }, passing: { data: lung((d) => void (row(d, 0).startDate = "2024-10-01")) } },
    { name: "no therapy with a treatment (X43)", ruleId: "A55-W143", path: "treatments.2.code", failing: { data: lung((d) => void d.treatments?.push({ code: "90", campus: "710", startDate: "2025-03-01" })) }, passing: { data: lung((d) => void (d.treatments = [{ code: "90", campus: "710", startDate: "2024-11-01" }])) } },
    { name: "HSCT for a carcinoma (X44)", ruleId: "A55-W144", path: "treatments.2.code", failing: { data: lung((d) => void d.treatments?.push({ code: "16", campus: "710", startDate: "2025-03-01" })) }, passing: { data: lung((d) => void d.treatments?.push({ code: "20", campus: "710", startDate: "2025-03-01" })) } },
  ]),
  ...followUp([
    { name: "interval answer outside the list", ruleId: "A55-E00", path: "diseaseFreeInterval", failing: { data: { ...f.breastRecurrence, diseaseFreeInterval: "MAYBE" } }, passing: { data: f.breastRecurrence } },
    { name: "site missing", ruleId: "A55-E01", path: "topography", failing: { data: recurrence((d) => void delete d.topography) }, passing: { data: f.breastRecurrence } },
    { name: "recurrence type missing after a disease-free interval", ruleId: "A55-E01", path: "recurrenceTypes", failing: { data: recurrence((d) => void delete d.recurrenceTypes) }, passing: { data: recurrence((d) => { delete d.recurrenceTypes; delete d.recurrenceDate; d.diseaseFreeInterval = "NO"; d.mocReasons = ["PROGRESSION"]; }) } },
    { name: "recurrence in the future", ruleId: "A55-E05", path: "recurrenceDate", failing: { data: recurrence((d) => void (d.recurrenceDate = "2025-06-01")) }, passing: { data: f.breastRecurrence } },
    { name: "incidence year before birth", ruleId: "A55-E06", path: "incidenceDate", failing: { data: recurrence((d) => void (d.incidenceDate = "1950")) }, passing: { data: recurrence((d) => void (d.incidenceDate = "1955")) } },
    { name: "metastatic behaviour", ruleId: "A55-E07", path: "morphology", failing: { data: recurrence((d) => void (d.morphology = "8500/6")) }, passing: { data: f.breastRecurrence } },
    { name: "unknown topography", ruleId: "A55-E13", path: "topography", messageKey: "A55-E13.topography", failing: { data: recurrence((d) => void (d.topography = "C99.9")) }, passing: { data: f.breastRecurrence } },
    { name: "code 80 without text", ruleId: "A55-E43", path: "treatmentPlan.0.comment", failing: { data: recurrence((d) => void (d.treatmentPlan = [{ code: "80" }])) }, passing: { data: recurrence((d) => void (d.treatmentPlan = [{ code: "80", comment: "Electrochemotherapie" }])) } },
    { name: "RIZIV number too short (the person type's check)", ruleId: "A55-E00", path: "coordinator", failing: { data: { ...f.breastRecurrence, coordinator: { ...f.physicians.peeters, riziv: "123" } } }, passing: { data: f.breastRecurrence } },
    { name: "same participant twice", ruleId: "A55-E61", path: "extramural", failing: { data: recurrence((d) => void (d.extramural = f.physicians.maes)) }, passing: { data: recurrence((d) => void (d.extramural = f.physicians.lambert)) } },
    { name: "recurrence without interval", ruleId: "A55-E70", path: "recurrenceDate", also: ["A55-W73"], failing: { data: recurrence((d) => void (d.diseaseFreeInterval = "NO")) }, passing: { data: f.breastRecurrence } },
    { name: "recurrence before the incidence year", ruleId: "A55-E71", path: "recurrenceDate", failing: { data: recurrence((d) => void (d.recurrenceDate = "2019-05-01")) }, passing: { data: recurrence((d) => void (d.recurrenceDate = "2020-05-01")) } },
    { name: "recurrence on the incidence day", ruleId: "A55-E71", path: "recurrenceDate", failing: { data: recurrence((d) => { d.incidenceDate = "2020-03-01"; d.recurrenceDate = "2020-03-01"; }) }, passing: { data: recurrence((d) => void (d.incidenceDate = "2020-03-01")) } },
    { name: "behaviour not listed", ruleId: "A55-W07", path: "morphology", failing: { data: recurrence((d) => void (d.morphology = "8500/1")) }, passing: { data: f.breastRecurrence } },
    { name: "two physicians", ruleId: "A55-W60", path: "mocParticipants", failing: { data: recurrence((d) => { d.requester = d.coordinator; d.mocParticipants = [{ physician: f.physicians.dubois }]; }) }, passing: { data: f.breastRecurrence } },
    { name: "no therapy with surgery", ruleId: "A55-W72", path: "treatmentPlan.1.code", failing: { data: recurrence((d) => void (d.treatmentPlan = [{ code: "10" }, { code: "90" }])) }, passing: { data: recurrence((d) => void (d.treatmentPlan = [{ code: "90" }])) } },
    { name: "recurrence reason without interval", ruleId: "A55-W73", path: "mocReasons", failing: { data: recurrence((d) => { d.diseaseFreeInterval = "NO"; delete d.recurrenceDate; delete d.recurrenceTypes; }) }, passing: { data: recurrence((d) => { d.diseaseFreeInterval = "NO"; delete d.recurrenceDate; delete d.recurrenceTypes; d.mocReasons = ["PROGRESSION"]; }) } },
  ]),
];
