/**
 * The rate limits and their configuration (README.md "Configuration"): allowed requests per
 * minute, `0` switches a limit off.
 *
 *   WBCR_RATE_LIMIT_LOGIN    starts of a login and eHealth callbacks per client address (default 60).
 *                            Hospitals reach us from behind NAT, so one address is many people.
 *   WBCR_RATE_LIMIT_SEARCH   patient searches in the Saved/Sent lists per person (default 60).
 */
import { readSettings, type Env } from "@/lib/config/settings";

export const rateLimits = {
  login: { variable: "WBCR_RATE_LIMIT_LOGIN", defaultPerMinute: 60 },
  search: { variable: "WBCR_RATE_LIMIT_SEARCH", defaultPerMinute: 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;

export const rateLimitNames = Object.keys(rateLimits) as RateLimitName[];

/** Allowed requests per minute; 0 when switched off. A malformed value is a configuration error. */
export function rateLimitPerMinute(name: RateLimitName, env: Env = process.env): number {
  const { variable, defaultPerMinute } = rateLimits[name];
  return readSettings(env)[variable] ?? defaultPerMinute;
}
