"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

export function SignInButton({ label, callbackUrl, locale }: { label: string; callbackUrl: string; locale: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        // eHealth shows its pages in the language the user already chose here.
        void signIn("ehealth", { callbackUrl }, { ui_locales: locale });
      }}
      className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
