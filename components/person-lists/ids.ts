/** Element ids the list page and its rows share (plain constants: server and client components import them). */

/** The page's status line: removals are announced there, as the removed row is gone. */
export const PERSON_LISTS_STATUS_ID = "person-lists-status";

export const listHeadingId = (listKey: string) => `list-${listKey}`;
