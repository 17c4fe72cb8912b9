"use client";

import { useTranslations } from "next-intl";
import { useController } from "react-hook-form";
import { hospitalEntryText, isHospitalListKey } from "@/lib/modules/hospital-lists";
import { controlClass, describedBy, Labelled, type FieldChrome } from "../field-chrome";
import { useFormUi } from "../form-context";

/**
 * A code from the hospital's own list `field.list` (its campuses): a list of the active entries,
 * "710 – Campus Sint-Jan". A value the list no longer offers stays shown and chosen — a
 * deactivated campus with its name, a free-text value from before the list with a note — until
 * the user picks another, so opening an old registration never changes it.
 */
export function HospitalCodeField({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("registrationForm.hospitalList");
  const { hospitalLists } = useFormUi();
  const {
    field: { ref, name, onChange, onBlur, value },
  } = useController({ name: chrome.path });
  const entries = isHospitalListKey(chrome.field.list) ? (hospitalLists[chrome.field.list] ?? []) : [];
  const current = typeof value === "string" ? value : "";
  const active = entries.filter((entry) => entry.active);
  const currentEntry = entries.find((entry) => entry.code === current);
  const kept = current !== "" && !active.some((entry) => entry.code === current);
  const noteId = `${chrome.id}-kept`;

  return (
    <Labelled chrome={chrome}>
      <select
        ref={ref}
        id={chrome.id}
        name={name}
        value={current}
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedBy(chrome.describedBy, kept && noteId)}
        aria-invalid={chrome.invalid || undefined}
        aria-required={chrome.required || undefined}
        className={controlClass(chrome.tone, "w-full")}
      >
        <option value="">{active.length > 0 ? t("choose") : t("empty")}</option>
        {active.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {hospitalEntryText(entry)}
          </option>
        ))}
        {kept && <option value={current}>{currentEntry ? t("inactiveOption", { entry: hospitalEntryText(currentEntry) }) : t("unlistedOption", { value: current })}</option>}
      </select>
      {kept && (
        <p id={noteId} className="mt-0.5 text-xs text-slate-700">
          {currentEntry ? t("inactiveNote") : t("unlistedNote")}
        </p>
      )}
    </Labelled>
  );
}
