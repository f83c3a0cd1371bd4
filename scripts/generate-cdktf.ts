// `make cdktf`: regenerates the shipped CDKTF bindings (cdktf/) from the providers' schemas.
// `make cdktf-check` (--check): regenerates the sources into a scratch folder and fails when the
// committed ones differ, i.e. a provider's schema changed without `make cdktf`.
// `--compile` (`make build`, `npm pack`): compiles the committed sources into cdktf/lib and
// cdktf/lib-cdktn, which are built, not committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLib, generateBindings, generateSources } from '../src/cdktf/generate.js';
import { staleBindings } from '../src/cdktf/stale.js';
import { loadProvider, PROVIDER_NAMES } from '../src/providers/registry.js';

const bindingsDir = fileURLToPath(new URL('../cdktf/', import.meta.url));
const providers = await Promise.all(PROVIDER_NAMES.map(loadProvider));

if (process.argv.includes('--compile')) {
  compileLib(bindingsDir);
  console.log(`CDKTF bindings compiled into ${bindingsDir}lib and lib-cdktn`);
} else if (process.argv.includes('--check')) {
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-cdktf-check-'));
  try {
    await generateSources(providers, scratch);
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
