import type { RuleFinding } from "@/lib/modules/types";
import { NODE_ROWS } from "../fields";
import { isBreast, isOperatedBreast, parsedTumour, rule, type StandardRule } from "./helpers";

/** Vervolg 1: checks of the breast supplement (only while it is shown, C50; B3 only after surgery). */

export const menopausalStatusForMan: StandardRule = rule("A55-E50", "error", "A male patient's menopausal status must be ‘not applicable’.", (data, context) =>
  isBreast(data) && context.patient.sex === "M" && data.menopausalStatus && data.menopausalStatus !== "NOT_APPLICABLE" ? [{ path: "menopausalStatus" }] : [],
);

export const notApplicableForWoman: StandardRule = rule("A55-W50", "warning", "A female patient's menopausal status is ‘not applicable’.", (data, context) =>
  isBreast(data) && context.patient.sex === "F" && data.menopausalStatus === "NOT_APPLICABLE" ? [{ path: "menopausalStatus" }] : [],
);

const tumours = (data: Parameters<StandardRule["check"]>[0]) => (data.multifocal === true ? (["1", "2"] as const) : (["1"] as const));

function her2Check(id: string, description: string, fires: (ihc: string, status: string) => boolean): StandardRule {
  return rule(id, "warning", description, (data) => {
    if (!isBreast(data)) return [];
    return tumours(data).flatMap((n) => {
      const ihc = data.her2?.ihc?.[`tumour${n}`];
      const status = data.her2?.status?.[`tumour${n}`];
      return ihc && status && fires(ihc, status) ? [{ path: `her2.status.tumour${n}`, params: { ihc, tumour: n } }] : [];
    });
  });
}

export const her2ThreePlusNotPositive = her2Check("A55-W51", "HER2 IHC 3+ but HER2 status not positive.", (ihc, status) => ihc === "3+" && status !== "POSITIVE");
export const her2ZeroNotNegative = her2Check("A55-W52", "HER2 IHC 0 but HER2 status not negative.", (ihc, status) => ihc === "0" && status !== "NEGATIVE");
export const her2OnePlusPositive = her2Check("A55-W53", "HER2 IHC 1+ with HER2 status positive (only 2+ is resolved by ISH).", (ihc, status) => ihc === "1+" && status === "POSITIVE");

export const ki67OutOfRange: StandardRule = rule("A55-E54", "error", "Ki-67 outside 0–100 %.", (data) => {
  const ki67 = data.markers?.ki67;
  if (!isBreast(data) || ki67?.notTested === true) return [];
  return tumours(data).flatMap((n) => {
    const value = ki67?.[`tumour${n}`];
    return value !== undefined && (value < 0 || value > 100) ? [{ path: `markers.ki67.tumour${n}`, params: { value } }] : [];
  });
});

export const invasiveSizeForInSitu: StandardRule = rule("A55-W55", "warning", "An invasive diameter above 0 for an in situ tumour (behaviour 2).", (data) =>
  isOperatedBreast(data) && parsedTumour(data).behaviour === "2" && (data.invasiveDiameterMm ?? 0) > 0 ? [{ path: "invasiveDiameterMm" }] : [],
);

export const noInvasiveSizeForInvasive: StandardRule = rule("A55-W56", "warning", "An invasive diameter of 0 for a malignant tumour (behaviour 3).", (data) =>
  isOperatedBreast(data) && parsedTumour(data).behaviour === "3" && data.invasiveDiameterMm === 0 ? [{ path: "invasiveDiameterMm" }] : [],
);

export const diameterTooLarge: StandardRule = rule("A55-W57", "warning", "A tumour diameter above 200 mm.", (data) => {
  if (!isOperatedBreast(data)) return [];
  return (["invasiveDiameterMm", "inSituDiameterMm"] as const).filter((key) => (data[key] ?? 0) > 200).map((key) => ({ path: key, params: { value: data[key]! } }));
});

export const morePositiveThanExamined: StandardRule = rule("A55-E58", "error", "More positive lymph nodes than examined.", (data) => {
  if (!isOperatedBreast(data)) return [];
  const findings: RuleFinding[] = [];
  for (const row of NODE_ROWS) {
    const examined = data.lymphNodes?.[row]?.examined;
    const positive = data.lymphNodes?.[row]?.positive;
    if (examined !== undefined && positive !== undefined && positive > examined) findings.push({ path: `lymphNodes.${row}.positive`, params: { examined, positive } });
  }
  return findings;
});
