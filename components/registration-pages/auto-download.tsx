"use client";

import { useEffect } from "react";

/** "Send and print": starts the PDF download once the page shows the sent registration. */
export function AutoDownload({ href }: { href: string }) {
  useEffect(() => {
    const link = document.createElement("a");
    link.href = href;
    link.rel = "noopener";
    document.body.append(link);
    link.click();
    link.remove();
  }, [href]);
  return null;
}
