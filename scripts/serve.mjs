/**
 * Serves the built application like `next start`, but tells it each request's socket address
 * (lib/security/client-address.ts): the header is overwritten here, so no client can set it.
 * Started by scripts/start.ts with PORT and HOSTNAME in the environment.
 */
import { createServer } from "node:http";
import next from "next";

const PEER_ADDRESS_HEADER = "x-wbcr-peer-address";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  void handle(request, response);
}).listen(port, hostname, () => console.log(`WBCR: ready on http://${hostname}:${port}`));
