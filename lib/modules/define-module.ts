/**
 * defineModule(): a module declares its forms (fields, rules), messages, reference prefix, who
 * may use it, its follow-up form and its demo; everything else is derived here, the same way for
 * every module: the draft schema and type (from the fields), validation, export columns (and so
 * the data dictionary), the empty draft, the content of a corrected version.
 * The summary, the read-only view and the PDF read the form through the field-type registry.
 */
import { draftSchemaOf, type DraftOf } from "./field-types";
import { buildExportColumns, defaultRepeatCounts } from "./export-columns";
import { createValidator, type FormatRule } from "./run-rules";
import type {
  FormDefinition,
  FormField,
  MessageCatalogue,
  ModuleDeclaration,
  ModuleDemo,
  ModuleKind,
  ListSummaryItem,
  ModuleRule,
  RegistrationFormDeclaration,
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
  /** A project module: what activates it in a sent standard registration and how it is prefilled. */
  project?: ProjectDeclaration;
}

/** Groups get their minimum number of items, nested ones too (a new item comes with its first sub-item). */
function emptyContent(fields: readonly FormField[]): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.kind === "group" && field.minItems > 0) {
      content[field.key] = Array.from({ length: field.minItems }, () => emptyContent(field.fields));
    }
  }
  return content;
}

/** One form's declaration, derived from its fields and rules. */
export function defineForm<const F extends FormDefinition>(spec: FormSpec<F>): RegistrationFormDeclaration<DraftOf<F>> {
  const draftSchema = draftSchemaOf(spec.form, spec.unknownKeys);
  const allFields = spec.form.sections.flatMap((section) => section.fields);
  return {
    draftSchema,
    emptyDraft: () => emptyContent(allFields) as DraftOf<F>,
    form: spec.form,
    rules: spec.rules,
    facts: spec.facts,
    validate: createValidator(draftSchema, spec.rules, spec.formatRule, spec.form),
    exportColumns: (counts = defaultRepeatCounts(spec.form)) => buildExportColumns(spec.form, counts),
    prepareCorrection: (data) => {
      // A correction is a new registration; its warnings are confirmed again on its own summary.
      const parsed = draftSchema.safeParse(data);
      return parsed.success ? parsed.data : ({} as DraftOf<F>);
    },
  };
}

export function defineModule<const F extends FormDefinition, const FollowUp extends FormDefinition = FormDefinition>(
  spec: ModuleSpec<F, FollowUp>,
): ModuleDeclaration<DraftOf<F>> {
  const { form, rules, formatRule, unknownKeys, facts, followUp, ...identity } = spec;
  const initial = defineForm({ form, rules, formatRule, unknownKeys, facts });
  // A copy starts a new registration for the same patient: the content the form declares, nothing the
  // system fills (correctionOf is a column) and no confirmations (they belong to the summary's issues).
  const prepareCopy = (data: unknown) => initial.prepareCorrection(data);
  return followUp
    ? { ...identity, ...initial, prepareCopy, allowsFollowUp: true, followUp: defineForm(followUp) }
    : { ...identity, ...initial, prepareCopy, allowsFollowUp: false };
}
