import { AccessDenied } from "@/components/access/access-denied";

/** forbidden() within a module: the user's profile gives no access to it (403). */
export default function ModuleForbidden() {
  return <AccessDenied reason="module" />;
}
