import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";
import { signIn, type SignInOptions } from "./sign-in";

export interface StoredUser {
  /** Names the stored session ("specialist"). */
  key: string;
  insz: string;
  options?: SignInOptions;
}

// Per run and worker: the e2e server starts on a fresh database, so a session of an earlier run
// is worthless.
const stored = new Map<string, string>();

function fileFor(key: string): string {
  const directory = path.join("test-results", ".sessions");
  mkdirSync(directory, { recursive: true });
  return path.join(directory, `${key}-${process.pid}.json`);
}

/** Keeps the cookies of a context that has just signed in, for signedInContext. */
export async function rememberSession(key: string, context: BrowserContext): Promise<void> {
  const file = fileFor(key);
  await context.storageState({ path: file });
  stored.set(key, file);
}

/**
 * A browser context signed in as `user`: the first call goes through the whole login, the next
 * ones reuse its cookies (a login is five pages; a spec that needs the same user many times
 * stays fast).
 */
export async function signedInContext(browser: Browser, user: StoredUser, options: BrowserContextOptions): Promise<BrowserContext> {
  const file = stored.get(user.key);
  if (file) return browser.newContext({ ...options, storageState: file });
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, user.insz, user.options);
  await page.close();
  await rememberSession(user.key, context);
  return context;
}
