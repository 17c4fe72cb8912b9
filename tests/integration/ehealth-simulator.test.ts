/**
 * The eHealth simulator is a real OpenID Connect provider: this drives it the way a browser and
 * next-auth do (plain fetch, a small cookie jar, posting its HTML forms) and checks what the app
 * relies on: discovery, code flow with PKCE and state, signed ID token claims, logout.
 */
import { createHash, randomBytes } from "node:crypto";
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import loadDemoIdentities, { UNKNOWN_PERSON, type Identity } from "@/simulator/ehealth/identities";
import { startEhealthSimulator, type SimulatorClient } from "@/simulator/ehealth/server";

const APP = "http://localhost:3999";
const BASIC_CLIENT: SimulatorClient = {
  client_id: "wbcr-test",
  client_secret: "wbcr-test-secret",
  redirect_uris: [`${APP}/api/auth/callback/ehealth`],
  post_logout_redirect_uris: [`${APP}/signed-out`],
};
const POST_CLIENT: SimulatorClient = { ...BASIC_CLIENT, client_id: "wbcr-test-post", token_endpoint_auth_method: "client_secret_post" };
const PREFERRED_SUB = "85073003328";

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint: string;
  end_session_endpoint: string;
  token_endpoint_auth_methods_supported: string[];
  code_challenge_methods_supported: string[];
}

/** Keeps cookies per name and path, as a browser would for one origin. */
class CookieJar {
  private cookies = new Map<string, { value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      const path = attributes.find((a) => a.toLowerCase().startsWith("path="))?.slice(5) ?? "/";
      const expired = value === "" || attributes.some((a) => a.toLowerCase() === "expires=thu, 01 jan 1970 00:00:00 gmt");
      if (expired) this.cookies.delete(`${name};${path}`);
      else this.cookies.set(`${name};${path}`, { value, path });
    }
  }

  headerFor(url: string): string {
    const { pathname } = new URL(url);
    return [...this.cookies.entries()]
      .filter(([, cookie]) => pathname.startsWith(cookie.path))
      .map(([key, cookie]) => `${key.split(";")[0]}=${cookie.value}`)
      .join("; ");
  }
}

interface HtmlForm {
  method: string;
  action: string;
  fields: Record<string, string>;
  radios: Record<string, string[]>;
}

function decodeEntities(text: string): string {
  return text.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name, decodeEntities(value)]));
}

/** The page's forms with their hidden fields and radio options; the first has index 0. */
function parseForms(html: string): HtmlForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, formTag = "", body = ""]) => {
    const form = attributes(formTag);
    const fields: Record<string, string> = {};
    const radios: Record<string, string[]> = {};
    for (const [, inputTag = ""] of body.matchAll(/<input\b([^>]*)>/g)) {
      const input = attributes(inputTag);
      if (!input.name) continue;
      if (input.type === "radio") (radios[input.name] ??= []).push(input.value ?? "");
      else if (input.type === "hidden") fields[input.name] = input.value ?? "";
    }
    return { method: (form.method ?? "get").toLowerCase(), action: form.action ?? "", fields, radios };
  });
}

function base64url(buffer: Buffer): string {
  return buffer.toString("base64url");
}

let simulator: { url: string; close(): Promise<void> };
let discovery: Discovery;
let identities: Identity[];

/** A browser: sends the jar's cookies, keeps new ones, never follows redirects by itself. */
async function browse(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const absolute = new URL(url, simulator.url).href;
  const headers = new Headers(init.headers);
  const cookie = jar.headerFor(absolute);
  if (cookie) headers.set("cookie", cookie);
  const response = await fetch(absolute, { ...init, headers, redirect: "manual" });
  jar.store(response);
  return response;
}

function postForm(jar: CookieJar, form: HtmlForm, values: Record<string, string>): Promise<Response> {
  return browse(jar, form.action, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...form.fields, ...values }),
  });
}

/** Follows redirects inside the simulator; stops at the first one that leaves it (back to the app). */
async function followUntilApp(jar: CookieJar, response: Response): Promise<URL> {
  let current = response;
  for (let hop = 0; hop < 10; hop += 1) {
    expect([302, 303], `hop ${hop} status`).toContain(current.status);
    const location = new URL(current.headers.get("location") ?? "", simulator.url);
    if (location.origin !== new URL(simulator.url).origin) return location;
    current = await browse(jar, location.href);
  }
  throw new Error("too many redirects");
}

function authorizationUrl(client: SimulatorClient, pkce?: { challenge: string }, state = "state-123", nonce = "nonce-456"): string {
  const params = new URLSearchParams({
    client_id: client.client_id,
    response_type: "code",
    scope: "openid profile",
    redirect_uri: client.redirect_uris[0] ?? "",
    state,
    nonce,
  });
  if (pkce) {
    params.set("code_challenge", pkce.challenge);
    params.set("code_challenge_method", "S256");
  }
  return `${discovery.authorization_endpoint}?${params}`;
}

function createPkce() {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash("sha256").update(verifier).digest()) };
}

async function verifyIdToken(idToken: string, client: SimulatorClient) {
  const jwks = (await (await fetch(discovery.jwks_uri)).json()) as JSONWebKeySet;
  return jwtVerify(idToken, createLocalJWKSet(jwks), { issuer: simulator.url, audience: client.client_id, algorithms: ["RS256"] });
}

beforeAll(async () => {
  identities = await loadDemoIdentities();
  simulator = await startEhealthSimulator({ port: 0, clients: [BASIC_CLIENT, POST_CLIENT], identities });
  discovery = (await (await fetch(`${simulator.url}/.well-known/openid-configuration`)).json()) as Discovery;
});

afterAll(async () => {
  await simulator?.close();
});

describe("eHealth simulator", () => {
  it("lists the demo people and always the unknown person", () => {
    expect(identities.length).toBeGreaterThanOrEqual(2);
    expect(identities.filter((identity) => identity.sub === UNKNOWN_PERSON.sub)).toHaveLength(1);
    for (const identity of identities) expect(identity.sub).toMatch(/^\d{11}$/);
  });

  it("publishes an OpenID configuration for its own issuer", () => {
    expect(discovery.issuer).toBe(simulator.url);
    for (const endpoint of ["authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint", "end_session_endpoint"] as const) {
      expect(discovery[endpoint].startsWith(`${simulator.url}/`), endpoint).toBe(true);
    }
    expect(discovery.token_endpoint_auth_methods_supported.sort()).toEqual(["client_secret_basic", "client_secret_post"]);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
  });

  it("signs in with itsme in French, issues a verified ID token, and signs out everywhere", async () => {
    const jar = new CookieJar();
    const pkce = createPkce();

    const authorization = await browse(jar, authorizationUrl(BASIC_CLIENT, pkce));
    expect(authorization.status).toBe(303);
    const methodUrl = authorization.headers.get("location") ?? "";
    expect(methodUrl).toMatch(/^\/interaction\/[\w-]+$/);

    // Step 1: method + language (a GET form).
    const methodPage = await browse(jar, methodUrl);
    const methodHtml = await methodPage.text();
    expect(methodPage.status).toBe(200);
    expect(methodHtml).toContain('<html lang="nl">');
    expect(methodPage.headers.get("content-security-policy")).toContain("script-src 'self'");
    const [methodForm] = parseForms(methodHtml);
    expect(methodForm?.method).toBe("get");
    expect(methodForm?.radios.method).toEqual(["eid", "itsme", "token"]);
    expect(methodForm?.radios.lang).toEqual(["nl", "fr", "en", "de"]);
    const verifyUrl = `${methodForm?.action}?${new URLSearchParams({ method: "itsme", lang: "fr" })}`;

    // Step 1b: the simulated itsme confirmation, in French.
    const verifyPage = await browse(jar, verifyUrl);
    const verifyHtml = await verifyPage.text();
    expect(verifyHtml).toContain('<html lang="fr">');
    expect(verifyHtml).toContain("Confirmer dans l'app (simulé)");
    const [verifyForm] = parseForms(verifyHtml);
    const confirmed = await postForm(jar, verifyForm!, {});
    expect(confirmed.status).toBe(303);

    // Step 2: the identity, still in French, INSZ printed as YY.MM.DD-SSS.CC.
    const identityPage = await browse(jar, confirmed.headers.get("location") ?? "");
    const identityHtml = await identityPage.text();
    expect(identityHtml).toContain("Sous quelle identité souhaitez-vous vous connecter ?");
    expect(identityHtml).toContain("NISS 85.07.30-034.27");
    // The person list is in the page's language too, not only its frame.
    expect(identityHtml).toContain("Spécialiste, AZ Demo Gent et UZ Demo Brussel");
    expect(identityHtml).toContain("Collaborateur administratif pour Dr Claes et Dr Peeters, AZ Demo Gent");
    expect(identityHtml).not.toContain("Specialist, AZ Demo Gent");
    const [identityForm] = parseForms(identityHtml);
    const subs = identityForm?.radios.sub ?? [];
    expect(subs).toEqual(identities.map((identity) => identity.sub));
    const sub = subs.includes(PREFERRED_SUB) ? PREFERRED_SUB : subs[0]!;
    const person = identities.find((identity) => identity.sub === sub)!;

    const callback = await followUntilApp(jar, await postForm(jar, identityForm!, { sub }));
    expect(`${callback.origin}${callback.pathname}`).toBe(BASIC_CLIENT.redirect_uris[0]);
    expect(callback.searchParams.get("state")).toBe("state-123");
    expect(callback.searchParams.get("iss")).toBe(simulator.url);
    const code = callback.searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const tokenRequest = (secret: string) =>
      fetch(discovery.token_endpoint, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${BASIC_CLIENT.client_id}:${secret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: BASIC_CLIENT.redirect_uris[0]!, code_verifier: pkce.verifier }),
      });

    const refused = await tokenRequest("wrong-secret");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe("invalid_client");

    const tokenResponse = await tokenRequest(BASIC_CLIENT.client_secret);
    expect(tokenResponse.status).toBe(200);
    const tokens = (await tokenResponse.json()) as { id_token: string; access_token: string; token_type: string };
    expect(tokens.token_type).toBe("Bearer");

    const { payload, protectedHeader } = await verifyIdToken(tokens.id_token, BASIC_CLIENT);
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload).toMatchObject({
      sub,
      given_name: person.given_name,
      family_name: person.family_name,
      name: `${person.given_name} ${person.family_name}`,
      amr: ["itsme"],
      locale: "fr",
      nonce: "nonce-456",
    });

    const userinfo = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await userinfo.json()).toMatchObject({ sub, given_name: person.given_name, locale: "fr" });

    // Single sign-on: another client in the same browser gets a code with no page shown (consent is automatic).
    const sso = await followUntilApp(jar, await browse(jar, authorizationUrl(POST_CLIENT, createPkce(), "sso")));
    expect(sso.searchParams.get("state")).toBe("sso");
    expect(sso.searchParams.get("code")).toBeTruthy();

    // RP-initiated logout: the page auto-submits its form; posting it is what the script does.
    const logoutParams = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: BASIC_CLIENT.post_logout_redirect_uris[0]!, state: "bye" });
    const logoutPage = await browse(jar, `${discovery.end_session_endpoint}?${logoutParams}`);
    const logoutHtml = await logoutPage.text();
    expect(logoutPage.status).toBe(200);
    expect(logoutHtml).toContain('src="/sim-assets/auto-submit.js"');
    const [logoutForm] = parseForms(logoutHtml);
    expect(logoutForm?.fields.logout).toBe("yes");
    const loggedOut = await postForm(jar, logoutForm!, {});
    expect(loggedOut.status).toBe(303);
    expect(loggedOut.headers.get("location")).toBe(`${BASIC_CLIENT.post_logout_redirect_uris[0]}?state=bye`);

    // The session is gone: a new authorization asks to sign in again instead of returning a code.
    const again = await browse(jar, authorizationUrl(BASIC_CLIENT, createPkce()));
    expect(again.headers.get("location")).toMatch(/^\/interaction\//);
  });

  it("signs in with eID + PIN for a client_secret_post client, rejecting a malformed PIN", async () => {
    const jar = new CookieJar();
    const pkce = createPkce();
    const methodUrl = (await browse(jar, authorizationUrl(POST_CLIENT, pkce))).headers.get("location") ?? "";
    const verifyPage = await browse(jar, `${methodUrl}/verify?method=eid&lang=en`);
    const [verifyForm] = parseForms(await verifyPage.text());

    const badPin = await postForm(jar, verifyForm!, { pin: "12a" });
    expect(badPin.status).toBe(400);
    const badPinHtml = await badPin.text();
    expect(badPinHtml).toContain('aria-invalid="true"');
    expect(badPinHtml).toContain("Enter 4 digits.");

    const goodPin = await postForm(jar, verifyForm!, { pin: "0000" });
    expect(goodPin.status).toBe(303);
    const [identityForm] = parseForms(await (await browse(jar, goodPin.headers.get("location") ?? "")).text());
    const callback = await followUntilApp(jar, await postForm(jar, identityForm!, { sub: UNKNOWN_PERSON.sub }));

    const tokenResponse = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: callback.searchParams.get("code") ?? "",
        redirect_uri: POST_CLIENT.redirect_uris[0]!,
        code_verifier: pkce.verifier,
        client_id: POST_CLIENT.client_id,
        client_secret: POST_CLIENT.client_secret,
      }),
    });
    expect(tokenResponse.status).toBe(200);
    const { id_token } = (await tokenResponse.json()) as { id_token: string };
    const { payload } = await verifyIdToken(id_token, POST_CLIENT);
    expect(payload).toMatchObject({ sub: UNKNOWN_PERSON.sub, given_name: "Unknown", amr: ["eid"], locale: "en" });
  });

  it("requires PKCE and refuses an unregistered redirect URI", async () => {
    const withoutPkce = await browse(new CookieJar(), authorizationUrl(BASIC_CLIENT));
    const refusal = new URL(withoutPkce.headers.get("location") ?? "");
    expect(refusal.searchParams.get("error")).toBe("invalid_request");
    expect(refusal.searchParams.get("state")).toBe("state-123");

    const foreign = { ...BASIC_CLIENT, redirect_uris: ["http://evil.example/callback"] };
    const wrongRedirect = await browse(new CookieJar(), authorizationUrl(foreign, createPkce()));
    expect(wrongRedirect.status).toBe(400);
    expect(await wrongRedirect.text()).toContain("redirect_uri");
  });
});
