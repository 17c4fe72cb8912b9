/**
 * Security headers of every response, set by proxy.ts (the static files Next serves itself get
 * the constant ones from next.config.mjs as well).
 *
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's own bootstrap load
 * its chunks); Next reads the nonce from the Content-Security-Policy request header the proxy
 * sets and puts it on every script it renders, so no page needs 'unsafe-inline' for scripts.
 * Styles keep 'unsafe-inline': React writes style attributes, which nonces do not cover.
 */
import { appOrigin } from "@/lib/config/app-origin";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Every powerful feature off: the application uses none of them. */
export const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "bluetooth", "browsing-topics", "camera", "display-capture", "encrypted-media",
  "fullscreen", "gamepad", "geolocation", "gyroscope", "hid", "identity-credentials-get", "idle-detection",
  "interest-cohort", "local-fonts", "magnetometer", "microphone", "midi", "otp-credentials", "payment",
  "picture-in-picture", "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock", "serial",
  "storage-access", "usb", "web-share", "window-management", "xr-spatial-tracking",
].map((feature) => `${feature}=()`).join(", ");

/** The headers that do not depend on the request (static files get nosniff and CORP from next.config.mjs). */
export const CONSTANT_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
};

/** HSTS only when the public origin is https: over http a browser ignores it, and localhost must stay reachable. */
export function strictTransportSecurity(env: NodeJS.ProcessEnv = process.env): string | null {
  return appOrigin(env).startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

export function applySecurityHeaders(headers: Headers, nonce: string): void {
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  for (const [name, value] of Object.entries(CONSTANT_HEADERS)) headers.set(name, value);
  const hsts = strictTransportSecurity();
  if (hsts) headers.set("Strict-Transport-Security", hsts);
}
