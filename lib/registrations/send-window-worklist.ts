/**
 * The worklist of a module with a send window (`sendWindow` on the declaration; e.g. 4–6
 * months after the incidence date): the drafts the user may see whose window has opened (due)
 * or closed (overdue), oldest first. Selected on the stored date column (content-dates.ts),
 * so no content is read; only the few rows listed are decrypted for their patient's name.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { SessionContext } from "@/lib/access/session-context";
import { registrationWhere } from "@/lib/access/policy";
import { getDb, type Db } from "@/lib/db/client";
import { toIsoDate } from "@/lib/modules/dates";
import { getModule } from "@/lib/modules/registry";
import { latestOpenedDate, sendStatusOf, windowDays } from "@/lib/modules/send-window";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import { dayValue } from "./content-dates";

export interface WorklistItem {
  id: string;
  patientName: string;
  patientIdentifier: string;
  responsiblePhysicianName: string;
  /** The date the window counts from (yyyy-mm-dd), e.g. the incidence date. */
  from: string;
  opens: string;
  due: string;
  status: "due" | "overdue";
}

export interface Worklist {
  /** Which date the window counts from: the label of the list's date column. */
  after: "incidenceDate" | "mocDate";
  items: WorklistItem[];
  /** More drafts are due or overdue than listed. */
  more: boolean;
}

export const WORKLIST_SIZE = 50;

/** How many drafts the user may see are due and overdue. */
export interface WorklistCounts {
  due: number;
  overdue: number;
}

/**
 * The counts of the worklist, all of them (the list shows the first WORKLIST_SIZE): for the home
 * page's notice. Reads only the stored date of the drafts whose window may have opened.
 */
export async function sendWindowCounts(
  context: SessionContext | null,
  moduleId: string,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<WorklistCounts | null> {
  const query = openedDrafts(context, moduleId, now);
  if (!query) return null;
  const rows = await db.registration.findMany({ where: query.where, select: { id: true, [query.column]: true } });
  const counts: WorklistCounts = { due: 0, overdue: 0 };
  for (const row of rows as Record<string, unknown>[]) {
    const stored = row[query.column] as Date | null;
    const status = sendStatusOf(query.window, stored ? stored.toISOString().slice(0, 10) : undefined, query.today);
    if (status === "due" || status === "overdue") counts[status] += 1;
  }
  return counts;
}

/** The drafts of the module the user may see whose window may have opened by today; null when the module has none or the user sees no drafts. */
function openedDrafts(context: SessionContext | null, moduleId: string, now: Date) {
  const declaration = getModule(moduleId);
  const window = declaration?.sendWindow;
  const visible = registrationWhere(context, "view");
  if (!context || !declaration || !window || !visible) return null;
  const today = toIsoDate(now);
  const column = window.after;
  const latest = dayValue(latestOpenedDate(window, today));
  if (!latest) return null;
  const where: Prisma.RegistrationWhereInput = { AND: [visible, { moduleId: declaration.id, status: "DRAFT", kind: "INITIAL", [column]: { not: null, lte: latest } }] };
  return { window, today, column, where };
}

/** Null when the module has no send window or the user sees no drafts of it. */
export async function sendWindowWorklist(
  context: SessionContext | null,
  moduleId: string,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Worklist | null> {
  const query = openedDrafts(context, moduleId, now);
  if (!query) return null;
  const { window, today, column, where } = query;
  const rows = await db.registration.findMany({
    where,
    orderBy: [{ [column]: "asc" }, { id: "asc" }],
    // A few of the rows near `latest` may not be due yet (clamped month ends): read some more.
    take: WORKLIST_SIZE + 5,
    include: { patient: true, responsiblePhysician: { include: { person: true } } },
  });
  const items: WorklistItem[] = [];
  for (const row of rows) {
    const stored = row[column] as Date | null;
    const from = stored ? stored.toISOString().slice(0, 10) : undefined;
    const status = sendStatusOf(window, from, today);
    const days = windowDays(window, from);
    if (!from || !days || (status !== "due" && status !== "overdue")) continue;
    const patient = row.patient ? decryptIdentity(row.patient) : {};
    items.push({
      id: row.id,
      patientName: [patient.lastName, patient.firstName].filter(Boolean).join(", "),
      patientIdentifier: patient.insz ?? patient.insuranceNumber ?? patient.otherIdentifier ?? "",
      responsiblePhysicianName: `${row.responsiblePhysician.person.firstName} ${row.responsiblePhysician.person.lastName}`,
      from,
      opens: days.opens,
      due: days.due,
      status,
    });
  }
  return { after: column, items: items.slice(0, WORKLIST_SIZE), more: items.length > WORKLIST_SIZE };
}
