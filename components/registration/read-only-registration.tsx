import { useTranslations } from "next-intl";
import type { Scope } from "@/lib/modules/conditions";
import { displayFieldValue } from "@/lib/modules/field-types/registry";
import { getAtPath, joinPath } from "@/lib/modules/paths";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { FormDefinition, FormField, InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import { attachmentHref } from "@/lib/attachments/attachment-href";
import { fileReferences } from "@/lib/modules/field-types/file";
import { useAttachmentsRegistration } from "./controls/attachments-context";
import { IssueNotes } from "./field-chrome";
import { fieldDomId } from "./field-dom-id";
import type { NumberedIssue } from "./form-context";
import { holds, scopeAt } from "./form-values";
import { IssueList } from "./issue-list";
import type { PickerLists, RegistrationIssue } from "./types";

export interface ReadOnlyRegistrationProps {
  form: FormDefinition;
  data: unknown;
  locale: Locale;
  issues?: readonly RegistrationIssue[];
  pickerLists?: PickerLists;
  /** The registration's hospital lists: campuses are shown "710 – Campus Sint-Jan". */
  hospitalLists?: HospitalLists;
}

interface Context {
  locale: Locale;
  lists: PickerLists | undefined;
  hospitalLists: HospitalLists | undefined;
  issuesByPath: ReadonlyMap<string, NumberedIssue[]>;
  data: unknown;
  t: (key: string) => string;
  /** The registration whose attached files the file fields link to, when known. */
  attachmentsOf: string | null;
}

/** Values as a registrar reads them (the field type's display); undefined when empty. */
function display(field: InputField, value: unknown, scope: Scope, context: Context): string | undefined {
  const { locale, lists, t } = context;
  return displayFieldValue(field, value, {
    locale,
    scope,
    yes: t("yes"),
    no: t("no"),
    codeLabel: (kind, code) => lists?.[kind].find((entry) => entry.code === code)?.label,
    hospitalLists: context.hospitalLists,
  });
}

function Fields({
  fields,
  itemPath,
  context,
  sectionTitle,
}: {
  fields: readonly FormField[];
  itemPath: string;
  context: Context;
  sectionTitle?: string;
}) {
  const { locale, data, t } = context;
  const scope = scopeAt(data, itemPath);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 md:grid-cols-2">
      {fields.map((field) => {
        if (!holds(field.visibleWhen, scope)) return null;
        const path = joinPath(itemPath, field.key);
        const issues = context.issuesByPath.get(path) ?? [];
        if (field.kind === "group") {
          const items = getAtPath(data, path);
          const list = Array.isArray(items) ? items : [];
          return (
            <div key={field.key} id={fieldDomId(path)} tabIndex={-1} className="md:col-span-2">
              <dt className={sectionTitle === field.label[locale] ? "sr-only" : "text-sm font-semibold text-brand-900"}>
                {field.label[locale]} <span className="text-xs font-normal text-slate-500">{field.id}</span>
              </dt>
              <dd className="mt-1 space-y-3">
                <IssueNotes id={`${fieldDomId(path)}-issues`} issues={issues} />
                {list.length === 0 && <p className="text-sm italic text-slate-600">{t("noItems")}</p>}
                {list.map((_, index) => {
                  const item = joinPath(path, index);
                  return (
                    <section
                      key={item}
                      id={fieldDomId(item)}
                      tabIndex={-1}
                      aria-label={field.itemLabel[locale].replace("{n}", String(index + 1))}
                      className="rounded border border-slate-300 bg-white p-3"
                    >
                      <h4 className="mb-2 text-sm font-semibold text-slate-800">
                        {field.itemLabel[locale].replace("{n}", String(index + 1))}
                      </h4>
                      <Fields fields={field.fields} itemPath={item} context={context} />
                    </section>
                  );
                })}
              </dd>
            </div>
          );
        }
        const shown = display(field, getAtPath(data, path), scope, context);
        const files = field.type === "file" && context.attachmentsOf ? fileReferences(getAtPath(data, path)) : [];
        const registrationId = context.attachmentsOf;
        const wide = field.type === "textarea" || field.type === "multiselect" || field.type === "checkbox" || field.type === "grid";
        return (
          <div key={field.key} className={wide ? "md:col-span-2" : undefined}>
            <dt className="text-xs font-medium text-slate-600">
              {field.label[locale]} <span className="text-slate-500">{field.id}</span>
            </dt>
            <dd
              id={fieldDomId(path)}
              tabIndex={-1}
              className={`text-sm ${shown === undefined ? "italic text-slate-500" : "whitespace-pre-wrap text-slate-900"}`}
            >
              {files.length > 0 && registrationId ? (
                <ul>
                  {files.map((file) => (
                    <li key={file.id}>
                      <a href={attachmentHref(registrationId, file.id)} download={file.name} className="break-words text-brand-700 underline">
                        {file.name}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                (shown ?? (field.type === "computed" ? t("notComputed") : t("empty")))
              )}
            </dd>
            <IssueNotes id={`${fieldDomId(path)}-issues`} issues={issues} />
          </div>
        );
      })}
    </dl>
  );
}

/** A registration shown without inputs (sent registrations are immutable, F-REG-5). */
export function ReadOnlyRegistration({ form, data, locale, issues = [], pickerLists, hospitalLists }: ReadOnlyRegistrationProps) {
  const t = useTranslations("registrationForm");
  const issuesByPath = new Map<string, NumberedIssue[]>();
  issues.forEach((entry, index) => {
    const list = issuesByPath.get(entry.issue.path) ?? [];
    list.push({ ...entry, number: index + 1 });
    issuesByPath.set(entry.issue.path, list);
  });
  const attachmentsOf = useAttachmentsRegistration();
  const context: Context = { locale, lists: pickerLists, hospitalLists, issuesByPath, data, t, attachmentsOf };
  const root = scopeAt(data, "");
  return (
    <div className="space-y-5">
      <p className="rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-2 text-sm text-brand-900">{t("readOnly.notice")}</p>
      {issues.length > 0 && (
        <IssueList items={issues.map((entry) => ({ ...entry, href: `#${fieldDomId(entry.issue.path)}` }))} />
      )}
      {form.sections.map((section) =>
        holds(section.visibleWhen, root) ? (
          <section
            key={section.id}
            aria-labelledby={`section-${section.id}-title`}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h3 id={`section-${section.id}-title`} className="mb-3 text-base font-semibold text-brand-900">
              <span className="mr-2 text-slate-500">{section.id}.</span>
              {section.title[locale]}
            </h3>
            <Fields fields={section.fields} itemPath="" context={context} sectionTitle={section.title[locale]} />
          </section>
        ) : null,
      )}
    </div>
  );
}
