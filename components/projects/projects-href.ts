/** The Projects tab of a standard module's search (§5.8c), with its filters in the address (no identifier: that one is kept on the server). */
export function projectsTabHref(moduleId: string, filters: { searchId?: string; mocDate?: string; projectId?: string } = {}): string {
  const params = new URLSearchParams();
  if (filters.searchId) params.set("search", filters.searchId);
  if (filters.mocDate) params.set("moc", filters.mocDate);
  if (filters.projectId) params.set("project", filters.projectId);
  const query = params.toString();
  return `/modules/${encodeURIComponent(moduleId)}/projects${query ? `?${query}` : ""}`;
}
