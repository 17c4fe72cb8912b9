import type { ModuleAction } from "@/lib/modules/module-actions";

/** Inline icons of the module actions (F-HOME-2): decorative, the link text names the action. */
const paths: Record<ModuleAction, string> = {
  new: "M12 5v14M5 12h14",
  followUp: "M12 5v14M5 12h14M17 3h4v4",
  search: "M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5",
  bulkSend: "M3 11l18-8-8 18-2-8-8-2z",
  download: "M12 3v12M7 10l5 5 5-5M4 19h16",
};


export type { ModuleAction };

export function ActionIcon({ action }: { action: ModuleAction }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[action]} />
    </svg>
  );
}
