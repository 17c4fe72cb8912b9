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

/** The MOC physicians: from the hospital's list, or typed once (the person type checks the RIZIV/INAMI number). */
export const physicianHelp = t(
  "Zoek op naam of op de eerste cijfers van het RIZIV-nummer; nieuw: naam, voornaam en RIZIV-nummer (11 cijfers, de controlecijfers worden nagekeken).",
  "Recherchez par nom ou par les premiers chiffres du numéro INAMI ; nouveau : nom, prénom et numéro INAMI (11 chiffres, les chiffres de contrôle sont vérifiés).",
  "Search by name or by the first digits of the RIZIV/INAMI number; new: last name, first name and RIZIV/INAMI number (11 digits, the check digits are verified).",
  "Suche nach Name oder nach den ersten Ziffern der LIKIV-Nummer; neu: Name, Vorname und LIKIV-Nummer (11 Ziffern, die Prüfziffern werden geprüft).",
);

/** Vervolg 1 applies to breast tumours (C50.x), both sexes. */
export const isBreast: Condition = { field: "/topography", startsWith: ["C50"] };

/** The chronology has surgery (code 10 or 11): the breast supplement's B3 applies. */
export const afterSurgery: Condition = { field: "/treatments", some: { field: "code", in: SURGERY_CODES } };
