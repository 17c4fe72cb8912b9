import { AccessDenied } from "@/components/access/access-denied";

/** What forbidden() shows, with status 403: a refused page is no page that exists. */
export default function Forbidden() {
  return <AccessDenied reason="page" />;
}
