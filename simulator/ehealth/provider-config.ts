/** The oidc-provider configuration: what the simulator offers and how it behaves like eHealth. */
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import type { Configuration, ProviderContext } from "oidc-provider";
import type { AccountStore } from "./accounts";
import { renderErrorPage, renderLogoutPage, renderSignedOutPage } from "./pages";
import { languageFromUiLocales } from "./texts";

export interface SimulatorClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  /** OIDC registers one method per client; both are offered, basic is what next-auth uses. */
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
}

const HOUR = 60 * 60;

/** A fresh RS256 key per start: tokens from an earlier run must not verify, as after a key rollover. */
function createSigningKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), alg: "RS256", use: "sig" };
}

function languageOf(ctx: ProviderContext) {
  return languageFromUiLocales(ctx.oidc?.params?.ui_locales);
}

export function createProviderConfiguration(clients: SimulatorClient[], accounts: AccountStore): Configuration {
  return {
    clients: clients.map((client) => ({
      ...client,
      token_endpoint_auth_method: client.token_endpoint_auth_method ?? "client_secret_basic",
      grant_types: ["authorization_code"],
      response_types: ["code"],
      id_token_signed_response_alg: "RS256",
    })),
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    jwks: { keys: [createSigningKey()] },
    // Signed cookies; a new secret per start simply ends old browser sessions.
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: ["openid"],
    // `amr` (the simulated login method) comes from the login, not the account; listing it under
    // `openid` lets it through the claims filter into every ID token.
    claims: { openid: ["sub", "amr"], profile: ["given_name", "family_name", "name", "locale"] },
    // next-auth reads the profile from the ID token, so profile claims go in it, not only in userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    responseTypes: ["code"],
    findAccount: accounts.findAccount,
    discovery: { ui_locales_supported: ["nl", "fr", "en", "de"] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: ProviderContext, form: string) => {
          ctx.type = "html";
          ctx.body = renderLogoutPage(languageOf(ctx), form);
        },
        postLogoutSuccessSource: async (ctx: ProviderContext) => {
          ctx.type = "html";
          ctx.body = renderSignedOutPage(languageOf(ctx));
        },
      },
    },
    renderError: async (ctx: ProviderContext, out: Record<string, unknown>) => {
      ctx.type = "html";
      const details = Object.fromEntries(Object.entries(out).map(([key, value]) => [key, String(value)]));
      ctx.body = renderErrorPage(languageOf(ctx), details);
    },
    // Clients are server-side (next-auth): no browser calls the token endpoint cross-origin.
    clientBasedCORS: () => false,
    // Static clients with secrets need no outbound request; fail loudly if one is ever attempted.
    fetch: () => Promise.reject(new Error("the eHealth simulator makes no network requests")),
    // Numbers instead of the defaults' functions, which log a notice asking to choose them.
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Session: 24 * HOUR,
      Grant: 24 * HOUR,
    },
  };
}
