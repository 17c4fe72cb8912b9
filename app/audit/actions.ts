"use server";

import { redirect } from "next/navigation";
import { loginPath, readSessionContext } from "@/lib/access/verify-session";
import { parseInsz } from "@/lib/patients/insz";
import { rememberPatientSearch } from "@/lib/patients/patient-search";

/** "Who looked up this patient": the INSZ stays on the server; the trail gets the search's id. */
export async function auditPatientLookupAction(formData: FormData): Promise<void> {
  const context = await readSessionContext();
  if (!context) redirect(loginPath("/audit"));
  const typed = formData.get("insz");
  const parsed = typeof typed === "string" && typed.length <= 40 ? parseInsz(typed) : null;
  if (!parsed?.ok) redirect("/audit?patientInvalid=1");
  const searchId = await rememberPatientSearch(context, parsed.insz);
  redirect(searchId ? `/audit?patient=${searchId}` : "/audit");
}
