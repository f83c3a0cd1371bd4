// Writes docs/<provider>/ from the providers' schemas (`make docs`). test/docs checks that the
// committed pages equal what this writes, so the docs cannot drift from the code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderProviderDocs } from '../src/framework/docs.js';
import { loadProvider, PROVIDER_NAMES } from '../src/providers/registry.js';

export const docsRoot = fileURLToPath(new URL('../docs/', import.meta.url));

export async function generateAllDocs(): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const name of PROVIDER_NAMES) {
    for (const [path, content] of renderProviderDocs(await loadProvider(name))) all.set(join(name, path), content);
  }
  return all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await generateAllDocs();
  for (const name of PROVIDER_NAMES) rmSync(join(docsRoot, name), { recursive: true, force: true });
  for (const [path, content] of pages) {
    mkdirSync(dirname(join(docsRoot, path)), { recursive: true });
    writeFileSync(join(docsRoot, path), content);
  }
  console.log(`wrote ${pages.size} pages under docs/`);
}
