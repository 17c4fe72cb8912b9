/**
 * The login pages oidc-provider sends the browser to (/interaction/:uid):
 * method + language → simulated proof (PIN, itsme, token) → identity → back to the provider.
 * Consent is granted automatically: every configured client is the registry's own application.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { InteractionDetails, Provider } from "oidc-provider";
import type { AccountStore } from "./accounts";
import type { Identity } from "./identities";
import { renderErrorPage, renderIdentityPage, renderMethodPage, renderVerifyPage } from "./pages";
import { isLanguage, isLoginMethod, languageFromUiLocales, TEXTS, type LoginMethod } from "./texts";

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(verify|identity|login|abort))?$/;
const MAX_FORM_BYTES = 16 * 1024;

type Step = "method" | "verify" | "identity" | "login" | "abort";
/** Pages are fetched with GET; what changes the login is POSTed (verify has both). */
const ALLOWED_METHODS: Record<Step, string[]> = {
  method: ["GET"],
  verify: ["GET", "POST"],
  identity: ["GET"],
  login: ["POST"],
  abort: ["POST"],
};

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error("form too large");
  }
  return new URLSearchParams(body);
}

/** A simulated proof: any 4-digit PIN, any token code, and the itsme button always "confirms". */
function isCredentialAccepted(method: LoginMethod, form: URLSearchParams): boolean {
  if (method === "eid") return /^\d{4}$/.test(form.get("pin") ?? "");
  if (method === "token") return (form.get("token") ?? "").trim().length > 0;
  return true;
}

/** Grants what the client asked for, reusing the session's grant when the same person signs in again. */
async function saveGrant(provider: Provider, interaction: InteractionDetails, accountId: string): Promise<string> {
  const reusableId = interaction.session?.accountId === accountId ? interaction.grantId : undefined;
  const existing = reusableId ? await provider.Grant.find(reusableId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId: String(interaction.params.client_id) });
  grant.addOIDCScope(String(interaction.params.scope ?? "openid"));
  const { missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (Array.isArray(missingOIDCClaims)) grant.addOIDCClaims(missingOIDCClaims.map(String));
  if (missingResourceScopes && typeof missingResourceScopes === "object") {
    for (const [resource, scopes] of Object.entries(missingResourceScopes)) {
      if (Array.isArray(scopes)) grant.addResourceScope(resource, scopes.join(" "));
    }
  }
  return grant.save();
}

export function createInteractionHandler(provider: Provider, identities: Identity[], accounts: AccountStore) {
  const knownSubs = new Set(identities.map((identity) => identity.sub));

  async function handleLoginStep(req: IncomingMessage, res: ServerResponse, url: URL, interaction: InteractionDetails, step: Step) {
    if (!ALLOWED_METHODS[step].includes(req.method ?? "")) {
      res.writeHead(405, { Allow: ALLOWED_METHODS[step].join(", ") });
      res.end();
      return;
    }
    const { uid } = interaction;
    const form = req.method === "POST" ? await readForm(req) : url.searchParams;
    const requestedLanguage = form.get("lang");
    const language = isLanguage(requestedLanguage) ? requestedLanguage : languageFromUiLocales(interaction.params.ui_locales);
    const requestedMethod = form.get("method");
    const method = isLoginMethod(requestedMethod) ? requestedMethod : undefined;

    if (step === "method") return sendHtml(res, 200, renderMethodPage(uid, language, method ?? "eid"));
    if (step === "abort") {
      const result = { error: "access_denied", error_description: "End-User aborted interaction" };
      return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    }
    if (!method) return sendHtml(res, 400, renderMethodPage(uid, language, "eid"));
    if (step === "verify" && req.method === "GET") return sendHtml(res, 200, renderVerifyPage(uid, language, method));
    if (step === "verify") {
      if (!isCredentialAccepted(method, form)) return sendHtml(res, 400, renderVerifyPage(uid, language, method, true));
      // Post/redirect/get: the identity page can be reloaded and re-rendered in another language.
      return redirect(res, `/interaction/${uid}/identity?method=${method}&lang=${language}`);
    }
    if (step === "identity") return sendHtml(res, 200, renderIdentityPage(uid, language, method, identities));

    const sub = form.get("sub") ?? "";
    if (!knownSubs.has(sub)) return sendHtml(res, 400, renderIdentityPage(uid, language, method, identities, true));
    const grantId = await saveGrant(provider, interaction, sub);
    accounts.rememberLanguage(grantId, language);
    const result = { login: { accountId: sub, amr: [method], remember: true }, consent: { grantId } };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  return async function handleInteraction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const language = languageFromUiLocales(url.searchParams.get("lang"));
    const texts = TEXTS[language];
    const match = INTERACTION_PATH.exec(url.pathname);
    if (!match) return sendHtml(res, 404, renderErrorPage(language, {}));

    // Missing or expired interaction cookie, or another login's page: start again from the application.
    const interaction = await provider.interactionDetails(req, res).catch(() => undefined);
    if (!interaction || interaction.uid !== match[1]) {
      return sendHtml(res, 400, renderErrorPage(language, {}, `${texts.badRequest} ${texts.errorText}`));
    }

    if (interaction.prompt.name === "consent" && interaction.session) {
      const grantId = await saveGrant(provider, interaction, interaction.session.accountId);
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    return handleLoginStep(req, res, url, interaction, (match[2] as Step | undefined) ?? "method");
  };
}
