/**
 * The one access policy (F-ROLE-1). Every read and write of a registration — pages, server
 * actions, route handlers, exports, PDFs — asks this file for a `where` filter and adds it to
 * its query, so a row the user may not touch is never loaded. Anything not listed is refused.
 * The filter includes module access (F-ROLE-2): only registrations of modules the profile may
 * use (registry staff: of every module), so no path can forget it.
 */
import { Prisma } from "@/generated/prisma/client";
import type { MemberFunction } from "@/generated/prisma/enums";
import { allModules } from "@/lib/modules/registry";
import type { ExportAudience } from "@/lib/modules/types";
import { isReady, type ReadyContext, type SessionContext } from "./session-context";

export type RegistrationAction =
  | "view" // open, summary
  | "print" // PDF
  | "export" // CSV/TXT download
  | "edit" // save a draft
  | "send"
  | "delete" // drafts only
  | "correct"; // create a corrected version of a sent registration

/**
 * Equality conditions on a registration: every filter of the policy is one of these, so it can
 * be handed to Prisma (`registrationWhere`) or written into a single SQL statement (`scopeSql`).
 */
export interface RegistrationScope {
  organisationId?: string;
  responsiblePhysicianId?: string;
  status?: "DRAFT" | "SENT";
  /** Modules the profile may use (registry staff: every module); never empty. */
  moduleIds: readonly string[];
}

type Scope = (context: ReadyContext) => Omit<RegistrationScope, "moduleIds"> | null;

/** Registrations a function may read: the hierarchy of the product spec's role table. */
const readScope: Record<MemberFunction, Scope> = {
  SPECIALIST: (c) => ({ organisationId: c.membership.organisationId, responsiblePhysicianId: c.membership.id }),
  ADMINISTRATIVE: (c) =>
    c.actingFor ? { organisationId: c.membership.organisationId, responsiblePhysicianId: c.actingFor.membershipId } : null,
  COORDINATOR: (c) => ({ organisationId: c.membership.organisationId }),
  REGISTRY_STAFF: () => ({ status: "SENT" }),
  ACCESS_MANAGER: () => null,
};

/** Functions that may change registrations (within their read scope). */
const writers: ReadonlySet<MemberFunction> = new Set(["SPECIALIST", "ADMINISTRATIVE", "COORDINATOR"]);

const statusFor: Record<RegistrationAction, RegistrationScope["status"]> = {
  view: undefined,
  print: undefined,
  export: undefined,
  edit: "DRAFT",
  send: "DRAFT",
  delete: "DRAFT",
  correct: "SENT",
};

const readActions: ReadonlySet<RegistrationAction> = new Set(["view", "print", "export"]);

/** The registrations on which `action` is allowed, as equality conditions; null when none are. */
export function registrationScope(context: SessionContext | null, action: RegistrationAction): RegistrationScope | null {
  if (!context || !isReady(context)) return null;
  const fn = context.membership.function;
  const scope = readScope[fn]?.(context) ?? null;
  if (!scope) return null;
  if (!readActions.has(action) && !writers.has(fn)) return null;
  const status = statusFor[action];
  if (status && scope.status && status !== scope.status) return null;
  const moduleIds = allModules().filter((module) => canReadModule(context, module)).map((module) => module.id);
  if (moduleIds.length === 0) return null;
  return { ...scope, ...(status ? { status } : {}), moduleIds };
}

/**
 * The filter of registrations on which `action` is allowed, or null when none are. Combine it
 * with the query's own conditions: `{ AND: [registrationWhere(ctx, "edit"), { id }] }`.
 */
export function registrationWhere(
  context: SessionContext | null,
  action: RegistrationAction,
): Prisma.RegistrationWhereInput | null {
  const scope = registrationScope(context, action);
  if (!scope) return null;
  const { moduleIds, ...equal } = scope;
  return { AND: [equal, { moduleId: { in: [...moduleIds] } }] };
}

/** The same filter as SQL conditions on the "Registration" table aliased `alias`, for single-statement writes. */
export function scopeSql(scope: RegistrationScope, alias = "r"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const conditions: Prisma.Sql[] = [Prisma.sql`${column("moduleId")} IN (${Prisma.join([...scope.moduleIds])})`];
  if (scope.organisationId) conditions.push(Prisma.sql`${column("organisationId")} = ${scope.organisationId}::uuid`);
  if (scope.responsiblePhysicianId) conditions.push(Prisma.sql`${column("responsiblePhysicianId")} = ${scope.responsiblePhysicianId}::uuid`);
  if (scope.status) conditions.push(Prisma.sql`${column("status")} = ${scope.status}::"RegistrationStatus"`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Who is responsible for a new registration (F-ROLE-3): a specialist registers for themself,
 * administrative staff for the physician chosen at login. Coordinators review and correct;
 * they create registrations under a specialist profile if they have one.
 */
export function responsiblePhysicianFor(context: SessionContext | null): string | null {
  if (!context || !isReady(context)) return null;
  if (context.membership.function === "SPECIALIST") return context.membership.id;
  if (context.membership.function === "ADMINISTRATIVE") return context.actingFor?.membershipId ?? null;
  return null;
}

/** F-ROLE-2: a module may be limited to some functions (and specialties). */
export interface ModuleRequirement {
  requiredProfiles: readonly MemberFunction[];
  requiredSpecialties?: readonly string[];
}

export function canUseModule(context: SessionContext | null, module: ModuleRequirement): boolean {
  if (!context || !isReady(context)) return false;
  const { membership } = context;
  if (!module.requiredProfiles.includes(membership.function)) return false;
  if (!module.requiredSpecialties?.length || membership.function !== "SPECIALIST") return true;
  return membership.specialty !== null && module.requiredSpecialties.includes(membership.specialty);
}

/** Registry staff read the sent registrations of every module; everyone else those of the modules they may use. */
export function canReadModule(context: SessionContext | null, module: ModuleRequirement): boolean {
  if (!context || !isReady(context)) return false;
  return context.membership.function === "REGISTRY_STAFF" || canUseModule(context, module);
}

/**
 * What a reader may see of a registration: registry staff get what the registry receives, without
 * the fields for the hospital's own use (`neverSent`, lib/modules/audience.ts); hospital staff the
 * whole registration. Pages, PDFs and exports all ask this.
 */
export function readerAudience(context: SessionContext | null): ExportAudience {
  if (!context || !isReady(context) || context.membership.function === "REGISTRY_STAFF") return "registry";
  return "hospital";
}

/** The access manager's pages: people, memberships and links of their own organisation. */
export function managedOrganisationId(context: SessionContext | null): string | null {
  if (!context || !isReady(context) || context.membership.function !== "ACCESS_MANAGER") return null;
  return context.membership.organisationId;
}

/**
 * Project offers (manual §6.1.1) the user may see and answer: of their own hospital, for a project
 * module they may use, from a standard registration they may see; answering starts a registration,
 * so only people who have a responsible physician (specialists, administrative staff acting for one).
 * Null when none.
 */
export function projectOfferWhere(context: SessionContext | null): Prisma.ProjectOfferWhereInput | null {
  const visible = registrationWhere(context, "view");
  if (!context || !isReady(context) || !visible || !responsiblePhysicianFor(context)) return null;
  const projectIds = allModules().filter((module) => module.project && canUseModule(context, module)).map((module) => module.id);
  if (projectIds.length === 0) return null;
  return { organisationId: context.membership.organisationId, projectModuleId: { in: projectIds }, sourceRegistration: visible };
}
