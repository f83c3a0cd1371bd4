// Serves the benchmark provider as terraform started it, from either of its entries (the
// start-up script the bench builds, or the sources for the profile run). With
// BENCH_RPC_COUNTS_DIR set it counts the resource calls it answers by kind and writes them
// there as it exits, for bench/profile.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProviderServer, type ProviderServer } from '../../src/framework/server.js';
import { servePlugin } from '../../src/plugin/serve.js';
import { benchProvider } from './node-provider.js';
import { RPC_KINDS } from './rpc-kinds.js';

function countingCalls(server: ProviderServer, dir: string): ProviderServer {
  const counts: Record<string, number> = Object.fromEntries(RPC_KINDS.map((kind) => [kind.handler, 0]));
  const counted: Record<string, unknown> = { ...server };
  for (const { handler } of RPC_KINDS) {
    const original = server[handler] as (...args: unknown[]) => unknown;
    counted[handler] = (...args: unknown[]) => {
      counts[handler]! += 1;
      return original(...args);
    };
  }
  process.on('exit', () => writeFileSync(join(dir, `rpc-counts-${process.pid}.json`), JSON.stringify(counts)));
  return counted as unknown as ProviderServer;
}

/** Resolves once the handshake is out. */
export async function serveBenchProvider(): Promise<void> {
  const server = createProviderServer(benchProvider);
  const countsDir = process.env.BENCH_RPC_COUNTS_DIR;
  await servePlugin(countsDir ? countingCalls(server, countsDir) : server, { providerAddress: benchProvider.address, debug: false });
}
