import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { describeRegistrationIssue, type IssueSource } from "@/lib/registrations/describe-registration-issue";
import type { ValidationIssue } from "@/lib/validation/types";

export interface DescribedIssue {
  issue: ValidationIssue;
  message: string;
}

/** Issues of a registration (of the module and kind in `source`) with their message in the user's language. */
export async function describeIssues(issues: ValidationIssue[], source: IssueSource | undefined): Promise<DescribedIssue[]> {
  const locale = (await getLocale()) as Locale;
  return issues.map((issue) => ({ issue, message: describeRegistrationIssue(source, issue, locale) }));
}
