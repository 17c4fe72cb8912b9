"use server";

import { redirect, RedirectType } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { IdentifyResponse, PatientSubmission, PatientSubmitResult } from "@/components/patients/types";
import { findHref, newRegistrationHref } from "@/components/find/types";
import { getModule } from "@/lib/modules/registry";
import type { SessionContext } from "@/lib/access/session-context";
import { readSessionContext } from "@/lib/access/verify-session";
import { rememberPatientSearch } from "@/lib/patients/patient-search";
import { runCommand } from "@/lib/registrations/commands";
import { identifyPatient } from "@/lib/registrations/identify-patient";
import type { Result } from "@/lib/registrations/result";
import { describeIssues } from "./describe-issues";

/**
 * The notice's links open the Saved and Sent lists for this patient, which show only what the
 * user may open (and list 2). The INSZ stays on the server: the links carry a search's id.
 */
async function listLinks(context: SessionContext, moduleId: string, insz: string) {
  const searchId = (await rememberPatientSearch(context, insz)) ?? undefined;
  return { savedHref: findHref(moduleId, "saved", searchId), sentHref: findHref(moduleId, "sent", searchId) };
}

export async function identifyForModuleAction(moduleId: string, insz: unknown): Promise<IdentifyResponse> {
  if (typeof insz !== "string" || insz.length > 40) return { status: "invalid", reason: "format" };
  const context = await readSessionContext();
  const result = await identifyPatient(context, moduleId, insz);
  if (result.status === "forbidden") return { status: "invalid", reason: "forbidden" };
  if (result.status === "invalid") return result;
  const found = result.existing;
  const existing = context && found && found.saved + found.sent + found.sentElsewhere > 0
    ? {
        saved: found.saved,
        sent: found.sent,
        sentElsewhere: found.sentElsewhere,
        ...(await listLinks(context, moduleId, insz)),
        copy: found.latest && getModule(moduleId)?.prepareCopy
          ? { href: newRegistrationHref(moduleId, { from: found.latest.id, copy: true }), reference: found.latest.reference }
          : null,
      }
    : null;
  return { ...result, existing } as IdentifyResponse;
}

async function toPatientResult(result: Result<{ id: string }>): Promise<PatientSubmitResult> {
  // Replace: Back from the form returns before the patient page, not to a page whose "Next" was done.
  if (result.ok) redirect(`/registrations/${result.data.id}`, RedirectType.replace);
  const t = await getTranslations("registration");
  const issues = result.issues ? await describeIssues(result.issues, result.source) : [];
  const formError = issues.length > 0 ? undefined : t(`refusal.${result.code}`);
  return { ok: false, issues, formError };
}

/**
 * Patient page of a new registration: "Next" with a valid patient creates the draft — or, for
 * the same page attempt, continues the one it created — optionally from a copy of an earlier one.
 */
export async function submitNewPatientAction(
  moduleId: string,
  start: { attemptId: string; copyFromId?: string },
  data: PatientSubmission,
): Promise<PatientSubmitResult> {
  const { identifiedByService, ...patient } = data ?? ({} as PatientSubmission);
  const result = await runCommand(
    "submitPatient",
    { moduleId, attemptId: start?.attemptId, copyFromId: start?.copyFromId, patient, identifiedByService },
    await readSessionContext(),
  );
  return toPatientResult(result as Result<{ id: string }>);
}

/** Patient page of an existing draft: "Next" saves the patient block (optimistic lock). */
export async function submitDraftPatientAction(id: string, version: number, data: PatientSubmission): Promise<PatientSubmitResult> {
  const { identifiedByService, ...patient } = data ?? ({} as PatientSubmission);
  const result = await runCommand("submitPatient", { registration: { id, version }, patient, identifiedByService }, await readSessionContext());
  return toPatientResult(result as Result<{ id: string }>);
}
