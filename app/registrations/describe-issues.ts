import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { describeRegistrationIssue } from "@/lib/registrations/describe-registration-issue";
import type { ValidationIssue } from "@/lib/validation/types";

export interface DescribedIssue {
  issue: ValidationIssue;
  message: string;
}

/** Issues of a registration of `moduleId` with their message in the user's language. */
export async function describeIssues(issues: ValidationIssue[], moduleId: string | undefined): Promise<DescribedIssue[]> {
  const locale = (await getLocale()) as Locale;
  const declaration = moduleId === undefined ? undefined : getModule(moduleId);
  return issues.map((issue) => ({ issue, message: describeRegistrationIssue(declaration, issue, locale) }));
}
