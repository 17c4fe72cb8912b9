/**
 * The worklist of a module with a send window (`sendWindow` on the declaration; e.g. 4–6
 * months after the incidence date): the drafts the user may see whose window has opened (due)
 * or closed (overdue), oldest first. Selected on the stored date column (content-dates.ts),
 * so no content is read; only the few rows listed are decrypted for their patient's name.
 */
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

/** Null when the module has no send window or the user sees no drafts of it. */
export async function sendWindowWorklist(
  context: SessionContext | null,
  moduleId: string,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Worklist | null> {
  const declaration = getModule(moduleId);
  const window = declaration?.sendWindow;
  const visible = registrationWhere(context, "view");
  if (!context || !declaration || !window || !visible) return null;
  const today = toIsoDate(now);
  const column = window.after;
  const latest = dayValue(latestOpenedDate(window, today));
  if (!latest) return null;
  const rows = await db.registration.findMany({
    where: { AND: [visible, { moduleId: declaration.id, status: "DRAFT", kind: "INITIAL", [column]: { not: null, lte: latest } }] },
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
