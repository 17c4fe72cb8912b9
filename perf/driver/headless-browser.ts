/**
 * A browser without a screen: fetch with a cookie jar, redirects followed by hand (so every hop's
 * cookies are kept), server actions called the way Next.js's client calls them, and forms posted
 * the way they are without JavaScript.
 */
import type { ActionIds, ActionName } from "./action-ids";
import { CookieJar } from "./cookie-jar";
import { decodeActionResult } from "./flight";

export interface Page {
  url: URL;
  status: number;
  html: string;
}

/** `redirect` when the action navigated (the body is then the next page's payload), else its return `value`. */
export interface ActionOutcome {
  redirect?: string;
  value?: unknown;
  body: string;
}

/** An answer a real browser would show as an error page or a failed request. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const REQUEST_TIMEOUT_MS = 60_000;

export class HeadlessBrowser {
  readonly jar = new CookieJar();
  /** HTTP requests sent, redirects included. */
  requests = 0;

  constructor(
    readonly appOrigin: string,
    private readonly actionIds: ActionIds,
  ) {
    this.setLanguage("en");
  }

  /** The app's language cookie, so labels are predictable; a new browser starts with English. */
  setLanguage(locale: string): void {
    this.jar.set(new URL(this.appOrigin), "NEXT_LOCALE", locale);
  }

  /** Forgets everything, like a fresh private window. */
  reset(): void {
    this.jar.clear();
    this.setLanguage("en");
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.appOrigin);
    const headers = new Headers(init.headers);
    const cookie = this.jar.header(target);
    if (cookie) headers.set("Cookie", cookie);
    this.requests += 1;
    const response = await fetch(target, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    this.jar.store(target, response.headers.getSetCookie());
    return response;
  }

  /** GET (or the given request), then every redirect, to the page that finally answers. */
  async navigate(url: string | URL, init: RequestInit = {}): Promise<Page> {
    let target = new URL(url, this.appOrigin);
    let response = await this.request(target, init);
    for (let hops = 0; isRedirect(response.status); hops += 1) {
      if (hops > 20) throw new HttpError(`too many redirects from ${String(url)}`, response.status);
      await response.body?.cancel();
      target = new URL(response.headers.get("location") ?? "/", target);
      response = await this.request(target);
    }
    const html = await response.text();
    if (response.status >= 400) throw new HttpError(`${response.status} from ${target.pathname}`, response.status);
    return { url: target, status: response.status, html };
  }

  /** A server action called as Next.js's client does: JSON arguments, Flight answer. */
  async callAction(pagePath: string, action: ActionName, args: unknown[]): Promise<ActionOutcome> {
    const response = await this.request(pagePath, {
      method: "POST",
      headers: {
        "Next-Action": this.actionIds[action],
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: this.appOrigin,
      },
      body: JSON.stringify(args),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status >= 500 || !(response.headers.get("content-type") ?? "").includes("text/x-component")) {
      throw new HttpError(`${action}: ${response.status} ${response.headers.get("content-type") ?? ""}`, response.status);
    }
    const redirect = response.headers.get("x-action-redirect");
    const text = new TextDecoder().decode(body);
    // "path;push": the action navigated, the body is already the next page's payload.
    if (redirect) return { redirect: redirect.split(";")[0]!, body: text };
    return { value: decodeActionResult(body), body: text };
  }

  /** A form bound to a server action, posted without JavaScript; follows where it redirects. */
  async submitForm(pagePath: string, action: ActionName, fields: Record<string, string>): Promise<Page> {
    const form = new FormData();
    form.set(`$ACTION_ID_${this.actionIds[action]}`, "");
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return this.navigate(pagePath, { method: "POST", headers: { Origin: this.appOrigin }, body: form });
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
