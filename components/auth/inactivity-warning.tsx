"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatDateTime } from "@/lib/i18n/date-time";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

interface InactivityWarningProps {
  initialExpiresAt: string;
  warningSeconds: number;
  /** Reads the server's expiry without extending it. */
  checkExpiry: () => Promise<{ expiresAt: string | null }>;
  /** Records activity ("stay signed in"). */
  keepAlive: () => Promise<{ ok: boolean; expiresAt: string | null }>;
}

/** Event forms listen to, to put unsaved input aside before the page leaves (F-AUTH-7). */
export const sessionEndingEvent = "wbcr:session-ending";

/**
 * Warns before the server-side inactivity timeout and, when it has passed, goes to the login
 * page with the current address, so the user comes back to the same form after signing in.
 */
export function InactivityWarning({ initialExpiresAt, warningSeconds, checkExpiry, keepAlive }: InactivityWarningProps) {
  const t = useTranslations("session");
  const locale = useLocale();
  const [expiresAt, setExpiresAt] = useState(() => Date.parse(initialExpiresAt));
  const [warning, setWarning] = useState(false);
  const checking = useRef(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const expire = () => {
      window.dispatchEvent(new Event(sessionEndingEvent));
      const here = window.location.pathname + window.location.search;
      // A full page load, not router.push: the signed-in layout must not survive the session.
      window.location.replace(new URL(`/login?reason=expired&returnTo=${encodeURIComponent(here)}`, window.location.origin));
    };
    const tick = async () => {
      const remaining = expiresAt - Date.now();
      if (remaining > warningSeconds * 1000 || checking.current) return;
      // Other tabs or requests may have extended the session: ask before warning or leaving.
      checking.current = true;
      try {
        const { expiresAt: fresh } = await checkExpiry();
        if (!fresh) return expire();
        const freshMs = Date.parse(fresh);
        setExpiresAt(freshMs);
        setWarning(freshMs - Date.now() <= warningSeconds * 1000);
      } catch {
        // Server unreachable: keep the data, try again on the next tick.
      } finally {
        checking.current = false;
      }
    };
    const timer = window.setInterval(() => void tick(), 5_000);
    return () => window.clearInterval(timer);
  }, [expiresAt, warningSeconds, checkExpiry]);

  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  const time = formatDateTime(expiresAt, isLocale(locale) ? locale : defaultLocale, "time");
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby="timeout-title" aria-describedby="timeout-body"
      className="fixed inset-x-0 bottom-4 z-50 mx-auto w-[min(36rem,calc(100%-2rem))] rounded border-l-4 border-amber-500 bg-white p-4 shadow-lg">
      <h2 id="timeout-title" className="font-semibold text-amber-900">{t("timeoutTitle")}</h2>
      <p id="timeout-body" className="my-2">{t("timeoutText", { time })}</p>
      <button
        ref={stayButton}
        type="button"
        onClick={async () => {
          const result = await keepAlive();
          if (result.expiresAt) setExpiresAt(Date.parse(result.expiresAt));
          setWarning(false);
        }}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        {t("stay")}
      </button>
    </div>
  );
}
