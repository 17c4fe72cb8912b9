import { z } from "zod";

/**
 * A campus's site number (vestigingsnummer / numéro d'implantation, Annex 55 10B.2): the number
 * the hospital's campus has in the registry's lists, digits only. The form and the manual give
 * no length; 1 to 6 digits covers the numbers hospitals use (e.g. "710"), leading zeros kept.
 */
export const SITE_NUMBER = /^\d{1,6}$/;

export const ZSiteNumber = z
  .string({ error: "errors.siteNumberRequired" })
  .trim()
  .min(1, { error: "errors.siteNumberRequired", abort: true })
  .regex(SITE_NUMBER, { error: "errors.siteNumberFormat" });

export const ZCampusName = z
  .string({ error: "errors.nameRequired" })
  .trim()
  .min(1, { error: "errors.nameRequired", abort: true })
  .max(100, { error: "errors.nameTooLong" });

export const ZCampusId = z.uuid({ error: "errors.idInvalid" });

export const ZAddCampus = z.object({ siteNumber: ZSiteNumber, name: ZCampusName });
export type TAddCampusInput = z.input<typeof ZAddCampus>;

export const ZRenameCampus = z.object({ campusId: ZCampusId, name: ZCampusName });
export type TRenameCampusInput = z.input<typeof ZRenameCampus>;

/** A form posts "true"/"false"; a use case may pass booleans. */
const ZActive = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], { error: "errors.invalidValue" });

export const ZSetCampusActive = z.object({ campusId: ZCampusId, active: ZActive });
export type TSetCampusActiveInput = z.input<typeof ZSetCampusActive>;
