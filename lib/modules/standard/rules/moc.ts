import type { ModuleRule, RuleFinding } from "@/lib/modules/types";
import { isValidRiziv, rizivDigits } from "../riziv";
import type { MocParticipant } from "../schema";
import { mocDiscussed, rule } from "./helpers";

/** Vervolg 2 and the follow-up's III: the MOC participants (both forms have the same fields). */

export interface MocFields {
  mocReasons?: readonly string[];
  coordinatingPhysicianRiziv?: string;
  requesterRiziv?: string;
  coordinatorRiziv?: string;
  mocParticipants?: readonly MocParticipant[];
  extramuralRiziv?: string;
}

function* eachRiziv(data: MocFields): Generator<{ path: string; value: string; participant: boolean }> {
  const single = [
    ["coordinatingPhysicianRiziv", data.coordinatingPhysicianRiziv, false],
    ["requesterRiziv", data.requesterRiziv, false],
    ["coordinatorRiziv", data.coordinatorRiziv, false],
  ] as const;
  for (const [path, value, participant] of single) if (value) yield { path, value, participant };
  for (const [index, person] of (data.mocParticipants ?? []).entries()) if (person.riziv) yield { path: `mocParticipants.${index}.riziv`, value: person.riziv, participant: true };
  if (data.extramuralRiziv) yield { path: "extramuralRiziv", value: data.extramuralRiziv, participant: true };
}

export const invalidRiziv = <TData extends MocFields>(): ModuleRule<TData> =>
  rule<TData>("A55-E60", "error", "A RIZIV/INAMI number without 11 digits or with wrong check digits.", (data) =>
    mocDiscussed(data) ? [...eachRiziv(data)].filter(({ value }) => !isValidRiziv(value)).map(({ path, value }) => ({ path, params: { value } })) : [],
  );

export const duplicateParticipant = <TData extends MocFields>(): ModuleRule<TData> =>
  rule<TData>("A55-E61", "error", "The same physician (RIZIV/INAMI number) is listed twice among the participants.", (data) => {
    if (!mocDiscussed(data)) return [];
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const { path, value, participant } of eachRiziv(data)) {
      const digits = rizivDigits(value);
      if (!participant || !digits) continue;
      if (seen.has(digits)) findings.push({ path, params: { value } });
      seen.add(digits);
    }
    return findings;
  });

/** Reading of the nomenclature (350276–350280): at least 3 different physicians take part (README). */
export const MIN_MOC_PHYSICIANS = 3;

export const tooFewPhysicians = <TData extends MocFields>(): ModuleRule<TData> =>
  rule<TData>("A55-W60", "warning", `Fewer than ${MIN_MOC_PHYSICIANS} different physicians at the MOC.`, (data) => {
    if (!mocDiscussed(data)) return [];
    const physicians = new Set([...eachRiziv(data)].map(({ value }) => rizivDigits(value) ?? value));
    return physicians.size < MIN_MOC_PHYSICIANS ? [{ path: "mocParticipants", params: { count: physicians.size, minimum: MIN_MOC_PHYSICIANS } }] : [];
  });
