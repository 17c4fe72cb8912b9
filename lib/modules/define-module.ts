/**
 * defineModule(): a module declares its forms (fields, rules), messages, reference prefix, who
 * may use it, its follow-up form and its demo; everything else is derived here, the same way for
 * every module: the draft schema and type (from the fields), validation, export columns (and so
 * the data dictionary), the empty draft, the content of a corrected version.
 * The summary, the read-only view and the PDF read the form through the field-type registry.
 */
import { emptyDraftOf } from "./empty-draft";
import { draftSchemaOf, type DraftOf } from "./field-types";
import { buildExportColumns, defaultRepeatCounts } from "./export-columns";
import { draftParserOf } from "./draft-parser";
import { createValidator, type FormatRule } from "./run-rules";
import type {
  FormDefinition,
  MessageCatalogue,
  ModuleDeclaration,
  ModuleDemo,
  ModuleKind,
  ListSummaryItem,
  ModuleRule,
  PrintoutDeclaration,
  RegistrationFormDeclaration,
  SearchDate,
  SendWindowDeclaration,
  RegistrationFunction,
} from "./types";
import type { Translated } from "@/lib/validation/types";
import type { FactDeclaration } from "./facts";
import type { ProjectDeclaration } from "./projects";

/** What a module declares for one of its forms. */
export interface FormSpec<F extends FormDefinition> {
  form: F;
  rules: readonly ModuleRule<DraftOf<F>>[];
  /** The rule reported for content that does not have the form's shape (it never comes from the form). */
  formatRule: FormatRule;
  /** Keys the form does not declare: dropped (default: drafts of retired fields stay loadable) or refused. */
  unknownKeys?: "drop" | "refuse";
  /** Where the form keeps its tumour facts (lib/modules/facts.ts). */
  facts?: FactDeclaration;
  /** A follow-up form: what a new follow-up takes from the original's form data (see RegistrationFormDeclaration). */
  prefill?(originalFormData: unknown): Partial<DraftOf<F>>;
  /** Documents printed besides the registration (the MOC list). */
  printouts?: readonly PrintoutDeclaration[];
}

export interface ModuleSpec<F extends FormDefinition, FollowUp extends FormDefinition> extends FormSpec<F> {
  id: string;
  name: Translated;
  referencePrefix: string;
  kind: ModuleKind;
  requiredProfiles: readonly RegistrationFunction[];
  requiredSpecialties?: readonly string[];
  /** Messages of the rules of both forms. */
  messages: MessageCatalogue;
  /** The follow-up form, when the module has follow-ups. */
  followUp?: FormSpec<FollowUp>;
  demo?: ModuleDemo<DraftOf<F>>;
  /** The person lists its person fields use (their `list` key → the title of the list's page). */
  personLists?: Readonly<Record<string, { title: Translated }>>;
  /** What the list rows show of a registration's content (at most three short items). */
  listSummary?(data: unknown): ListSummaryItem[];
  /** Dates of the content the lists can be searched by and downloads selected by (§5.8, §5.11). */
  searchDates?: readonly SearchDate[];
  /** When the registry expects a registration of the initial form (the worklist). */
  sendWindow?: SendWindowDeclaration;
  /** A project module: what activates it in a sent standard registration and how it is prefilled. */
  project?: ProjectDeclaration;
}

/** One form's declaration, derived from its fields and rules. */
export function defineForm<const F extends FormDefinition>(spec: FormSpec<F>): RegistrationFormDeclaration<DraftOf<F>> {
  const draftSchema = draftSchemaOf(spec.form, spec.unknownKeys);
  const parseDraft = draftParserOf(spec.form, draftSchema);
  // A default value the field itself would refuse is a declaration error: found when the module loads.
  const empty = draftSchema.safeParse(emptyDraftOf(spec.form));
  if (!empty.success) throw new Error(`A default value is not a value of its field: ${empty.error.issues.map((issue) => issue.path.join(".")).join(", ")}`);
  return {
    draftSchema,
    parseDraft,
    emptyDraft: () => emptyDraftOf(spec.form) as DraftOf<F>,
    form: spec.form,
    rules: spec.rules,
    facts: spec.facts,
    ...(spec.prefill ? { prefill: spec.prefill } : {}),
    ...(spec.printouts ? { printouts: spec.printouts } : {}),
    validate: createValidator(parseDraft, spec.rules, spec.formatRule, spec.form),
    exportColumns: (counts = defaultRepeatCounts(spec.form), audience) => buildExportColumns(spec.form, counts, audience),
    prepareCorrection: (data) => {
      // A correction is a new registration; its warnings are confirmed again on its own summary.
      const parsed = parseDraft(data);
      return parsed.success ? parsed.data : ({} as DraftOf<F>);
    },
  };
}

export function defineModule<const F extends FormDefinition, const FollowUp extends FormDefinition = FormDefinition>(
  spec: ModuleSpec<F, FollowUp>,
): ModuleDeclaration<DraftOf<F>> {
  const { form, rules, formatRule, unknownKeys, facts, prefill, printouts, followUp, ...identity } = spec;
  const initial = defineForm({ form, rules, formatRule, unknownKeys, facts, prefill, printouts });
  // A copy starts a new registration for the same patient: the content the form declares, nothing the
  // system fills (correctionOf is a column) and no confirmations (they belong to the summary's issues).
  const prepareCopy = (data: unknown) => initial.prepareCorrection(data);
  return followUp
    ? { ...identity, ...initial, prepareCopy, allowsFollowUp: true, followUp: defineForm(followUp) }
    : { ...identity, ...initial, prepareCopy, allowsFollowUp: false };
}
