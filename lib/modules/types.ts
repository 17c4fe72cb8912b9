import type { FactDeclaration } from "./facts";
import type { ProjectDeclaration } from "./projects";
import type { z } from "zod";
import type { Severity, Translated, ValidationIssue } from "@/lib/validation/types";

/**
 * A registration module is a declaration (F-MOD-1): the application (home page, form renderer,
 * validation, sending, PDF, exports) reads these types and nothing module-specific, so adding a
 * module means adding a folder under lib/modules and one line in registry.ts. Modules are made
 * with defineModule() (define-module.ts), which derives everything but the fields and rules.
 *
 * Form metadata is plain data (no functions), so a server component can hand it to a client
 * component as props. Behaviour (validation, export getters) lives on the declaration.
 */

// ---------------------------------------------------------------------------------------------
// Conditions and formulas (data, evaluated by conditions.ts and formula.ts)

/**
 * Where a condition or formula reads a value: a dot path relative to the repeatable-group item
 * the field belongs to (or to the root for fields outside groups); a leading "/" reads from the
 * root, e.g. "/indication" from inside a lesion.
 */
export type FieldRef = string;

export type Condition =
  | { field: FieldRef; equals: string | number | boolean }
  | { field: FieldRef; in: readonly (string | number)[] }
  /** A multi-select value contains this option. */
  | { field: FieldRef; includes: string }
  /** A code starts with one of these prefixes, e.g. topography "C50" (breast) in Annex 55. */
  | { field: FieldRef; startsWith: readonly string[] }
  /** A code ends with one of these suffixes, e.g. a morphology's behaviour digit "/3" (malignant). */
  | { field: FieldRef; endsWith: readonly string[] }
  /**
   * Some item of the repeatable group at `field` satisfies `some`, read inside that item, e.g.
   * "a chronology row has surgery code 10 or 11": { field: "/treatments", some: { field: "code", in: ["10", "11"] } }.
   */
  | { field: FieldRef; some: Condition }
  | { field: FieldRef; filled: boolean }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** Arithmetic over fields of the same scope; null when an operand is missing or not finite. */
export type Formula =
  | number
  | { field: FieldRef }
  | { op: "+" | "-" | "*" | "/"; args: readonly [Formula, Formula] };

// ---------------------------------------------------------------------------------------------
// Form metadata

export type FieldType =
  | "text"
  | "textarea"
  /** ISO yyyy-mm-dd string. */
  | "date"
  /** A year alone (yyyy) or a full date (yyyy-mm-dd), as text: follow-up forms allow either. */
  | "partialDate"
  /** 4-digit year as a number. */
  | "year"
  | "integer"
  /** A number; `decimals` gives the precision typed and shown. */
  | "decimal"
  /** One value among `options` (radio buttons or a list: the renderer decides). */
  | "select"
  /** Several values among `options`, stored as an array. */
  | "multiselect"
  | "checkbox"
  /** ICD-O-3 topography "C34.1", picked from a searchable list. */
  | "topography"
  /** ICD-O-3 morphology with behaviour "8140/3", picked from a searchable list. */
  | "morphology"
  /** Shown, never typed nor stored: `formula` computes it from the other fields. */
  | "computed"
  /**
   * A fixed set of rows (`rows`) × a few columns of fields (`columns`), stored as
   * { [row]: { [column]: value } }: molecular markers × tumour 1/2, lymph nodes × examined/positive/date.
   */
  | "grid"
  /**
   * A value of one of the registry's code lists (`options`): the code is stored and exported, the
   * label shown. Codes are numbers ("40"), or capitals for the form's "#" codes ("#NK" → "NK").
   */
  | "code"
  /**
   * A physician { lastName, firstName, riziv } chosen from the hospital's person list `list`, or
   * typed once and added to it (lib/modules/field-types/person.ts). The registration keeps a copy.
   */
  | "person"
  /**
   * A code of one of the hospital's own lists `list` (lib/modules/hospital-lists.ts; "campuses":
   * the campus site numbers): the code is stored and exported, "code – name" shown.
   */
  | "hospitalCode"
  /**
   * Attached files (`file`: accepted kinds, size and count limits): the draft stores references
   * { id, name, size }, the bytes are kept encrypted beside the registration (lib/attachments).
   */
  | "file";

/** The kinds of file a file field may accept, checked on the content itself (lib/attachments/file-kinds.ts). */
export type FileKind = "pdf";

/** type "file" only: what may be attached. */
export interface FileLimits {
  accept: readonly FileKind[];
  /** Bytes per file. */
  maxBytes: number;
  maxFiles: number;
}

/** A row of a grid: its key in the stored value and its label. */
export interface GridRow {
  key: string;
  label: Translated;
  /**
   * This row's own fields, instead of the grid's `columns`: a row whose values have another
   * option list or type (HER2 IHC 0/1+/2+/3+ beside HER2 status; Ki-67 as a percentage).
   */
  columns?: readonly InputField[];
}

export interface FieldOption {
  /** The stored value. */
  value: string;
  label: Translated;
  /** The option is offered only when this holds (e.g. nomenclature codes of the indication). */
  visibleWhen?: Condition;
}

export interface InputField {
  kind: "field";
  /** Stable id from the specification ("A1", "D4"): data dictionary, exports, tests. */
  id: string;
  /** Property name in the form data, e.g. "indication". */
  key: string;
  type: FieldType;
  label: Translated;
  help?: Translated;
  options?: readonly FieldOption[];
  /**
   * Must be filled before sending (drafts are saved without checks): true, false, or true while
   * the condition holds. Only checked while the field is visible.
   */
  required: boolean | Condition;
  /**
   * Hidden (and ignored by validation, exports and the read-only display) unless this holds.
   * In a grid cell the scope is the grid's row: "/" reads from the root.
   */
  visibleWhen?: Condition;
  /** The value a new registration (or a new item of its group) starts with, e.g. the current UICC edition. */
  defaultValue?: string | number | boolean;
  /** Unit shown beside the input, e.g. "Gy". */
  unit?: string;
  /** Inclusive bounds the input offers; the rules decide what is an error or a warning. */
  min?: number;
  max?: number;
  /** The draft also refuses numbers outside min..max (otherwise only the input does, and rules judge). */
  storedBounds?: boolean;
  /** Decimals typed, shown and stored (a number with more is refused). */
  decimals?: number;
  maxLength?: number;
  /** Expected writing, shown as a placeholder, e.g. "yyyy-nnnnnn-nn". */
  placeholder?: string;
  /** type "computed" only. */
  formula?: Formula;
  /** type "grid" only: the fixed rows. */
  rows?: readonly GridRow[];
  /** type "grid" only: the fields of each row (not grids nor computed fields), ids like "G1a"; a row may have its own. */
  columns?: readonly InputField[];
  /**
   * type "person": the key of the hospital's person list it searches and adds to, e.g. "moc-participants";
   * type "hospitalCode": the hospital list it offers, e.g. "campuses" (lib/modules/hospital-lists.ts).
   */
  list?: string;
  /** type "file" only: accepted kinds, size per file and number of files. */
  file?: FileLimits;
  /** For the hospital's own use: kept, shown and printed, never in what goes to the registry (NEVER_SENT). */
  neverSent?: boolean;
}

/** A list of items with the same fields (dosimetric plans, lesions of a plan). */
export interface RepeatableGroup {
  kind: "group";
  /** "C" for plans, "C8" for lesions. */
  id: string;
  /** Property holding the array, e.g. "plans". */
  key: string;
  label: Translated;
  /** Title of one item, with {n} for its 1-based number: "Plan {n}". */
  itemLabel: Translated;
  help?: Translated;
  /** Export column prefix of one item, e.g. "plan" → plan1_…, plan2_…. */
  exportPrefix: string;
  minItems: number;
  /** Hard limit of the schema. */
  maxItems: number;
  /** Items exported when the caller does not measure the data (stable column set). */
  exportItems: number;
  visibleWhen?: Condition;
  /** Every field of the group is for the hospital's own use (see InputField.neverSent). */
  neverSent?: boolean;
  fields: readonly FormField[];
}

export type FormField = InputField | RepeatableGroup;

export interface FormSection {
  /** "A", "B", … as in the specification. */
  id: string;
  title: Translated;
  help?: Translated;
  visibleWhen?: Condition;
  /** Every field of the section is for the hospital's own use (see InputField.neverSent). */
  neverSent?: boolean;
  fields: readonly FormField[];
}

export interface FormDefinition {
  sections: readonly FormSection[];
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface PatientContext {
  /** yyyy-mm-dd, possibly partial ("1969-03-00", "1969-03", "1969") as derived from an INSZ. */
  birthDate?: string;
  sex?: "M" | "F" | null;
}

/** For a follow-up: the sent registration it follows, as its rules may compare with it. */
export interface OriginalRegistration {
  reference: string | null;
  sentAt: Date | null;
  /** The original's form data (the module's initial form). */
  formData: unknown;
}

export interface ValidationContext {
  today: Date;
  patient: PatientContext;
  /** Set when validating a follow-up registration. */
  original?: OriginalRegistration;
  /** When the registration is being sent; rules about lateness fall back to `today`. */
  sendDate?: Date;
}

/** What a rule reports; the runner adds rule id, version and severity. */
export interface RuleFinding {
  path: string;
  messageKey?: string;
  params?: Record<string, string | number>;
}

export interface ModuleRule<TData> {
  id: string;
  version: number;
  severity: Severity;
  /** One line in English for developers and the rule list; users see `messages`. */
  description: string;
  check(data: TData, context: ValidationContext): RuleFinding[];
}

/** messageKey → text with {placeholders}; {field} is replaced by the field's label. */
export type MessageCatalogue = Readonly<Record<string, Translated>>;

// ---------------------------------------------------------------------------------------------
// Exports

/** Items per repeatable group path ("plans", "plans.lesions") to flatten into columns. */
export type RepeatCounts = Readonly<Record<string, number>>;

/**
 * Who an export is for. "registry" (the default): what the registry receives, without the fields
 * marked `neverSent`. "hospital": the hospital's own file, with those fields, their labels marked.
 */
export const EXPORT_AUDIENCES = ["registry", "hospital"] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];

export interface ExportColumn {
  /** "A1_indication", "plan1_C1_startDate", "plan1_lesion2_D4_totalDoseGy". */
  id: string;
  fieldId: string;
  /** Header and data-dictionary label, with plan/lesion numbers. */
  label: Translated;
  type: FieldType;
  allowedValues?: readonly { value: string; label: Translated }[];
  /** How values are written: "yyyy-mm-dd", "ICD-O-3 Cxx.x", "values separated by |" … */
  format?: string;
  /** A field for the hospital's own use (only in "hospital" exports). */
  neverSent?: boolean;
  /** The cell text; "" when empty or when the field is hidden for this registration. */
  get(data: unknown): string;
}

// ---------------------------------------------------------------------------------------------
// Printouts

/**
 * A document printed besides the registration itself (F-REG-6), offered on the summary and
 * printable alone or after the registration in one file: e.g. the list of MOC participants with
 * the coordinator's attestation (Annex 55 M7, manual §5.9).
 */
export interface PrintoutDeclaration {
  /** In the PDF's address (?parts=registration,<id>): lower-case letters, digits and dashes. */
  id: string;
  /** The document's title and first heading. */
  title: Translated;
  /** The summary's button, e.g. "MOC afdrukken". */
  action: Translated;
  /** The ids of the form's sections it prints, in this order (only their visible fields). */
  sections: readonly string[];
  /** Offered only when this holds on the registration's content (e.g. a MOC reason ticked). */
  availableWhen?: Condition;
  /** Texts printed after the fields, one paragraph each (an attestation). */
  statements?: readonly Translated[];
  /** Lines left blank for a handwritten signature, each with its caption. */
  signatures?: readonly Translated[];
}

// ---------------------------------------------------------------------------------------------
// Demo data

/** What the demo seed (and the benchmark) needs to make plausible registrations of a module. */
export interface ModuleDemo<TDraft> {
  /**
   * Complete registrations without any issue for a patient born in 1955, registered on 2025-03-15:
   * a man, or a patient of the sex `patientSex` gives.
   */
  examples: readonly TDraft[];
  /** The sex of the patient an example is made for, when its rules check it (a prostate: "M"); null: either. Absent: either for all. */
  patientSex?(data: TDraft): "M" | "F" | null;
  /**
   * Modules with follow-ups: complete follow-up content without any issue once laid under the
   * follow-up form's prefill from a sent example (the seed moves its dates after the original's care).
   */
  followUps?: {
    examples: readonly unknown[];
    /** The follow-up's last day, as a time value (null without one). */
    lastDay(data: unknown): number | null;
  };
  /** The last day of the registered care, as a time value (null without one): examples are moved in time around it. */
  lastDay(data: TDraft): number | null;
  /** Top-level keys a draft in progress may still miss. */
  leftOpenInDrafts: readonly string[];
  /** Changes an example (in place) so that it raises a warning worth confirming. */
  addWarning(data: TDraft): void;
}

// ---------------------------------------------------------------------------------------------
// Lists

/**
 * One thing that tells a registration's row apart from the patient's other rows in the Saved and
 * Sent lists (e.g. the indication, the first plan's start). Dates stay ISO so the lists format
 * them with the app's one date formatter.
 */
export type ListSummaryItem =
  | { label: Translated; text: Translated }
  | { label: Translated; date: string };

// ---------------------------------------------------------------------------------------------
// The declaration

export type ModuleKind = "standard" | "project";

/** User functions that may register in a module (F-ROLE); anything else is refused. */
export type RegistrationFunction = "SPECIALIST" | "COORDINATOR" | "ADMINISTRATIVE";

/** What a registration form declares: a module's initial form, or its follow-up form. */
export interface RegistrationFormDeclaration<TDraft = unknown> {
  /** Accepts any incomplete content of the right shape: what "save draft" stores. */
  draftSchema: z.ZodType<TDraft>;
  /** The draft schema's result for `data`, faster for content already as saving stores it (lib/modules/draft-parser.ts). */
  parseDraft(data: unknown): z.ZodSafeParseResult<TDraft>;
  /** Initial values of a new registration: default values, and groups' minimum items where the empty form shows them. */
  emptyDraft(): TDraft;
  /**
   * A follow-up form: what a new follow-up takes from the sent original it follows (its form data,
   * of any shape), laid over emptyDraft() — e.g. site, histology and incidence date. Absent: nothing.
   */
  prefill?(originalFormData: unknown): Partial<TDraft>;
  form: FormDefinition;
  rules: readonly ModuleRule<TDraft>[];
  /** Runs every rule; never throws, whatever `data` is. Content of the wrong shape gives format errors. */
  validate(data: unknown, context: ValidationContext): ValidationIssue[];
  /** Flattened columns; without counts each group gets its `exportItems`; the audience is "registry" unless said. */
  exportColumns(counts?: RepeatCounts, audience?: ExportAudience): ExportColumn[];
  /** The content of a corrected version of a sent registration of this form (F-REG-5). */
  prepareCorrection(data: unknown): TDraft;
  /** Where the form keeps its tumour facts (lib/modules/facts.ts); a form without gives none. */
  facts?: FactDeclaration;
  /** Documents printed besides the registration (the MOC list); none when absent. */
  printouts?: readonly PrintoutDeclaration[];
}

/**
 * A date of a registration's content that the Saved and Sent lists can be searched by and
 * downloads selected by (manual §5.8, §5.11): a tumour fact (lib/modules/facts.ts), kept in a
 * column of its own at every save so that filtering reads no content.
 */
export type SearchDate = "incidenceDate" | "mocDate";

/**
 * When the registry expects a registration of the initial form: from `opensAfterMonths` to
 * `dueAfterMonths` after one of its dates (e.g. 4–6 months after the incidence date). Data,
 * so that the worklist of drafts due or overdue is a query on the stored date.
 */
export interface SendWindowDeclaration {
  after: SearchDate;
  opensAfterMonths: number;
  dueAfterMonths: number;
}

/** A registration is a module's first one, or a follow-up of a sent one. */
export type RegistrationKind = "INITIAL" | "FOLLOW_UP";

interface ModuleBase<TDraft> extends RegistrationFormDeclaration<TDraft> {
  /** URL and database id: lower-case letters, digits and dashes. */
  id: string;
  name: Translated;
  /** First part of the references handed out when sending: "<prefix>-2026-000042". */
  referencePrefix: string;
  /** "standard" is listed first on the home page, then "project" modules by name (F-HOME-1). */
  kind: ModuleKind;
  /** Functions allowed to use the module (F-ROLE-2). */
  requiredProfiles: readonly RegistrationFunction[];
  /** When set, only physicians of these specialties (membership.specialty) may use it (F-ROLE-2). */
  requiredSpecialties?: readonly string[];
  /** Messages of the rules of both forms. */
  messages: MessageCatalogue;
  /**
   * The person lists its person fields use (their `list` key → the title of the list's page).
   * Modules declaring the same key share the hospital's list.
   */
  personLists?: Readonly<Record<string, { title: Translated }>>;
  /** Demo registrations of the module (the demo seed skips modules without). */
  demo?: ModuleDemo<TDraft>;
  /**
   * A project module offered after sending a standard registration that activates it, and filled
   * from it (lib/modules/projects.ts, manual §6.1.1); absent: only started from the home page.
   */
  project?: ProjectDeclaration;
  /**
   * A previous registration's content as the starting point of a new one for the same patient
   * (what the system fills and what was confirmed left out); absent: the module offers no copies.
   */
  prepareCopy?(data: unknown): TDraft;
  /** What the list rows show of a registration's content, at most three short items; nothing when absent. */
  listSummary?(data: unknown): ListSummaryItem[];
  /**
   * Dates of the content (tumour facts) the lists can be searched by and downloads selected by,
   * besides the last change and the sending date (manual §5.8, §5.11); none when absent.
   */
  searchDates?: readonly SearchDate[];
  /** When the registry expects a registration (drafts due or overdue are listed for the hospital); none when absent. */
  sendWindow?: SendWindowDeclaration;
}

/**
 * A module: its initial form on the declaration itself and, when follow-ups exist (second
 * "plus F" icon, F-HOME-2), the follow-up form, whose rules see the original (`context.original`).
 */
export type ModuleDeclaration<TDraft = unknown> = ModuleBase<TDraft> &
  (
    | { allowsFollowUp: false; followUp?: undefined }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    | { allowsFollowUp: true; followUp: RegistrationFormDeclaration<any> }
  );

/**
 * Any module, as the registry lists them. `any` because rules take the module's own draft type
 * (a parameter position), so a module's ModuleDeclaration<ItsDraft> is not a ModuleDeclaration<unknown>.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModuleDeclaration = ModuleDeclaration<any>;
