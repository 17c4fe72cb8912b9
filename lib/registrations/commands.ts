/**
 * The registration commands the browser can send, each parsed with its zod schema before the
 * use case runs. Server actions in app/ are thin wrappers around `runCommand`, which never
 * throws for bad input: anything malformed is refused with "invalid" and changes nothing.
 */
import { z } from "zod";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { checkDraft } from "./check-draft";
import { createCorrectedVersion } from "./create-corrected-version";
import { createFollowUp } from "./create-follow-up";
import { fieldErrorsOf } from "./create-registration";
import { deleteDraft } from "./delete-draft";
import { refuse, type Result } from "./result";
import { saveDraft } from "./save-draft";
import { saveWarningConfirmations } from "./save-warning-confirmations";
import { sendRegistration } from "./send-registration";
import { submitPatient } from "./submit-patient";

const ZId = z.uuid();
const ZVersion = z.number().int().min(1).max(2_147_483_647);

export const commandSchemas = {
  submitPatient: z.strictObject({
    moduleId: z.string().max(40).optional(),
    attemptId: ZId.optional(),
    copyFromId: ZId.optional(),
    registration: z.strictObject({ id: ZId, version: ZVersion }).optional(),
    patient: z.record(z.string(), z.unknown()),
    identifiedByService: z.boolean(),
  }),
  save: z.strictObject({ id: ZId, version: ZVersion, formData: z.unknown() }),
  check: z.strictObject({ id: ZId, formData: z.unknown() }),
  send: z.strictObject({
    id: ZId,
    version: ZVersion,
    confirmations: z
      .array(z.strictObject({ ruleId: z.string().max(20), fieldPath: z.string().max(300), comment: z.string().max(2000) }))
      .max(500),
  }),
  confirmWarnings: z.strictObject({
    id: ZId,
    version: ZVersion,
    confirmations: z
      .array(z.strictObject({ ruleId: z.string().max(20), fieldPath: z.string().max(300), comment: z.string().max(2000) }))
      .max(500),
  }),
  delete: z.strictObject({ id: ZId, version: ZVersion }),
  correct: z.strictObject({ id: ZId }),
  followUp: z.strictObject({ originalId: ZId }),
};

export type CommandName = keyof typeof commandSchemas;
export type CommandInput<K extends CommandName> = z.infer<(typeof commandSchemas)[K]>;

type Runner<K extends CommandName> = (context: SessionContext | null, input: CommandInput<K>, db: Db) => Promise<Result<unknown>>;

const runners: { [K in CommandName]: Runner<K> } = {
  submitPatient: (context, input, db) => submitPatient(context, { ...input, patient: input.patient as never }, db),
  save: (context, input, db) => saveDraft(context, input, db),
  check: (context, input, db) => checkDraft(context, input, db),
  send: (context, input, db) => sendRegistration(context, input, db),
  confirmWarnings: (context, input, db) => saveWarningConfirmations(context, input, db),
  delete: (context, input, db) => deleteDraft(context, input, db),
  correct: (context, input, db) => createCorrectedVersion(context, input.id, db),
  followUp: (context, input, db) => createFollowUp(context, input, db),
};

export async function runCommand<K extends CommandName>(
  name: K,
  raw: unknown,
  context: SessionContext | null,
  db: Db = getDb(),
): Promise<Result<unknown>> {
  // `name` comes from our own wrappers, but a lookup on an unknown key must still fail closed.
  const schema = (Object.hasOwn(commandSchemas, name) ? commandSchemas[name] : undefined) as unknown as
    | z.ZodType<CommandInput<K>>
    | undefined;
  if (!schema) return refuse("invalid");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refuse("invalid", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  // Said as such (not "not found"), so the page can lead to the login with the input kept.
  if (!context) return refuse("session_ended");
  return runners[name](context, parsed.data, db);
}
