/**
 * Every action the code writes to the audit trail has a translated label on the audit page
 * (issue 14: `registration.tumour_decision` showed as a raw id). The ids are found in the source
 * of every file that records an event, so a new action without a label fails here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionGroups, auditActions } from "@/lib/audit/audit-actions";
import { loadCatalogue } from "@/lib/i18n/catalogue";
import { locales } from "@/lib/i18n/locales";

const root = path.resolve(__dirname, "../../..");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The action ids written in the source: the dotted lower-case literals ("registration.view") of
 * every file that records events, and its `export.${format}` template (one id per format). Any
 * other template is kept as written, so it fails the check until this test learns its values.
 */
function emittedActions(): Set<string> {
  const literal = /["'`]([a-z]+(?:_[a-z]+)*(?:\.[a-z_]+)+)["'`]/g;
  const template = /`([a-z_]+\.)\$\{[^}]+\}`/g;
  const found = new Set<string>();
  for (const file of ["lib", "app", "scripts"].flatMap((top) => filesUnder(path.join(root, top)))) {
    const source = readFileSync(file, "utf8");
    if (!/record(Audit|Operator)Event\(/.test(source) || file.endsWith(path.join("audit", "audit-actions.ts"))) continue;
    for (const match of source.matchAll(literal)) found.add(match[1]!);
    for (const match of source.matchAll(template)) {
      if (match[1] === "export.") for (const format of ["csv", "txt"]) found.add(`export.${format}`);
      else found.add(match[0]);
    }
  }
  return found;
}

const textAt = (node: unknown, dotted: string): unknown =>
  dotted.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], node);

describe("audit action labels", () => {
  const emitted = emittedActions();

  it("finds the actions written by the code", () => {
    for (const known of ["registration.view", "registration.tumour_decision", "export.csv", "operator.organisation.create"]) expect(emitted).toContain(known);
  });

  it("lists every action the code writes", () => {
    expect([...emitted].filter((action) => !(auditActions as readonly string[]).includes(action)).sort()).toEqual([]);
  });

  it("puts every listed action in a group of the filter", () => {
    expect(auditActions.filter((action) => !(auditActionGroups as readonly string[]).includes(action.split(".")[0]!))).toEqual([]);
  });

  it.each(locales)("labels every listed action and group in %s", (locale) => {
    const audit = loadCatalogue(locale).audit;
    const missing = [
      ...auditActions.filter((action) => typeof textAt(audit, `actions.${action}`) !== "string"),
      ...auditActionGroups.filter((name) => typeof textAt(audit, `groups.${name}`) !== "string").map((name) => `group ${name}`),
    ];
    expect(missing).toEqual([]);
  });
});
