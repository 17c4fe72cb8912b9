/** Turns identities into the claims oidc-provider puts in tokens. */
import type { FindAccount } from "oidc-provider";
import type { Identity } from "./identities";
import type { Language } from "./texts";

/** Enough for any test run; beyond it the oldest logins' languages are forgotten. */
const MAX_REMEMBERED_LOGINS = 10_000;

export interface AccountStore {
  findAccount: FindAccount;
  /** The language picked at login belongs to that login (its grant), not to the person. */
  rememberLanguage(grantId: string, language: Language): void;
}

export function createAccountStore(identities: Identity[]): AccountStore {
  const bySub = new Map(identities.map((identity) => [identity.sub, identity]));
  const languageByGrant = new Map<string, Language>();

  return {
    rememberLanguage(grantId, language) {
      languageByGrant.set(grantId, language);
      if (languageByGrant.size > MAX_REMEMBERED_LOGINS) {
        const oldest = languageByGrant.keys().next().value;
        if (oldest !== undefined) languageByGrant.delete(oldest);
      }
    },

    async findAccount(_ctx, sub, token) {
      const identity = bySub.get(sub);
      if (!identity) return undefined;
      const language = (token?.grantId && languageByGrant.get(token.grantId)) || identity.locale || "nl";
      return {
        accountId: identity.sub,
        claims: () => ({
          sub: identity.sub,
          given_name: identity.given_name,
          family_name: identity.family_name,
          name: `${identity.given_name} ${identity.family_name}`,
          locale: language,
        }),
      };
    },
  };
}
