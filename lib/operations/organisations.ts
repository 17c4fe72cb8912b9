/**
 * Operator use cases for organisations (`npm run admin`): add, list, deactivate. The hospital's
 * own access manager does the rest on the access-management page.
 */
import { z } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { parseInstitutionNumber } from "./institution-number";
import { recordOperatorEvent } from "./operator-audit";
import { failed, type OperationResult } from "./result";

const organisationKinds = ["HOSPITAL", "REGISTRY"] as const;

const ZName = z.string().trim().min(2, { error: "must have at least 2 characters" }).max(200, { error: "must have at most 200 characters" });

export const ZAddOrganisation = z
  .object({
    nihii: z.string({ error: "the RIZIV/INAMI number is required" }),
    nameNl: ZName.optional(),
    nameFr: ZName.optional(),
    nameEn: ZName.optional(),
    nameDe: ZName.optional(),
    kind: z.enum(organisationKinds, { error: `kind must be one of ${organisationKinds.join(", ")}` }).default("HOSPITAL"),
    postalCode: z.string().trim().regex(/^\d{4}$/, { error: "postal code must have 4 digits" }).optional(),
    town: ZName.optional(),
  })
  .refine((value) => value.nameNl || value.nameFr, { error: "a Dutch or a French name is required (--name-nl, --name-fr)", path: ["nameNl"] });

export type TAddOrganisation = z.input<typeof ZAddOrganisation>;

export interface OrganisationSummary {
  id: string;
  nihii: string;
  kind: string;
  name: string;
  names: { nl: string | null; fr: string | null; en: string | null; de: string | null };
  active: boolean;
  people: number;
  accessManagers: number;
}

export function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
}

export async function addOrganisation(input: TAddOrganisation, db: Db = getDb()): Promise<OperationResult<OrganisationSummary>> {
  const parsed = ZAddOrganisation.safeParse(input);
  const number = parseInstitutionNumber(input.nihii ?? "");
  const problems = [...(parsed.success ? [] : zodProblems(parsed.error)), ...(number.ok ? [] : [number.problem])];
  if (!parsed.success || !number.ok) return failed("invalidInput", ...problems);
  const { nameNl, nameFr, nameEn, nameDe, kind, postalCode, town } = parsed.data;
  const nihii = number.nihii;
  return db.$transaction(async (tx): Promise<OperationResult<OrganisationSummary>> => {
    const existing = await tx.organisation.findUnique({ where: { nihii }, select: { name: true } });
    if (existing) return failed("conflict", `an organisation with RIZIV/INAMI number ${nihii} exists already: ${existing.name}`);
    const created = await tx.organisation.create({
      data: { nihii, kind, name: (nameNl ?? nameFr)!, nameNl, nameFr, nameEn, nameDe, postalCode, town },
    });
    await recordOperatorEvent(tx, created.id, "operator.organisation.create", { nihii, name: created.name });
    return { ok: true, data: summarise(created, 0, 0) };
  });
}

export async function listOrganisations(db: Db = getDb()): Promise<OrganisationSummary[]> {
  const rows = await db.organisation.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    include: { memberships: { where: { active: true }, select: { personId: true, function: true } } },
  });
  return rows.map((row) =>
    summarise(row, new Set(row.memberships.map((m) => m.personId)).size, row.memberships.filter((m) => m.function === "ACCESS_MANAGER").length),
  );
}

/** Deactivates the organisation and every membership in it (nobody can sign in for it any more); its data stay. */
export async function deactivateOrganisation(nihiiInput: string, db: Db = getDb()): Promise<OperationResult<{ nihii: string; memberships: number }>> {
  const number = parseInstitutionNumber(nihiiInput);
  if (!number.ok) return failed("invalidInput", number.problem);
  return db.$transaction(async (tx): Promise<OperationResult<{ nihii: string; memberships: number }>> => {
    const organisation = await tx.organisation.findUnique({ where: { nihii: number.nihii } });
    if (!organisation) return failed("notFound", `no organisation has RIZIV/INAMI number ${number.nihii}`);
    if (!organisation.active) return failed("inactive", `${organisation.name} (${number.nihii}) is already deactivated`);
    await tx.organisation.update({ where: { id: organisation.id }, data: { active: false } });
    const { count } = await tx.membership.updateMany({ where: { organisationId: organisation.id, active: true }, data: { active: false } });
    await recordOperatorEvent(tx, organisation.id, "operator.organisation.deactivate", { nihii: number.nihii, memberships: count });
    return { ok: true, data: { nihii: number.nihii, memberships: count } };
  });
}

/** The organisation with this number, or a failure that says why not (also for inactive ones when `activeOnly`). */
export async function findOrganisation(
  db: Pick<Db, "organisation">,
  nihiiInput: string,
  activeOnly: boolean,
): Promise<OperationResult<{ id: string; name: string; nihii: string }>> {
  const number = parseInstitutionNumber(nihiiInput);
  if (!number.ok) return failed("invalidInput", number.problem);
  const organisation = await db.organisation.findUnique({ where: { nihii: number.nihii }, select: { id: true, name: true, nihii: true, active: true } });
  if (!organisation) return failed("notFound", `no organisation has RIZIV/INAMI number ${number.nihii}`);
  if (activeOnly && !organisation.active) return failed("inactive", `${organisation.name} (${number.nihii}) is deactivated`);
  return { ok: true, data: organisation };
}

function summarise(
  row: { id: string; nihii: string; kind: string; name: string; nameNl: string | null; nameFr: string | null; nameEn: string | null; nameDe: string | null; active: boolean },
  people: number,
  accessManagers: number,
): OrganisationSummary {
  return {
    id: row.id,
    nihii: row.nihii,
    kind: row.kind,
    name: row.name,
    names: { nl: row.nameNl, fr: row.nameFr, en: row.nameEn, de: row.nameDe },
    active: row.active,
    people,
    accessManagers,
  };
}
