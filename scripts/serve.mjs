/**
 * Serves the built application like `next start`, but tells it each request's socket address
 * (lib/security/client-address.ts): the header is overwritten here, so no client can set it.
 * Started by scripts/start.ts: `node scripts/serve.mjs --port 3000 --hostname localhost`
 * (the configuration itself is read by lib/config/, not here).
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const PEER_ADDRESS_HEADER = "x-wbcr-peer-address";
const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "localhost" } } });
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  void handle(request, response);
}).listen(port, hostname, () => console.log(`WBCR: ready on http://${hostname}:${port}`));
