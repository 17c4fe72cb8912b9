"use server";

import { readSessionContext } from "@/lib/access/verify-session";
import type { IssueSource } from "@/lib/registrations/describe-registration-issue";
import { runCommand } from "@/lib/registrations/commands";
import type { RegistrationIssue } from "@/components/registration/types";
import type { ValidationIssue } from "@/lib/validation/types";
import { formIssues } from "./form-issues";

/**
 * The form's live check: the server's findings on the values as typed (nothing saved), so the
 * error summary and the messages at the fields follow the user's corrections. Null when the
 * input cannot be checked (not the shape of a draft yet, no access): the form keeps what it shows.
 */
export async function checkFormAction(input: unknown): Promise<RegistrationIssue[] | null> {
  const result = await runCommand("check", input, await readSessionContext());
  if (!result.ok) return null;
  const { issues, source } = result.data as { issues: ValidationIssue[]; source: IssueSource };
  return formIssues((input as { id: string }).id, issues, source);
}
