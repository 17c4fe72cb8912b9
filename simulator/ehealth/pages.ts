/**
 * Server-rendered HTML of the simulator. No inline script or style and no external asset, so the
 * strict Content-Security-Policy set in server.ts holds; everything works without JavaScript except
 * the logout page's auto-submit, which has a visible button as fallback.
 */
import { describeIdentity, formatInsz, type Identity } from "./identities";
import { ASSET_PATHS } from "./assets";
import { LANGUAGES, LANGUAGE_NAMES, LOGIN_METHODS, TEXTS, type Language, type LoginMethod } from "./texts";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Builds a link to the same page in another language. */
type LanguageHref = (language: Language) => string;

function languageNav(current: Language, hrefFor: LanguageHref): string {
  const links = LANGUAGES.map((language) => {
    const currentMark = language === current ? ' aria-current="page"' : "";
    return `<li><a href="${escapeHtml(hrefFor(language))}" hreflang="${language}" lang="${language}"${currentMark}>${LANGUAGE_NAMES[language]}</a></li>`;
  }).join("");
  return `<nav aria-label="${TEXTS[current].languageNavLabel}"><ul class="languages">${links}</ul></nav>`;
}

function layout(options: { language: Language; heading: string; body: string; hrefFor?: LanguageHref; script?: string }): string {
  const texts = TEXTS[options.language];
  const script = options.script ? `<script src="${options.script}" defer></script>` : "";
  const nav = options.hrefFor ? languageNav(options.language, options.hrefFor) : "";
  return `<!DOCTYPE html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.heading)} — ${texts.simulatorName}</title>
<link rel="stylesheet" href="${ASSET_PATHS.stylesheet}">
${script}
</head>
<body>
<header><p class="brand">${texts.simulatorName}</p>${nav}</header>
<main>
<p class="notice">${texts.simulatorNotice}</p>
${options.body}
</main>
</body>
</html>`;
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function cancelForm(uid: string, language: Language): string {
  return `<form method="post" action="/interaction/${uid}/abort" class="secondary">
<button type="submit" class="link">${TEXTS[language].cancelButton}</button>
</form>`;
}

function radio(name: string, value: string, label: string, options: { checked?: boolean; hint?: string; lang?: string }): string {
  const id = `${name}-${value}`;
  const hintId = options.hint ? ` aria-describedby="${id}-hint"` : "";
  const hint = options.hint ? `<span class="hint" id="${id}-hint">${escapeHtml(options.hint)}</span>` : "";
  const lang = options.lang ? ` lang="${options.lang}"` : "";
  return `<div class="choice"><input type="radio" name="${name}" id="${id}" value="${escapeHtml(value)}"${options.checked ? " checked" : ""}${hintId} required>
<label for="${id}"${lang}>${escapeHtml(label)}</label>${hint}</div>`;
}

/** Step 1: the sign-in method and the language of the following pages. */
export function renderMethodPage(uid: string, language: Language, method: LoginMethod): string {
  const texts = TEXTS[language];
  const methods = LOGIN_METHODS.map((option) =>
    radio("method", option, texts.methodNames[option], { checked: option === method, hint: texts.methodHints[option] }),
  ).join("\n");
  const languages = LANGUAGES.map((option) =>
    radio("lang", option, LANGUAGE_NAMES[option], { checked: option === language, lang: option }),
  ).join("\n");
  const body = `<p class="step">${texts.methodStep}</p>
<h1>${texts.methodHeading}</h1>
<form method="get" action="/interaction/${uid}/verify">
<fieldset><legend>${texts.methodLegend}</legend>${methods}</fieldset>
<fieldset><legend>${texts.languageLegend}</legend>${languages}</fieldset>
<button type="submit">${texts.continueButton}</button>
</form>
${cancelForm(uid, language)}`;
  return layout({ language, heading: texts.methodHeading, body, hrefFor: (other) => `/interaction/${uid}?lang=${other}&method=${method}` });
}

function credentialField(language: Language, method: LoginMethod, error: boolean): string {
  const texts = TEXTS[language];
  const invalid = error ? ' aria-invalid="true"' : "";
  if (method === "itsme") return `<p>${texts.itsmeInstruction}</p>`;
  const [label, hint, message, input] =
    method === "eid"
      ? [texts.pinLabel, texts.pinHint, texts.pinInvalid, 'type="password" name="pin" inputmode="numeric" pattern="[0-9]{4}" minlength="4" maxlength="4"']
      : [texts.tokenLabel, texts.tokenHint, texts.tokenInvalid, 'type="text" name="token" inputmode="numeric" maxlength="40"'];
  const errorText = error ? `<p class="error" id="credential-error" role="alert">${message}</p>` : "";
  const describedBy = error ? "credential-hint credential-error" : "credential-hint";
  return `<div class="field"><label for="credential">${label}</label>
<span class="hint" id="credential-hint">${hint}</span>${errorText}
<input id="credential" ${input} autocomplete="off" required autofocus aria-describedby="${describedBy}"${invalid}></div>`;
}

/** Step 1b: the simulated proof of the chosen method (PIN, itsme confirmation, token code). */
export function renderVerifyPage(uid: string, language: Language, method: LoginMethod, error = false): string {
  const texts = TEXTS[language];
  const button = method === "itsme" ? texts.itsmeConfirmButton : texts.continueButton;
  const body = `<p class="step">${texts.methodStep}</p>
<h1>${texts.methodNames[method]}</h1>
<form method="post" action="/interaction/${uid}/verify">
${hidden("method", method)}${hidden("lang", language)}
${credentialField(language, method, error)}
<button type="submit">${button}</button>
</form>
${cancelForm(uid, language)}`;
  return layout({ language, heading: texts.methodNames[method], body, hrefFor: (other) => `/interaction/${uid}/verify?method=${method}&lang=${other}` });
}

function identityChoice(identity: Identity, language: Language): string {
  const texts = TEXTS[language];
  const sub = escapeHtml(identity.sub);
  const description = describeIdentity(identity, language);
  const descriptionHtml = description ? `<span class="hint">${escapeHtml(description)}</span>` : "";
  return `<div class="choice"><input type="radio" name="sub" id="person-${sub}" value="${sub}" required>
<label for="person-${sub}"><span class="name">${escapeHtml(`${identity.given_name} ${identity.family_name}`)}</span>
<span class="insz">${texts.inszLabel} ${escapeHtml(formatInsz(identity.sub))}</span>${descriptionHtml}</label></div>`;
}

/** Step 2: who signs in. */
export function renderIdentityPage(uid: string, language: Language, method: LoginMethod, identities: Identity[], error = false): string {
  const texts = TEXTS[language];
  const errorText = error ? `<p class="error" role="alert">${texts.identityInvalid}</p>` : "";
  const body = `<p class="step">${texts.identityStep}</p>
<h1>${texts.identityHeading}</h1>
<form method="post" action="/interaction/${uid}/login">
${hidden("method", method)}${hidden("lang", language)}
<fieldset><legend>${texts.identityLegend}</legend>${errorText}
${identities.map((identity) => identityChoice(identity, language)).join("\n")}
</fieldset>
<button type="submit">${texts.signInButton}</button>
</form>
${cancelForm(uid, language)}`;
  return layout({ language, heading: texts.identityHeading, body, hrefFor: (other) => `/interaction/${uid}/identity?method=${method}&lang=${other}` });
}

/**
 * RP-initiated logout needs a POST with oidc-provider's anti-forgery field; the script submits it
 * at once so that "sign out everywhere" takes no extra click. `logout=yes` ends the whole session.
 */
export function renderLogoutPage(language: Language, providerForm: string): string {
  const texts = TEXTS[language];
  const form = providerForm
    .replace("<form ", "<form data-auto-submit ")
    .replace("</form>", `${hidden("logout", "yes")}<button type="submit">${texts.signOutButton}</button></form>`);
  const body = `<h1>${texts.signingOutHeading}</h1><p>${texts.signingOutText}</p>${form}`;
  return layout({ language, heading: texts.signingOutHeading, body, script: ASSET_PATHS.autoSubmit });
}

export function renderSignedOutPage(language: Language): string {
  const texts = TEXTS[language];
  return layout({ language, heading: texts.signedOutHeading, body: `<h1>${texts.signedOutHeading}</h1><p>${texts.signedOutText}</p>` });
}

/** `details` are shown as-is (escaped) because a developer reading them wants the OIDC error code. */
export function renderErrorPage(language: Language, details: Record<string, string>, message = TEXTS[language].errorText): string {
  const texts = TEXTS[language];
  const list = Object.entries(details)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("");
  const body = `<h1>${texts.errorHeading}</h1><p>${escapeHtml(message)}</p>${list ? `<dl class="details">${list}</dl>` : ""}`;
  return layout({ language, heading: texts.errorHeading, body });
}
