// `make cdktf`: regenerates the shipped CDKTF bindings (cdktf/) from the providers' schemas.
// `make cdktf-check` (--check): regenerates into a scratch folder and fails when the committed
// bindings differ, i.e. a provider's schema changed without `make cdktf`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBindings } from '../src/cdktf/generate.js';
import { staleBindings } from '../src/cdktf/stale.js';
import { loadProvider, PROVIDER_NAMES } from '../src/providers/registry.js';

const bindingsDir = fileURLToPath(new URL('../cdktf/', import.meta.url));
const providers = await Promise.all(PROVIDER_NAMES.map(loadProvider));

if (process.argv.includes('--check')) {
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-cdktf-check-'));
  try {
    await generateBindings(providers, scratch);
    const stale = staleBindings(bindingsDir, scratch);
    if (stale.length > 0) {
      console.error(`The committed CDKTF bindings are stale (${stale.length} files differ): run \`make cdktf\`.`);
      for (const file of stale.slice(0, 20)) console.error(`  ${file}`);
      process.exit(1);
    }
    console.log('CDKTF bindings are up to date.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  await generateBindings(providers, bindingsDir);
  console.log(`CDKTF bindings written to ${bindingsDir}`);
}
