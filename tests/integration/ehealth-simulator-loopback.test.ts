/**
 * The simulator signs anyone in as any demo identity, so it must never be reachable from another
 * machine: it listens on the loopback interface only, wherever it is started.
 */
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { startEhealthSimulator } from "@/simulator/ehealth/server";

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("eHealth simulator", () => {
  it("answers on localhost and not on the machine's other addresses", async () => {
    const simulator = await startEhealthSimulator({ port: 0, clients: [], identities: [] });
    try {
      const port = Number(new URL(simulator.url).port);
      expect(await reachable("localhost", port)).toBe(true);
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((entry) => entry && !entry.internal && entry.family === "IPv4")
        .map((entry) => entry!.address);
      for (const address of external) expect(await reachable(address, port), address).toBe(false);
    } finally {
      await simulator.close();
    }
  });
});
