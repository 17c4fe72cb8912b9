"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { leaveForLogin, SESSION_ENDED } from "@/components/auth/session-ended";
import { RegistrationForm, type RegistrationFormProps } from "@/components/registration/registration-form";
import type { RegistrationIssue } from "@/components/registration/types";

type SaveResult = { ok: true; data: { version: number; savedAt: Date } } | { ok: false; code: string };

interface FormPageClientProps extends Omit<RegistrationFormProps, "onSave" | "onNext"> {
  registrationId: string;
  version: number;
  save: (input: unknown) => Promise<SaveResult>;
  saveAndCheck: (input: unknown) => Promise<{ ok: false; code: string } | { ok: true } | void>;
  /** The server's findings on values as typed (nothing saved); null when they cannot be checked. */
  check: (input: unknown) => Promise<readonly RegistrationIssue[] | null>;
}

/**
 * Keeps the draft's version between saves (optimistic locking, F-REG-7): every save names the
 * version it started from and learns the next one.
 */
export function FormPageClient({ registrationId, version, save, saveAndCheck, check, ...formProps }: FormPageClientProps) {
  const t = useTranslations("registration");
  const currentVersion = useRef(version);
  return (
    <RegistrationForm
      {...formProps}
      version={version}
      onSave={async (data) => {
        const result = await save({ id: registrationId, version: currentVersion.current, formData: data });
        if (!result.ok && result.code === SESSION_ENDED) leaveForLogin();
        if (!result.ok) return { ok: false, message: t(`refusal.${result.code}` as "refusal.invalid") };
        currentVersion.current = result.data.version;
        return { ok: true, version: result.data.version, savedAt: new Date(result.data.savedAt).toISOString() };
      }}
      onCheck={(data) => check({ id: registrationId, formData: data })}
      onNext={async (data) => {
        const result = await saveAndCheck({ id: registrationId, version: currentVersion.current, formData: data });
        if (result && !result.ok && result.code === SESSION_ENDED) leaveForLogin();
        if (result && !result.ok) return { ok: false, message: t(`refusal.${result.code}` as "refusal.invalid") };
      }}
    />
  );
}
