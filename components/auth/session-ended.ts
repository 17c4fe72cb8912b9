import { sessionEndingEvent } from "./inactivity-warning";

/** The refusal code of a server action called without a valid session (lib/registrations/result.ts). */
export const SESSION_ENDED = "session_ended";

/**
 * The session ended behind the page's back (signed out in another tab, revoked): like the
 * inactivity timeout, let forms put their unsaved input aside, then go to the login with the
 * current address, so signing in again comes back here with the input restored.
 */
export function leaveForLogin(): void {
  window.dispatchEvent(new Event(sessionEndingEvent));
  const here = window.location.pathname + window.location.search;
  // A full page load, not router.push: the signed-in layout must not survive the session.
  window.location.replace(new URL(`/login?reason=ended&returnTo=${encodeURIComponent(here)}`, window.location.origin));
}
