"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { getAtPath } from "@/lib/modules/paths";
import { useDerived } from "./form-context";

/** Fields filled from another registration (a project started from the standard one): path → value. */
const PrefilledContext = createContext<Readonly<Record<string, string>> | null>(null);

export function PrefilledProvider({ fields, children }: { fields: Readonly<Record<string, string>> | undefined; children: ReactNode }) {
  return <PrefilledContext.Provider value={fields && Object.keys(fields).length > 0 ? fields : null}>{children}</PrefilledContext.Provider>;
}

/** "Prefilled" beside a field's label while it still holds the value it was filled with; it stays editable. */
export function PrefilledMark({ path }: { path: string }) {
  const fields = useContext(PrefilledContext);
  const expected = fields?.[path];
  if (expected === undefined) return null;
  return <Mark path={path} expected={expected} />;
}

function Mark({ path, expected }: { path: string; expected: string }) {
  const t = useTranslations("projects.prefilled");
  const unchanged = useDerived((values) => {
    const value = getAtPath(values, path);
    return (typeof value === "string" || typeof value === "number") && String(value) === expected;
  });
  if (!unchanged) return null;
  return (
    <span data-prefilled={path} title={t("markTitle")} className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-semibold text-sky-900">
      {t("mark")}
    </span>
  );
}
