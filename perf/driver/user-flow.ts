/**
 * What a user does, step by step, over HTTP only: sign in through the eHealth simulator's pages,
 * open a new registration, identify the patient, save, check, send. Every step asserts what a
 * person would see; anything else throws, and the caller counts it as an error.
 */
import type { HeadlessBrowser, Page } from "./headless-browser";
import { HttpError } from "./headless-browser";

export interface Persona {
  insz: string;
  /** The profile chosen after sign-in ("Specialist", "Administrative staff" in English). */
  functionLabel: string;
  /** Administrative staff: the physician to register for (their name as listed), else the first. */
  physician?: string;
}

export interface PatientEntry {
  insz: string;
  lastName: string;
  firstName: string;
  birthDate?: string;
  sex?: string;
  postalCode?: string;
  town?: string;
  country?: string;
}

export type Confirmation = { ruleId: string; fieldPath: string; comment: string };

interface ActionResult {
  ok: boolean;
  code?: string;
  data?: unknown;
  issues?: { issue: { ruleId: string; path: string; severity: string } }[];
}

/** Sign-in through eHealth (method itsme), then terms, organisation and physician as asked. */
export async function signIn(browser: HeadlessBrowser, persona: Persona): Promise<void> {
  const app = browser.appOrigin;
  await browser.navigate("/login");
  const csrf = (await (await browser.request("/api/auth/csrf")).json()) as { csrfToken: string };
  const signInResponse = await browser.request("/api/auth/signin/ehealth", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: `${app}/`, json: "true" }),
  });
  const { url: authorizeUrl } = (await signInResponse.json()) as { url: string };
  let page = await browser.navigate(authorizeUrl);
  const interaction = /\/interaction\/([A-Za-z0-9_-]+)/.exec(page.url.pathname);
  if (interaction) {
    const base = new URL(`/interaction/${interaction[1]}`, page.url);
    await browser.navigate(`${base.href}/verify`, { method: "POST", body: new URLSearchParams({ method: "itsme", lang: "en" }) });
    page = await browser.navigate(`${base.href}/login`, { method: "POST", body: new URLSearchParams({ method: "itsme", lang: "en", sub: persona.insz }) });
  }
  // Each login step is a page of its own; answer whichever shows until the home page does.
  for (let step = 0; step < 5; step += 1) {
    if (page.url.origin !== app) throw new Error(`sign-in ended at ${page.url.href}`);
    const path = page.url.pathname;
    if (path === "/") return;
    if (path === "/terms") {
      page = await browser.submitForm(page.url.pathname + page.url.search, "acceptTerms", { version: inputValue(page, "version"), returnTo: inputValue(page, "returnTo") });
    } else if (path === "/session/organisation") {
      const membershipId = pickChoice(page, "membershipId", persona.functionLabel);
      page = await browser.submitForm(page.url.pathname + page.url.search, "chooseMembership", { membershipId, returnTo: inputValue(page, "returnTo") });
    } else if (path === "/session/physician") {
      const physicianMembershipId = pickChoice(page, "physicianMembershipId", persona.physician ?? "");
      page = await browser.submitForm(page.url.pathname + page.url.search, "choosePhysician", { physicianMembershipId, returnTo: inputValue(page, "returnTo") });
    } else {
      throw new Error(`sign-in stopped at ${path}`);
    }
  }
  throw new Error(`sign-in did not reach the home page (${page.url.pathname})`);
}

/** New registration: the patient page, IdentifyPerson lookup (or hand entry), "Next" creates the draft. */
export async function startRegistration(
  browser: HeadlessBrowser,
  patient: PatientEntry,
  options: { moduleId?: string; expectLookup?: "found" | "unavailable" } = {},
): Promise<{ id: string; version: number; lookup: string }> {
  const moduleId = options.moduleId ?? "srt";
  const pagePath = `/modules/${moduleId}/new`;
  await browser.navigate(pagePath);
  const lookup = await browser.callAction(pagePath, "identifyForModule", [moduleId, patient.insz]);
  const answer = lookup.redirect ? undefined : (lookup.value as { status: string; person?: PatientEntry & { address?: { postalCode?: string; town?: string; country?: string } } });
  const status = answer?.status ?? "none";
  if (options.expectLookup && status !== options.expectLookup) throw new Error(`IdentifyPerson answered ${status}, expected ${options.expectLookup}`);
  const found = status === "found" && answer?.person;
  const person = found ? answer.person! : patient;
  const submission = {
    identificationPath: "INSZ",
    insz: patient.insz,
    insurerCode: "100",
    insuranceNumber: "12345678",
    lastName: person.lastName,
    firstName: person.firstName,
    birthDate: person.birthDate ?? undefined,
    sex: person.sex ?? "",
    postalCode: found ? answer.person!.address?.postalCode : patient.postalCode,
    town: found ? answer.person!.address?.town : patient.town,
    country: (found ? answer.person!.address?.country : patient.country) ?? "BE",
    identifiedByService: Boolean(found),
  };
  const created = await browser.callAction(pagePath, "submitNewPatient", [moduleId, submission]);
  const match = created.redirect ? /^\/registrations\/([0-9a-f-]{36})$/.exec(created.redirect) : null;
  if (!match) throw new Error(`patient step did not open the form: ${JSON.stringify(created.redirect ?? created.value).slice(0, 300)}`);
  return { id: match[1]!, version: 1, lookup: status };
}

/** "Save" on the form; returns the new version. */
export async function saveDraft(browser: HeadlessBrowser, id: string, version: number, formData: unknown): Promise<number> {
  const outcome = await browser.callAction(`/registrations/${id}`, "saveDraft", [{ id, version, formData }]);
  const result = outcome.redirect ? undefined : (outcome.value as ActionResult);
  if (!result?.ok) throw new Error(`save refused: ${describe(result)}`);
  return (result.data as { version: number }).version;
}

/** "Next" on the form: saves, then the summary page validates on the server. Returns the new version. */
export async function saveAndCheck(browser: HeadlessBrowser, id: string, version: number, formData: unknown): Promise<number> {
  const outcome = await browser.callAction(`/registrations/${id}`, "saveAndCheck", [{ id, version, formData }]);
  if (outcome.redirect !== `/registrations/${id}/summary`) throw new Error(`check did not open the summary: ${describe(outcome.redirect ? undefined : (outcome.value as ActionResult))}`);
  return version + 1;
}

/** "Send" on the summary; warnings it reports are confirmed with a comment and sent again. */
export async function send(browser: HeadlessBrowser, id: string, version: number, onConfirm?: () => void): Promise<string> {
  const summary = `/registrations/${id}/summary`;
  let confirmations: Confirmation[] = [];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const outcome = await browser.callAction(summary, "send", [{ id, version, confirmations }, false]);
    if (outcome.redirect) {
      if (!outcome.redirect.startsWith(`${summary}?sent=1`)) throw new Error(`send went to ${outcome.redirect}`);
      // The page's success notice (English: the browser's language cookie says so).
      const reference = /WBCR reference: (SRT-\d{4}-\d{6})/.exec(outcome.body)?.[1];
      if (!reference) throw new Error("sent, but the page shows no reference");
      return reference;
    }
    const result = outcome.value as ActionResult;
    if (result.code !== "unconfirmed_warnings" || attempt > 0) throw new Error(`send refused: ${describe(result)}`);
    onConfirm?.();
    confirmations = (result.issues ?? []).map(({ issue }) => ({ ruleId: issue.ruleId, fieldPath: issue.path, comment: "Checked in the patient file (load test)." }));
  }
  throw new Error("send: warnings stayed unconfirmed");
}

export type BulkOutcome = { id: string; sent: true; reference: string; alreadySent: boolean } | { id: string; sent: false; code: string };

/** One chunk of the bulk-send page (at most ten ids). */
export async function bulkSendChunk(browser: HeadlessBrowser, ids: string[], moduleId = "srt"): Promise<BulkOutcome[]> {
  const outcome = await browser.callAction(`/modules/${moduleId}/bulk-send`, "bulkSendChunk", [moduleId, ids]);
  const result = outcome.redirect ? undefined : (outcome.value as { ok: boolean; outcomes?: BulkOutcome[] });
  if (!result?.ok || !result.outcomes) throw new Error(`bulk send refused: ${JSON.stringify(result)}`);
  return result.outcomes;
}

/** GET the summary page (validates and records the outcome, as opening it in a browser does). */
export async function viewSummary(browser: HeadlessBrowser, id: string): Promise<Page> {
  return browser.navigate(`/registrations/${id}/summary`);
}

function describe(result: ActionResult | undefined): string {
  if (!result) return "no answer";
  const issues = (result.issues ?? []).map((i) => i.issue.ruleId).join(",");
  return `${result.code ?? "?"}${issues ? ` (${issues})` : ""}`;
}

function inputValue(page: Page, name: string): string {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(page.html)?.[0];
  const value = input && /value="([^"]*)"/.exec(input)?.[1];
  if (value === undefined || value === null) throw new HttpError(`no ${name} field on ${page.url.pathname}`, page.status);
  return decodeEntities(value);
}

/** The radio value of the first choice whose label text contains `text` (any choice for ""). */
export function pickChoice(page: Pick<Page, "html" | "url">, name: string, text: string): string {
  for (const [, label = ""] of page.html.matchAll(/<label[^>]*>([\s\S]*?)<\/label>/g)) {
    const input = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]+)"`).exec(label);
    if (!input) continue;
    const shown = decodeEntities(label.replace(/<[^>]+>/g, " "));
    if (shown.includes(text)) return input[1]!;
  }
  throw new Error(`no "${text}" choice for ${name} on ${page.url.pathname}`);
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
