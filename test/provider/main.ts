// Entry point of the test provider's executable (bundled by the end-to-end tests).
import { createProviderServer } from '../../src/framework/server.js';
import { servePlugin } from '../../src/plugin/serve.js';
import { TESTER_ADDRESS, testerProvider } from './provider.js';

await servePlugin(createProviderServer(testerProvider), {
  providerAddress: TESTER_ADDRESS,
  debug: process.argv.includes('--debug'),
});
