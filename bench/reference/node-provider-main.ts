// Entry point of the benchmark provider's executable (bundled by bench/reference/build.ts).
import { createProviderServer } from '../../src/framework/server.js';
import { servePlugin } from '../../src/plugin/serve.js';
import { benchProvider } from './node-provider.js';

await servePlugin(createProviderServer(benchProvider), { providerAddress: benchProvider.address, debug: false });
