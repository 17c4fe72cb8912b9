import { addMonths, sendStatusOf, windowDays, type SendStatus, type SendWindowDays } from "@/lib/modules/send-window";
import type { SendWindowDeclaration } from "@/lib/modules/types";

/**
 * The registry expects a new diagnosis between 4 and 6 months after its incidence date [F
 * Opmerkingen]. One source for the late-sending warning (A55-W03), the early-sending
 * information (A55-I01) and the declaration's `sendWindow` (the platform's worklist of drafts
 * due or overdue).
 */
export const SEND_WINDOW = { after: "incidenceDate", opensAfterMonths: 4, dueAfterMonths: 6 } as const satisfies SendWindowDeclaration;

export { addMonths };
export type SendWindow = SendWindowDays;

/** The window of a registration with this incidence date (yyyy-mm-dd), or undefined without one. */
export function sendWindow(incidenceDate: string | undefined): SendWindow | undefined {
  return windowDays(SEND_WINDOW, incidenceDate);
}

/** Where a draft stands on `today` (yyyy-mm-dd): not yet due, due (inside the window) or overdue. */
export function sendStatus(incidenceDate: string | undefined, today: string): SendStatus | undefined {
  return sendStatusOf(SEND_WINDOW, incidenceDate, today);
}
