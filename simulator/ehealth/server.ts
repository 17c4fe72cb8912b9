/**
 * eHealth identity-provider simulator: a real OpenID Connect provider (oidc-provider) on its own
 * port, with simulated eID / itsme / token logins and demo identities.
 *
 * Run: `npx tsx simulator/ehealth/server.ts` (environment variables: see `readEnvironment`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import Provider from "oidc-provider";
import { DEFAULT_SIMULATOR_PORT, demoEhealthClient } from "@/lib/config/auth";
import { readSettings, type Env } from "@/lib/config/settings";
import { createAccountStore } from "./accounts";
import { findAsset } from "./assets";
import loadDemoIdentities, { type Identity } from "./identities";
import { createInteractionHandler } from "./interactions";
import { renderErrorPage } from "./pages";
import { createProviderConfiguration, type SimulatorClient } from "./provider-config";

export type { Identity } from "./identities";
export type { SimulatorClient } from "./provider-config";

export interface EhealthSimulatorOptions {
  /** 0 picks a free port. */
  port: number;
  /** Defaults to http://localhost:<port>. Must have no path: the provider's routes sit at the root. */
  issuer?: string;
  clients: SimulatorClient[];
  identities: Identity[];
}

export interface RunningEhealthSimulator {
  /** The issuer; its /.well-known/openid-configuration describes every endpoint. */
  url: string;
  close(): Promise<void>;
}

/** Pages use only same-origin files; oidc-provider adds the hash of its own auto-submit scripts here. */
const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * The simulator signs anyone in as any demo identity: it listens on the loopback interface only,
 * wherever it runs (demo, tests, harnesses), so no other machine can reach it.
 */
export const SIMULATOR_HOST = "localhost";

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, SIMULATOR_HOST, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** undefined for a request line no URL parser accepts (a crafted request must not crash the server). */
function parseRequestUrl(req: IncomingMessage, base: string): URL | undefined {
  try {
    return new URL(req.url ?? "/", base);
  } catch {
    return undefined;
  }
}

/** Static files and login pages are the simulator's own; everything else is oidc-provider's. */
function routeRequest(
  issuer: string,
  handleProvider: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  handleInteraction: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = parseRequestUrl(req, issuer);
    if (!url) {
      res.writeHead(400).end();
      return;
    }
    const asset = findAsset(url.pathname);
    if (asset) {
      res.writeHead(200, { "Content-Type": asset.type, "Cache-Control": "no-cache" }).end(asset.body);
      return;
    }
    if (!url.pathname.startsWith("/interaction/")) {
      void handleProvider(req, res);
      return;
    }
    handleInteraction(req, res, url).catch((error: unknown) => {
      console.error("eHealth simulator interaction error:", error);
      if (res.headersSent) return res.destroy();
      res.writeHead(500, { "Content-Type": "text/html; charset=utf-8" }).end(renderErrorPage("en", { error: "server_error" }));
    });
  };
}

function checkIssuer(issuer: string): void {
  const { pathname, search, hash } = new URL(issuer);
  if (pathname !== "/" || search || hash) {
    throw new Error(`EHEALTH issuer must be an origin without path, got ${issuer}`);
  }
}

export async function startEhealthSimulator(options: EhealthSimulatorOptions): Promise<RunningEhealthSimulator> {
  const server = createServer();
  const port = await listen(server, options.port);
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive connections from clients would otherwise hold the process open.
      server.closeAllConnections();
    });

  try {
    const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/$/, "");
    checkIssuer(issuer);
    const accounts = createAccountStore(options.identities);
    const provider = new Provider(issuer, createProviderConfiguration(options.clients, accounts));
    // Behind a TLS-terminating proxy, trust X-Forwarded-Proto so cookies get `secure`; plain http stays plain.
    provider.proxy = issuer.startsWith("https:");
    provider.on("server_error", (_ctx, error) => console.error("eHealth simulator error:", error));

    server.on("request", routeRequest(issuer, provider.callback(), createInteractionHandler(provider, options.identities, accounts)));
    return { url: issuer, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The development defaults match the app's next-auth "ehealth" provider on http://localhost:3000. */
function readEnvironment(env: Env): Omit<EhealthSimulatorOptions, "identities"> {
  const s = readSettings(env);
  const port = s.EHEALTH_SIM_PORT ?? DEFAULT_SIMULATOR_PORT;
  if (port > 65535) throw new Error(`EHEALTH_SIM_PORT is not a port: ${port}`);
  const redirectUri = s.EHEALTH_REDIRECT_URI ?? "http://localhost:3000/api/auth/callback/ehealth";
  // Space- or comma-separated; by default the application's home page.
  const postLogoutUris = (s.EHEALTH_POST_LOGOUT_REDIRECT_URIS ?? `${new URL(redirectUri).origin}/`).split(/[\s,]+/).filter(Boolean);
  return {
    port,
    issuer: s.EHEALTH_ISSUER ?? `http://localhost:${port}`,
    clients: [
      {
        client_id: s.EHEALTH_CLIENT_ID ?? demoEhealthClient.clientId,
        client_secret: s.EHEALTH_CLIENT_SECRET ?? demoEhealthClient.clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: postLogoutUris,
      },
    ],
  };
}

async function main(): Promise<void> {
  const options = { ...readEnvironment(process.env), identities: await loadDemoIdentities() };
  const simulator = await startEhealthSimulator(options);
  console.log(`eHealth simulator ready at ${simulator.url} (${options.identities.length} identities, client ${options.clients[0]?.client_id})`);
  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error("eHealth simulator failed to start:", error);
    process.exit(1);
  });
}
