// Writes docs/<provider>/ from the providers' schemas (`make docs`). test/docs checks that the
// committed pages equal what this writes, so the docs cannot drift from the code.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderProviderDocs, type ExampleKind } from '../src/framework/docs.js';
import { loadProvider, PROVIDER_NAMES } from '../src/providers/registry.js';

export const docsRoot = fileURLToPath(new URL('../docs/', import.meta.url));
const examplesRoot = fileURLToPath(new URL('../examples/', import.meta.url));

/** The file an object's example configuration is in, as terraform-plugin-docs lays them out. */
export function examplePath(kind: ExampleKind, typeName: string): string {
  const file = { resources: 'resource.tf', 'data-sources': 'data-source.tf', 'ephemeral-resources': 'ephemeral-resource.tf' }[kind];
  return join(examplesRoot, kind, typeName, file);
}

function readExample(kind: ExampleKind, typeName: string): string | undefined {
  const path = examplePath(kind, typeName);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export async function generateAllDocs(): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const name of PROVIDER_NAMES) {
    for (const [path, content] of renderProviderDocs(await loadProvider(name), readExample)) all.set(join(name, path), content);
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
