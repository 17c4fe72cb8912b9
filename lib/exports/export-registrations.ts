/**
 * Bulk download of registrations (F-BULK-2..4) as CSV or TXT.
 *
 * - Only accessible rows: every query carries `registrationWhere(context, "export")`; a user
 *   without export rights (the access manager, an unfinished login) is refused before anything
 *   is read.
 * - Saved registrations are selected and ordered by their last change (updatedAt), sent ones by
 *   their sending date (sentAt): `from` inclusive, `to` exclusive, and never after the export's
 *   start (`now`), so a registration changed meanwhile is not written twice.
 * - Streams: the ids are chosen in keyset-paginated batches on (date, id) — the list indexes of
 *   prisma/schema.prisma — by Prisma with the policy; their rows are then read through the
 *   driver (lib/db/row-reader.ts), the next batch while the current one is written. Memory
 *   holds at most two batches, whatever the number of rows; and since garbage that lives long
 *   piles up in V8's old generation before it is collected, rows are let go as soon as they
 *   are written and text is handed on every few dozen rows (bench/export-memory.ts measures it).
 * - Columns (columns.ts): registration, patient, validation, then the module's. Repeatable groups
 *   get their `exportItems` or more when a registration in the export
 *   has more: before the header, the database is asked for the (rare) registrations that have
 *   more items than that, and only their form data are read to count them. So the header comes
 *   first and nothing is cut off.
 * - The first line holds the column ids (the stable contract, see columns.ts and the data
 *   dictionary); `header: "labels"` writes the column names in the user's language instead.
 * - Audited once (F-SEC-1), when the stream ends: action export.csv / export.txt with the
 *   filter, the number of rows written and whether the download completed.
 */
import { Prisma } from "@/generated/prisma/client";
import { canReadModule, readerAudience, registrationWhere } from "@/lib/access/policy";
import { seesOwnUse } from "@/lib/modules/audience";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { rowReaderOf } from "@/lib/db/row-reader";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import { ok, refuse, type Result } from "@/lib/registrations/result";
import type { AnyModuleDeclaration, ExportAudience, RegistrationKind, RepeatCounts, SearchDate } from "@/lib/modules/types";
import { dayValue } from "@/lib/registrations/content-dates";
import type { RegistrationStatus, ValidationStatus } from "@/lib/registrations/registration-view";
import { followUpFormColumns, fromModuleColumn, registrationColumns, type ExportSource, type RecordColumn } from "./columns";
import { BYTE_ORDER_MARK, contentTypes, formatLine, type DelimitedFormat } from "./delimited-text";
import { ColumnSelector, defaultCounts, overflowPaths, repeatGroups, widenCounts } from "./repeat-counts";

export type ExportKind = "saved" | "sent";
export type HeaderStyle = "ids" | "labels";
/** The date a period is read on: last change, sending date, or a date of the content the module searches by. */
export type ExportDate = "changed" | "sent" | SearchDate;

export interface ExportOptions {
  moduleId: string;
  /** "saved": drafts by date of last change; "sent": sent registrations by sending date. */
  kind: ExportKind;
  /** Inclusive lower bound of the date of last change (saved) or sending date (sent). */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /**
   * The period is read on this date instead (a content date the module declares in `searchDates`,
   * e.g. the MOC date): `fromDay` and `toDay` are then its inclusive calendar days (yyyy-mm-dd).
   */
  dateBy?: ExportDate;
  fromDay?: string;
  toDay?: string;
  /** "registry" (default): without the fields for the hospital's own use; "hospital": with them, marked (not for registry staff). */
  audience?: ExportAudience;
  /** Only these registrations (a selection in a result list, F-FIND-2). */
  ids?: readonly string[];
  format: DelimitedFormat;
  /** Language of the header when `header` is "labels". */
  locale: Locale;
  header?: HeaderStyle;
  /** Rows read per query. */
  batchSize?: number;
}

export interface PreparedExport {
  fileName: string;
  contentType: string;
  /** The file, as text chunks: byte order mark and header first, then chunks of a few dozen rows. */
  chunks: AsyncIterable<string>;
}

const DEFAULT_BATCH_SIZE = 500;

/** One registration as the export reads it: the columns of ROWS_SQL. */
interface Row {
  id: string;
  reference: string | null;
  status: RegistrationStatus;
  moduleId: string;
  correctionOfReference: string | null;
  kind: RegistrationKind;
  followUpOfReference: string | null;
  projectSourceReference: string | null;
  projectReferences: string | null;
  organisationId: string;
  responsiblePhysicianId: string;
  createdById: string;
  sentById: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  validationStatus: ValidationStatus;
  /** As JSON text: parsed row by row while writing, so a batch waiting in memory stays small. */
  formData: string;
  identityCiphertext: string | null;
  keyId: string | null;
  identifiedByService: boolean | null;
  confirmations: { ruleId: string; fieldPath: string; comment: string }[] | null;
  tumourDecisions: { ruleId: string; otherReference: string | null; choice: string; comment: string }[] | null;
}

/**
 * The rows of one batch, by the ids a policy-filtered Prisma query chose (readBatch): read
 * through the driver because Prisma's result mapping doubled the time of an export. Timestamps
 * are stored in UTC without a zone and written as the export's ISO 8601 text by the database
 * (parsing them into dates only to print them again cost a third of the reading).
 */
const isoText = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const ROWS_SQL = `
  SELECT r.id, r.reference, r.status::text AS status, r."moduleId", r."correctionOfReference",
    r.kind::text AS kind, (SELECT o.reference FROM "Registration" o WHERE o.id = r."followUpOfId") AS "followUpOfReference",
    (SELECT s.reference FROM "Registration" s WHERE s.id = r."sourceRegistrationId") AS "projectSourceReference",
    (SELECT string_agg(pr.reference, '|' ORDER BY pr.reference) FROM "Registration" pr
      WHERE pr."sourceRegistrationId" = r.id AND pr."organisationId" = r."organisationId" AND pr.reference IS NOT NULL) AS "projectReferences",
    r."organisationId", r."responsiblePhysicianId", r."createdById", r."sentById",
    ${isoText('r."createdAt"')} AS "createdAt", ${isoText('r."updatedAt"')} AS "updatedAt", ${isoText('r."sentAt"')} AS "sentAt", r."validationStatus"::text AS "validationStatus", r."formData"::text AS "formData",
    p."identityCiphertext", p."keyId", p."identifiedByService",
    (SELECT json_agg(json_build_object('ruleId', c."ruleId", 'fieldPath', c."fieldPath", 'comment', c.comment)
       ORDER BY c."confirmedAt", c."ruleId")
     FROM "WarningConfirmation" c WHERE c."registrationId" = r.id) AS confirmations,
    (SELECT json_agg(json_build_object('ruleId', d."ruleId", 'otherReference', d."otherReference", 'choice', d.choice, 'comment', d.comment)
       ORDER BY d."decidedAt", d.id)
     FROM "TumourDecision" d WHERE d."registrationId" = r.id) AS "tumourDecisions"
  FROM "Registration" r LEFT JOIN "RegistrationPatient" p ON p."registrationId" = r.id
  WHERE r.id = ANY($1::uuid[])`;

/**
 * Prepares the download of the registrations matching `options` that the user may export.
 * Nothing is read until `chunks` is iterated; refusals come first, so a route can answer
 * with an error status instead of a broken file.
 */
export function exportRegistrations(
  context: SessionContext | null,
  options: ExportOptions,
  db: Db = getDb(),
  now: Date = new Date(),
): Result<PreparedExport> {
  const policy = registrationWhere(context, "export");
  if (!context || !policy) return refuse("forbidden");
  const declaration = getModule(options.moduleId);
  if (!declaration) return refuse("not_found");
  if (!canReadModule(context, declaration)) return refuse("forbidden");
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) return refuse("invalid");
  if ([options.from, options.to].some((date) => date && Number.isNaN(date.getTime()))) return refuse("invalid");
  const contentDate = options.dateBy === "incidenceDate" || options.dateBy === "mocDate" ? options.dateBy : undefined;
  if (contentDate && !declaration.searchDates?.includes(contentDate)) return refuse("invalid");
  if ([options.fromDay, options.toDay].some((day) => day !== undefined && dayValue(day) === null)) return refuse("invalid");
  // The hospital's own fields never leave for the registry, whoever asks.
  const audience: ExportAudience = options.audience ?? "registry";
  if (audience === "hospital" && !seesOwnUse(readerAudience(context))) return refuse("forbidden");

  const actor = actorOf(context);
  const moduleId = declaration.id;
  const moduleDeclaration: AnyModuleDeclaration = declaration;
  const where = baseWhere(policy, options, now);

  async function* chunks(): AsyncGenerator<string> {
    const names = new NameBook(db);
    let rows = 0;
    let completed = false;
    // The hospitals whose registrations left in the file: the event shows in their trails too.
    const organisations = new Set<string>();
    let pending: Promise<Batch> | null = null;
    try {
      const layout = await planColumns(db, moduleDeclaration, where, options.kind, batchSize, audience);
      const header = layout.columns.map((column) => (options.header === "labels" ? column.label[options.locale] : column.id));
      yield BYTE_ORDER_MARK + formatLine(header, options.format);
      const read = (keys: Promise<Keyed[]>) => readBatch(db, where, options.kind, batchSize, keys);
      pending = read(readKeys(db, where, options.kind, batchSize, null));
      while (pending) {
        const { rows: batch, nextKeys }: Batch = await pending;
        pending = nextKeys ? read(nextKeys) : null;
        if (batch.length === 0) continue;
        await names.complete(batch);
        rows += batch.length;
        for (const row of batch) organisations.add(row.organisationId);
        for (const text of formatBatch(batch, layout, names, options.format)) yield text;
      }
      completed = true;
    } finally {
      // A download cancelled halfway leaves a read in flight: let it settle before auditing.
      await pending?.catch(() => undefined);
      await recordAuditEvent(db, actor, {
        action: `export.${options.format}`,
        moduleId,
        details: {
          moduleId,
          kind: options.kind,
          format: options.format,
          from: options.from?.toISOString() ?? null,
          to: options.to?.toISOString() ?? null,
          dateBy: options.dateBy ?? null,
          audience,
          selectedIds: options.ids?.length ?? null,
          rows,
          completed,
        },
        subjectOrganisationIds: [...organisations],
      });
    }
  }

  return ok({
    fileName: exportFileName(declaration.id, options.kind, options.format, now, audience),
    contentType: contentTypes[options.format],
    chunks: chunks(),
  });
}

/** wbcr-<module>-sent-2025-03-15.csv: module, what, and the day of the export. */
export function exportFileName(moduleId: string, kind: ExportKind, format: DelimitedFormat, now: Date, audience: ExportAudience = "registry"): string {
  return `wbcr-${moduleId}-${kind}${audience === "hospital" ? "-hospital" : ""}-${now.toISOString().slice(0, 10)}.${format}`;
}

const orderKey = (kind: ExportKind) => (kind === "saved" ? "updatedAt" : "sentAt");

/**
 * The rows of the export. Capped at the moment it starts: a draft saved while the file is being
 * written moves past the keyset cursor and would otherwise come out twice.
 */
function baseWhere(policy: Prisma.RegistrationWhereInput, options: ExportOptions, startedAt: Date): Prisma.RegistrationWhereInput {
  const contentDate = options.dateBy === "incidenceDate" || options.dateBy === "mocDate" ? options.dateBy : undefined;
  // Selected by a date of the content, the rows are still ordered (keyset) by the kind's own date, capped at the start.
  const upper = !contentDate && options.to && options.to.getTime() <= startedAt.getTime() ? { lt: options.to } : { lte: startedAt };
  const range = { ...(!contentDate && options.from ? { gte: options.from } : {}), ...upper };
  // A sent registration always has its sending date; the keyset needs it never null.
  const ordered: Prisma.RegistrationWhereInput = options.kind === "saved" ? { updatedAt: range } : { sentAt: { ...range, not: null } };
  const fromDay = dayValue(options.fromDay);
  const toDay = dayValue(options.toDay);
  const dates: Prisma.RegistrationWhereInput = contentDate
    ? { AND: [ordered, { [contentDate]: { not: null, ...(fromDay ? { gte: fromDay } : {}), ...(toDay ? { lte: toDay } : {}) } }] }
    : ordered;
  return {
    AND: [
      policy,
      { moduleId: options.moduleId, status: options.kind === "saved" ? "DRAFT" : "SENT" },
      dates,
      ...(options.ids ? [{ id: { in: [...options.ids] } }] : []),
    ],
  };
}

type Keyed = { id: string; updatedAt: Date; sentAt: Date | null };

/** The keyset condition "after this row" in (date, id) order: a page is fast at any depth. */
function after(kind: ExportKind, row: Keyed | null): Prisma.RegistrationWhereInput[] {
  const key = orderKey(kind);
  const at = row?.[key];
  if (!row || !at) return [];
  return [{ [key]: { gte: at } }, { OR: [{ [key]: { gt: at } }, { id: { gt: row.id } }] }];
}

const orderBy = (kind: ExportKind): Prisma.RegistrationOrderByWithRelationInput[] => [{ [orderKey(kind)]: "asc" }, { id: "asc" }];

interface Batch {
  rows: Row[];
  /** The keys of the next batch, already asked for; null after the last one. */
  nextKeys: Promise<Keyed[]> | null;
}

/** The ids of the next batch after `last`, chosen under the access policy. */
function readKeys(db: Db, where: Prisma.RegistrationWhereInput, kind: ExportKind, size: number, last: Keyed | null): Promise<Keyed[]> {
  return db.registration.findMany({
    where: { AND: [where, ...after(kind, last)] },
    orderBy: orderBy(kind),
    take: size,
    select: { id: true, updatedAt: true, sentAt: true },
  });
}

/**
 * The rows of a batch, in the order of its keys. The following batch's keys are asked for at
 * the same time as these rows, so the database works on both while the client waits once.
 */
async function readBatch(db: Db, where: Prisma.RegistrationWhereInput, kind: ExportKind, size: number, keysRead: Promise<Keyed[]>): Promise<Batch> {
  const keys = await keysRead;
  const last = keys.at(-1);
  // A registration deleted meanwhile has a key but no row: the keys, not the rows, say where
  // the next batch starts and whether there is one.
  const nextKeys = last && keys.length === size ? readKeys(db, where, kind, size, last) : null;
  // If reading these rows fails, nobody awaits the next keys: their failure must not go unhandled.
  nextKeys?.catch(() => undefined);
  if (keys.length === 0) return { rows: [], nextKeys };
  const rows = await rowReaderOf(db)<Row>(ROWS_SQL, [keys.map((key) => key.id)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: keys.flatMap((key) => byId.get(key.id) ?? []), nextKeys };
}

interface ColumnLayout {
  columns: RecordColumn[];
  /** How many leading columns are the registration's own (always computed). */
  registrationCount: number;
  selector: ColumnSelector;
  /** How many trailing columns are the follow-up form's (always computed: they are few). */
  followUpCount: number;
}

/**
 * The export's columns: the repeatable groups get their exportItems, widened to the largest item
 * counts of the registrations that exceed them (found by the database, read in batches).
 */
async function planColumns(
  db: Db,
  module: AnyModuleDeclaration,
  where: Prisma.RegistrationWhereInput,
  kind: ExportKind,
  size: number,
  audience: ExportAudience,
): Promise<ColumnLayout> {
  const groups = repeatGroups(module);
  const counts = defaultCounts(groups);
  if (groups.length > 0) {
    const paths = overflowPaths(groups);
    // Without usable paths (deeply nested groups), every registration is measured.
    const exceeding: Prisma.RegistrationWhereInput = paths
      ? { OR: paths.map((path) => ({ formData: { path, not: Prisma.DbNull } })) }
      : {};
    let last: Keyed | null = null;
    for (;;) {
      const batch: (Keyed & { formData: unknown })[] = await db.registration.findMany({
        where: { AND: [where, exceeding, ...after(kind, last)] },
        orderBy: orderBy(kind),
        take: size,
        select: { id: true, updatedAt: true, sentAt: true, formData: true },
      });
      for (const row of batch) widenCounts(counts, row.formData, groups);
      last = batch.at(-1) ?? null;
      if (batch.length < size) break;
    }
  }
  const exportCounts: RepeatCounts = counts;
  const moduleColumns = module.exportColumns(exportCounts, audience);
  const own = registrationColumns(module);
  const of = module.allowsFollowUp ? "INITIAL" : undefined;
  const followUp = followUpFormColumns(module, audience);
  return {
    columns: [...own, ...moduleColumns.map((column) => fromModuleColumn(column, of)), ...followUp],
    registrationCount: own.length,
    selector: new ColumnSelector(module, groups, exportCounts, moduleColumns, audience),
    followUpCount: followUp.length,
  };
}

/**
 * Rows per chunk of text. Lines handed on soon die young in V8's nursery; a whole batch of lines
 * held until the batch ends outlived it and piled up in the old generation (heap growth).
 */
const ROWS_PER_CHUNK = 50;

function* formatBatch(batch: (Row | undefined)[], layout: ColumnLayout, names: NameBook, format: DelimitedFormat): Generator<string> {
  const { columns, registrationCount, selector, followUpCount } = layout;
  const lines: string[] = [];
  const cells: string[] = new Array<string>(columns.length);
  for (let index = 0; index < batch.length; index += 1) {
    const row = batch[index]!;
    // Written rows are let go at once rather than with the whole batch (same reason as above).
    batch[index] = undefined;
    const source = toSource(row, names);
    cells.fill("");
    for (let index = 0; index < registrationCount; index += 1) cells[index] = columns[index]!.get(source);
    // Columns of plans or lesions this registration does not have stay empty without asking.
    for (const position of selector.positionsFor(source.formData)) {
      cells[registrationCount + position] = columns[registrationCount + position]!.get(source);
    }
    for (let index = columns.length - followUpCount; index < columns.length; index += 1) cells[index] = columns[index]!.get(source);
    lines.push(formatLine(cells, format));
    if (lines.length === ROWS_PER_CHUNK) {
      yield lines.join("");
      lines.length = 0;
    }
  }
  if (lines.length > 0) yield lines.join("");
}

function toSource(row: Row, names: NameBook): ExportSource {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    moduleId: row.moduleId,
    correctionOfReference: row.correctionOfReference,
    kind: row.kind,
    followUpOfReference: row.followUpOfReference,
    projectSourceReference: row.projectSourceReference,
    projectReferences: row.projectReferences,
    organisation: names.organisation(row.organisationId),
    responsiblePhysician: names.physician(row.responsiblePhysicianId),
    createdByName: names.person(row.createdById),
    sentByName: row.sentById ? names.person(row.sentById) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
    validationStatus: row.validationStatus,
    identifiedByService: row.identifiedByService ?? false,
    patient: row.identityCiphertext && row.keyId ? decryptIdentity({ identityCiphertext: row.identityCiphertext, keyId: row.keyId, registrationId: row.id }) : {},
    confirmations: row.confirmations ?? [],
    tumourDecisions: row.tumourDecisions ?? [],
    formData: JSON.parse(row.formData) as unknown,
  };
}

/**
 * Names of organisations, physicians and people, read once per export: a few dozen distinct
 * values recur over thousands of rows, so they are not joined into every batch.
 */
class NameBook {
  private readonly organisations = new Map<string, { nihii: string; name: string }>();
  private readonly physicians = new Map<string, { nihii: string | null; name: string }>();
  private readonly people = new Map<string, string>();

  constructor(private readonly db: Db) {}

  async complete(rows: readonly Row[]): Promise<void> {
    const missing = <T>(map: Map<string, T>, ids: (string | null)[]) =>
      [...new Set(ids.filter((id): id is string => id !== null && !map.has(id)))];
    const organisationIds = missing(this.organisations, rows.map((r) => r.organisationId));
    const physicianIds = missing(this.physicians, rows.map((r) => r.responsiblePhysicianId));
    const personIds = missing(this.people, rows.flatMap((r) => [r.createdById, r.sentById]));
    if (organisationIds.length) {
      const found = await this.db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, nihii: true, name: true } });
      for (const o of found) this.organisations.set(o.id, { nihii: o.nihii, name: o.name });
    }
    if (physicianIds.length) {
      const found = await this.db.membership.findMany({
        where: { id: { in: physicianIds } },
        select: { id: true, nihii: true, person: { select: { firstName: true, lastName: true } } },
      });
      for (const m of found) this.physicians.set(m.id, { nihii: m.nihii, name: fullName(m.person) });
    }
    if (personIds.length) {
      const found = await this.db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, firstName: true, lastName: true } });
      for (const p of found) this.people.set(p.id, fullName(p));
    }
  }

  organisation(id: string) {
    return this.organisations.get(id) ?? { nihii: "", name: "" };
  }

  physician(id: string) {
    return this.physicians.get(id) ?? { nihii: null, name: "" };
  }

  person(id: string) {
    return this.people.get(id) ?? "";
  }
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
