import { t } from "@/lib/modules/translated";
import type { Condition } from "@/lib/modules/types";
import { SURGERY_CODES } from "../codes";

/** Pieces several sections share. */

export const icdo3Help = t(
  "Zoek op code of op een woord van de omschrijving (ICD-O-3).",
  "Recherchez par code ou par un mot du libellé (CIM-O-3).",
  "Search by code or by a word of the label (ICD-O-3).",
  "Suche nach Code oder nach einem Wort der Bezeichnung (ICD-O-3).",
);

export const rizivHelp = t(
  "11 cijfers; de controlecijfers worden nagekeken.",
  "11 chiffres ; les chiffres de contrôle sont vérifiés.",
  "11 digits; the check digits are verified.",
  "11 Ziffern; die Prüfziffern werden geprüft.",
);

/** Vervolg 1 applies to breast tumours (C50.x), both sexes. */
export const isBreast: Condition = { field: "/topography", startsWith: ["C50"] };

/** The chronology has surgery (code 10 or 11): the breast supplement's B3 applies. */
export const afterSurgery: Condition = { field: "/treatments", some: { field: "code", in: SURGERY_CODES } };
