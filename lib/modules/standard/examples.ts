import type { StandardDraft, StandardFollowUp } from "./schema";

/**
 * Complete, plausible registrations without any issue for a patient born on 1955-06-01, registered
 * on 2025-03-15: a man, a woman for the female breast cancer (`patientSexOf` in demo.ts says which
 * need which). The demo seed, the benchmark and the tests start from them. Their last treatment
 * day lies at most 60 days after the incidence date, so a draft moved to end up to 120 days ago
 * is still inside the send window (A55-W03). RIZIV numbers are made up but have valid check digits.
 */

export const physicians = {
  peeters: { lastName: "Peeters", firstName: "An", riziv: "12345625003" },
  dubois: { lastName: "Dubois", firstName: "Marc", riziv: "23456776003" },
  janssens: { lastName: "Janssens", firstName: "Els", riziv: "34567830003" },
  lambert: { lastName: "Lambert", firstName: "Luc", riziv: "45678981003" },
  maes: { lastName: "Maes", firstName: "Sofie", riziv: "56789045003" },
} as const;

/** The participants' rows of the MOC: one physician each. */
const participants = (...people: (typeof physicians)[keyof typeof physicians][]) => people.map((physician) => ({ physician }));

const moc = {
  mocReasons: ["NEW_DIAGNOSIS"],
  coordinatingPhysician: physicians.peeters,
  coordinatingPhysicianInstitution: "AZ Voorbeeld",
  coordinatingPhysicianDate: "2024-11-06",
  requester: physicians.dubois,
  coordinator: physicians.peeters,
  mocParticipants: participants(physicians.janssens, physicians.lambert),
  mocInstitution: "AZ Voorbeeld",
  mocDate: "2024-11-06",
} satisfies Partial<StandardDraft>;

/** Lung adenocarcinoma, operated, adjuvant chemotherapy, discussed at a MOC. */
export const lungCancer: StandardDraft = {
  incidenceDate: "2024-10-21",
  basisOfDiagnosis: "2",
  whoPerformanceStatus: "1",
  topography: "C34.1",
  laterality: "2",
  morphology: "8140/3",
  grade: "2",
  tnmEdition: "8",
  cT: "T2a",
  cN: "N0",
  cM: "M0",
  pT: "T2a",
  pN: "N0",
  clinicalTrial: "NO",
  treatments: [
    { code: "10", campus: "710", startDate: "2024-11-18" },
    { code: "40", campus: "710", startDate: "2024-12-16" },
  ],
  ...moc,
};

/** Breast cancer of a man: the breast supplement, sentinel node, radiotherapy and hormonal therapy. */
export const maleBreastCancer: StandardDraft = {
  incidenceDate: "2024-10-14",
  basisOfDiagnosis: "2",
  whoPerformanceStatus: "0",
  topography: "C50.4",
  laterality: "1",
  morphology: "8500/3",
  grade: "2",
  tnmEdition: "8",
  cT: "T1c",
  cN: "N0",
  cM: "M0",
  pT: "T1c",
  pN: "N0(sn)",
  clinicalTrial: "NO",
  treatments: [
    { code: "5", campus: "710", startDate: "2024-10-14" },
    { code: "10", campus: "710", startDate: "2024-11-04" },
    { code: "20", campus: "712", startDate: "2024-11-18", endDate: "2024-12-06" },
    { code: "50", campus: "710", startDate: "2024-12-12" },
  ],
  menopausalStatus: "NOT_APPLICABLE",
  receptors: { er: { date: "2024-10-16", tumour1: "POSITIVE" }, pr: { date: "2024-10-16", tumour1: "POSITIVE" } },
  her2: { ihc: { date: "2024-10-16", tumour1: "1+" }, status: { date: "2024-10-16", tumour1: "LOW" } },
  genes: { brca: { date: "2024-11-20", tumour1: "NO_MUTATION" } },
  markers: { ki67: { date: "2024-10-16", tumour1: 15 } },
  invasiveDiameterMm: 14,
  invasiveMarginMm: 4.5,
  lymphNodes: { sentinel: { examined: 2, positive: 0, date: "2024-11-04" } },
  ...moc,
  coordinatingPhysicianDate: "2024-10-24",
  mocDate: "2024-10-24",
  mocParticipants: participants(physicians.janssens, physicians.maes),
  extramural: physicians.lambert,
};

/** Breast cancer of a postmenopausal woman: breast-conserving surgery, sentinel node, radiotherapy, hormonal therapy. */
export const femaleBreastCancer: StandardDraft = {
  ...maleBreastCancer,
  extramural: undefined,
  topography: "C50.2",
  laterality: "2",
  menopausalStatus: "YES",
  mocParticipants: participants(physicians.janssens, physicians.lambert, physicians.maes),
};

/** Low-risk prostate cancer under active surveillance, not discussed at a MOC. */
export const prostateCancer: StandardDraft = {
  incidenceDate: "2024-11-04",
  basisOfDiagnosis: "2",
  whoPerformanceStatus: "0",
  topography: "C61.9",
  laterality: "3",
  morphology: "8140/3",
  grade: "1",
  tnmEdition: "8",
  cT: "T1c",
  cN: "N0",
  cM: "M0",
  clinicalTrial: "NO",
  treatments: [{ code: "75", campus: "710", startDate: "2024-11-25" }],
  comments: "Actieve opvolging met PSA om de 6 maanden.",
};

export const validRegistrations = { lungCancer, maleBreastCancer, femaleBreastCancer, prostateCancer } as const;

/** The follow-up of the breast cancer: a local recurrence, operated and irradiated. */
export const breastRecurrence: StandardFollowUp = {
  topography: "C50.4",
  morphology: "8500/3",
  incidenceDate: "2020",
  incidenceDateBasis: "1",
  diseaseFreeInterval: "YES",
  recurrenceDate: "2024-09-10",
  recurrenceDateBasis: "1",
  recurrenceTypes: ["LOCAL"],
  treatmentPlan: [{ code: "10" }, { code: "20" }],
  mocReasons: ["RECURRENCE"],
  coordinatingPhysician: physicians.peeters,
  requester: physicians.dubois,
  coordinator: physicians.peeters,
  mocParticipants: participants(physicians.janssens, physicians.maes),
  mocDate: "2024-09-20",
};

export const validFollowUps = { breastRecurrence } as const;
