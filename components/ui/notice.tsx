import type { ReactNode } from "react";

const tones = {
  info: "border-brand-600 bg-brand-50 text-brand-900",
  warning: "border-amber-500 bg-amber-50 text-amber-900",
  error: "border-red-600 bg-red-50 text-red-900",
  success: "border-green-600 bg-green-50 text-green-900",
};

/** A message box; errors and warnings are announced to screen readers. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  const role = tone === "error" || tone === "warning" ? "alert" : "status";
  return (
    <div role={role} className={`rounded border-l-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
