/**
 * `npm run admin -- <command> [options]`: the operator's commands for the first steps of an
 * installation (docs/operations.md "First hospital"). Thin: each command parses its options and
 * calls one use case in lib/operations/. Works on the configured database, PostgreSQL or PGlite
 * (stop the app first with PGlite: one process at a time).
 */
import { parseArgs } from "node:util";
import { createDb, type DbHandle } from "@/lib/db/client";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { appointAccessManager, listPeopleOfOrganisation, removeAccessManager } from "@/lib/operations/access-managers";
import { addOrganisation, deactivateOrganisation, listOrganisations } from "@/lib/operations/organisations";
import type { OperationFailure, OperationResult } from "@/lib/operations/result";

/** Exit codes scripts can rely on. */
export const exitCodes = { ok: 0, failed: 1, usage: 2, invalidInput: 3, notFound: 4, conflict: 5, inactive: 6 } as const satisfies Record<"ok" | "failed" | "usage" | OperationFailure, number>;

const help = `Usage: npm run admin -- <command> [options]

Commands:
  organisation:add          --nihii <RIZIV/INAMI number> --name-nl <name> | --name-fr <name>
                            [--name-en <name>] [--name-de <name>] [--kind HOSPITAL|REGISTRY]
                            [--postal-code <4 digits>] [--town <town>]
  organisation:list         [--json]
  organisation:deactivate   --nihii <number>     (also deactivates every membership in it)
  access-manager:appoint    --nihii <number> --insz <INSZ/NISS> [--first-name <name> --last-name <name>]
                            (names needed only when WBCR does not know the person yet)
  access-manager:remove     --nihii <number> --insz <INSZ/NISS>
  people:list               --nihii <number> [--json]

Every change is written to the audit trail with "operator" as the actor.
Exit codes: 0 done, 1 unexpected failure, 2 unknown command or option, 3 invalid input,
4 not found, 5 exists already, 6 organisation deactivated. Nothing is changed unless the exit code is 0.`;

const options = {
  nihii: { type: "string" },
  "name-nl": { type: "string" },
  "name-fr": { type: "string" },
  "name-en": { type: "string" },
  "name-de": { type: "string" },
  kind: { type: "string" },
  "postal-code": { type: "string" },
  town: { type: "string" },
  insz: { type: "string" },
  "first-name": { type: "string" },
  "last-name": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

class UsageError extends Error {}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function required(values: Values, name: "nihii" | "insz"): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function report<T>(result: OperationResult<T>, done: (data: T) => string): number {
  if (result.ok) {
    console.log(done(result.data));
    return exitCodes.ok;
  }
  console.error(`nothing changed: ${result.problems.join("; ")}`);
  return exitCodes[result.code];
}

const commands: Record<string, (values: Values, db: DbHandle["db"]) => Promise<number>> = {
  "organisation:add": async (values, db) =>
    report(
      await addOrganisation(
        {
          nihii: required(values, "nihii"),
          nameNl: values["name-nl"],
          nameFr: values["name-fr"],
          nameEn: values["name-en"],
          nameDe: values["name-de"],
          kind: values.kind?.toUpperCase() as "HOSPITAL" | undefined,
          postalCode: values["postal-code"],
          town: values.town,
        },
        db,
      ),
      (o) => `organisation added: ${o.name} (${o.kind}, RIZIV/INAMI ${o.nihii}); next: npm run admin -- access-manager:appoint --nihii ${o.nihii} --insz …`,
    ),
  "organisation:list": async (values, db) => {
    const organisations = await listOrganisations(db);
    if (values.json) console.log(JSON.stringify(organisations, null, 2));
    else if (organisations.length === 0) console.log("no organisations yet: npm run admin -- organisation:add --help");
    else {
      for (const o of organisations) {
        console.log(`${o.nihii}  ${o.active ? "active     " : "deactivated"}  ${o.kind.padEnd(8)}  ${o.name}  (${plural(o.people, "person", "people")}, ${plural(o.accessManagers, "access manager", "access managers")})`);
      }
    }
    return exitCodes.ok;
  },
  "organisation:deactivate": async (values, db) =>
    report(await deactivateOrganisation(required(values, "nihii"), db), (d) => `organisation ${d.nihii} deactivated, with its ${d.memberships} active memberships`),
  "access-manager:appoint": async (values, db) =>
    report(
      await appointAccessManager({ nihii: required(values, "nihii"), insz: required(values, "insz"), firstName: values["first-name"], lastName: values["last-name"] }, db),
      (a) => `${a.name} is now access manager of ${a.organisation}${a.personCreated ? " (new person)" : ""}; they sign in with eHealth and add their colleagues`,
    ),
  "access-manager:remove": async (values, db) =>
    report(await removeAccessManager({ nihii: required(values, "nihii"), insz: required(values, "insz") }, db), (r) => `${r.name} is no longer access manager of ${r.organisation}`),
  "people:list": async (values, db) => {
    const result = await listPeopleOfOrganisation(required(values, "nihii"), db);
    if (!result.ok) return report(result, () => "");
    if (values.json) console.log(JSON.stringify(result.data, null, 2));
    else {
      console.log(`${result.data.organisation}: ${plural(result.data.people.length, "person", "people")}`);
      for (const p of result.data.people) {
        console.log(`${p.insz}  ${p.name}  ${p.functions.map((f) => f.function.toLowerCase() + (f.active ? "" : " (inactive)")).join(", ")}`);
      }
    }
    return exitCodes.ok;
  },
};

export async function runAdmin(argv: string[]): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return exitCodes.usage;
  }
  const [name, ...extra] = parsed.positionals;
  if (parsed.values.help || !name) {
    console.log(help);
    return name || parsed.values.help ? exitCodes.ok : exitCodes.usage;
  }
  const command = commands[name];
  if (!command || extra.length > 0) {
    console.error(`${command ? `unexpected argument: ${extra.join(" ")}` : `unknown command: ${name}`}\n\n${help}`);
    return exitCodes.usage;
  }
  const config = databaseConfig();
  const handle = createDb(config);
  try {
    return await command(parsed.values, handle.db);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${help}`);
      return exitCodes.usage;
    }
    console.error(`admin ${name} failed on ${describeDatabase(config)}:`, error);
    return exitCodes.failed;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAdmin(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error("admin failed:", error);
      process.exit(exitCodes.failed);
    },
  );
}
