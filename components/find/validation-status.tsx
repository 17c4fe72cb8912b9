import { useTranslations } from "next-intl";
import type { ValidationStatus } from "@/lib/registrations/registration-view";

const looks: Record<ValidationStatus, { path: string; className: string }> = {
  NOT_VALIDATED: { path: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12h8", className: "text-slate-500" },
  VALID: { path: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.5 2.5L16 9.5", className: "text-green-700" },
  VALID_WITH_WARNINGS: { path: "M12 3L2 20h20L12 3zM12 10v4M12 17h.01", className: "text-amber-600" },
  INVALID: { path: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6", className: "text-red-700" },
};

/** F-FIND-3: the validation status of a draft, as an icon and always as text too. */
export function ValidationStatusLabel({ status }: { status: ValidationStatus }) {
  const t = useTranslations("registration");
  const look = looks[status];
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg aria-hidden="true" viewBox="0 0 24 24" className={`h-5 w-5 shrink-0 ${look.className}`} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d={look.path} />
      </svg>
      <span>{t(`validation.${status}`)}</span>
    </span>
  );
}
