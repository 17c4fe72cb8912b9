"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { AddActionResult, SearchActionResult } from "@/lib/person-lists/action-result";

/**
 * The server actions person fields use to search the hospital's list and add a physician typed
 * for the first time. The page provides them (server actions are passed as props, like onSave);
 * without a provider a person field still takes a typed physician, it just has no list.
 */
export interface PersonListActions {
  search(listKey: string, query: string): Promise<SearchActionResult>;
  add(input: { listKey: string; lastName: string; firstName: string; riziv: string }): Promise<AddActionResult>;
}

const PersonListActionsContext = createContext<PersonListActions | null>(null);

export function PersonListActionsProvider({ search, add, children }: PersonListActions & { children: ReactNode }) {
  return <PersonListActionsContext.Provider value={{ search, add }}>{children}</PersonListActionsContext.Provider>;
}

export function usePersonListActions(): PersonListActions | null {
  return useContext(PersonListActionsContext);
}
