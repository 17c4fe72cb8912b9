import { getTranslations } from "next-intl/server";
import type { SessionContext } from "@/lib/access/session-context";

/** Pages that only some profiles have, linked from the header. Each page checks access itself. */
export async function profilePages(context: SessionContext): Promise<{ href: string; label: string }[]> {
  const fn = context.membership?.function;
  const pages: { href: string; label: string }[] = [];
  if (fn === "ACCESS_MANAGER") pages.push({ href: "/access-management", label: (await getTranslations("accessManagement"))("title") });
  if (fn === "COORDINATOR") pages.push({ href: "/audit", label: (await getTranslations("audit"))("title") });
  return pages;
}
