import type { PersonValue } from "@/lib/modules/field-types/person";
import type { ModuleRule, RuleFinding } from "@/lib/modules/types";
import { mocDiscussed, rule } from "./helpers";

/**
 * Vervolg 2 and the follow-up's III: the MOC participants (both forms have the same fields).
 * Every physician is a person value whose RIZIV/INAMI number the person type has checked (11
 * digits, valid check digits: a wrong one is a format error, A55-E00), so these rules compare numbers.
 */

export interface MocFields {
  mocReasons?: readonly string[];
  coordinatingPhysician?: PersonValue;
  requester?: PersonValue;
  coordinator?: PersonValue;
  mocParticipants?: readonly { physician?: PersonValue }[];
  extramural?: PersonValue;
}

function* eachPhysician(data: MocFields): Generator<{ path: string; person: PersonValue; participant: boolean }> {
  const single = [
    ["coordinatingPhysician", data.coordinatingPhysician, false],
    ["requester", data.requester, false],
    ["coordinator", data.coordinator, false],
  ] as const;
  for (const [path, person, participant] of single) if (person) yield { path, person, participant };
  for (const [index, item] of (data.mocParticipants ?? []).entries()) if (item.physician) yield { path: `mocParticipants.${index}.physician`, person: item.physician, participant: true };
  if (data.extramural) yield { path: "extramural", person: data.extramural, participant: true };
}

export const duplicateParticipant = <TData extends MocFields>(): ModuleRule<TData> =>
  rule<TData>("A55-E61", "error", "The same physician (RIZIV/INAMI number) is listed twice among the participants.", (data) => {
    if (!mocDiscussed(data)) return [];
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const { path, person, participant } of eachPhysician(data)) {
      if (!participant) continue;
      if (seen.has(person.riziv)) findings.push({ path, params: { value: person.riziv } });
      seen.add(person.riziv);
    }
    return findings;
  });

/** Reading of the nomenclature (350276–350280): at least 3 different physicians take part (README). */
export const MIN_MOC_PHYSICIANS = 3;

export const tooFewPhysicians = <TData extends MocFields>(): ModuleRule<TData> =>
  rule<TData>("A55-W60", "warning", `Fewer than ${MIN_MOC_PHYSICIANS} different physicians at the MOC.`, (data) => {
    if (!mocDiscussed(data)) return [];
    const physicians = new Set([...eachPhysician(data)].map(({ person }) => person.riziv));
    return physicians.size < MIN_MOC_PHYSICIANS ? [{ path: "mocParticipants", params: { count: physicians.size, minimum: MIN_MOC_PHYSICIANS } }] : [];
  });
