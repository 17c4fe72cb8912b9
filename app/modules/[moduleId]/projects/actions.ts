"use server";

/**
 * The Projects tab's search form (§5.8c), posted: the identifier is kept on the server
 * (lib/patients/patient-search.ts) and only its id goes in the address; the MOC date and the
 * project are no patient identifiers and stay in the address.
 */
import { redirect } from "next/navigation";
import { projectsTabHref } from "@/components/projects/projects-href";
import { loginPath, readSessionContext } from "@/lib/access/verify-session";
import { rememberPatientSearch } from "@/lib/patients/patient-search";

export async function searchProjectsAction(formData: FormData): Promise<void> {
  const moduleId = formData.get("moduleId");
  if (typeof moduleId !== "string" || !/^[a-z0-9_-]{1,40}$/.test(moduleId)) redirect("/");
  const context = await readSessionContext();
  if (!context) redirect(loginPath(projectsTabHref(moduleId)));
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const query = text("q");
  const mocDate = text("moc");
  const projectId = text("project");
  const searchId = query && query.length <= 60 ? await rememberPatientSearch(context, query) : null;
  redirect(
    projectsTabHref(moduleId, {
      searchId: searchId ?? undefined,
      mocDate: mocDate.length <= 10 ? mocDate || undefined : undefined,
      projectId: /^[a-z0-9-]{1,40}$/.test(projectId) ? projectId : undefined,
    }),
  );
}
