import { ageAt, parsedTumour, rule, type StandardRule } from "./helpers";

/** Item 9: other classification and stage (X30–X34). */

const BRESLOW = /^\d+([.,]\d)?$/;
const breslowMm = (stage: string) => Number(stage.replace(",", "."));

export const childhoodStageForAdult: StandardRule = rule("A55-W130", "warning", "Childhood Cancer Stage for a patient aged 20 or more (X30).", (data, context) => {
  const age = ageAt(context, data.incidenceDate);
  return data.otherClassification === "1" && age !== undefined && age >= 20 ? [{ path: "otherClassification", params: { age } }] : [];
});

export const figoOutsideGynaecology: StandardRule = rule("A55-W131", "warning", "FIGO outside the female genital organs C51–C58 (X31).", (data) => {
  const { site } = parsedTumour(data);
  return data.otherClassification === "2" && site !== undefined && (site < 51 || site > 58) ? [{ path: "otherClassification", params: { code: data.topography ?? "" } }] : [];
});

export const luganoOutsideLymphoma: StandardRule = rule("A55-W132", "warning", "Lugano outside lymphoma morphologies 9590–9729 (X32).", (data) => {
  const { histology } = parsedTumour(data);
  return data.otherClassification === "3" && histology !== undefined && (histology < 9590 || histology > 9729) ? [{ path: "otherClassification", params: { code: data.morphology ?? "" } }] : [];
});

export const breslowImplausible: StandardRule = rule("A55-W133", "warning", "Breslow outside melanoma 8720–8790, or thicker than 30 mm (X33).", (data) => {
  if (data.otherClassification !== "4") return [];
  const { histology } = parsedTumour(data);
  if (histology !== undefined && (histology < 8720 || histology > 8790)) return [{ path: "otherClassification", messageKey: "A55-W133.melanoma", params: { code: data.morphology ?? "" } }];
  if (data.otherStage && BRESLOW.test(data.otherStage) && breslowMm(data.otherStage) > 30) return [{ path: "otherStage", messageKey: "A55-W133.thickness", params: { value: data.otherStage } }];
  return [];
});

export const stageMissing: StandardRule = rule("A55-E134", "error", "A classification chosen without its stage, or a Breslow stage that is not a number of mm (X34).", (data) => {
  if (!data.otherClassification) return [];
  if (!data.otherStage) return [{ path: "otherStage", messageKey: "A55-E134.missing" }];
  if (data.otherClassification === "4" && !BRESLOW.test(data.otherStage)) return [{ path: "otherStage", messageKey: "A55-E134.breslow", params: { value: data.otherStage } }];
  return [];
});
