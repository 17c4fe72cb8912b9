import type { TPerson } from "./schemas";
import { searchText } from "./search-text";

/** One physician of a hospital's list, as the use cases return it. */
export interface PersonListEntry {
  id: string;
  listKey: string;
  lastName: string;
  firstName: string;
  /** 11 digits; the UI formats it (formatRiziv). */
  riziv: string;
}

/** The columns a use case reads. */
export const entrySelect = { id: true, listKey: true, lastName: true, firstName: true, riziv: true } as const;

/** The stored columns of a person, with the search forms of the names. */
export function personColumns(person: TPerson) {
  return {
    lastName: person.lastName,
    firstName: person.firstName,
    riziv: person.riziv,
    lastNameSearch: searchText(person.lastName),
    firstNameSearch: searchText(person.firstName),
  };
}
