/**
 * Ids in paths (/registrations/<id>/…) are uuids. Anything else is a page that does not exist:
 * 404 before a query, instead of the database's cast error, a 500 and a log entry per request.
 */
import { notFound } from "next/navigation";
import { isUuid } from "./uuid";

export { isUuid };

/** For pages: the id, or the not-found page (404). */
export function uuidOrNotFound(value: string): string {
  if (!isUuid(value)) notFound();
  return value;
}
