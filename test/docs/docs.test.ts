// The committed docs are exactly what the schemas generate (`make docs` rewrites them).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { PROVIDER_NAMES } from '../../src/providers/registry.js';
import { docsRoot, generateAllDocs } from '../../scripts/generate-docs.js';

function committedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else pages.set(relative(docsRoot, path), readFileSync(path, 'utf8'));
    }
  };
  for (const name of PROVIDER_NAMES) walk(join(docsRoot, name));
  return pages;
}

it("docs/ matches the providers' schemas (run `make docs` after a schema change)", async () => {
  const generated = await generateAllDocs();
  const committed = committedPages();
  assert.deepEqual([...committed.keys()].sort(), [...generated.keys()].sort());
  for (const [path, content] of generated) assert.equal(committed.get(path), content, `docs/${path} is stale`);
});

it('documents every resource with an example and an import id', async () => {
  const generated = await generateAllDocs();
  for (const [path, content] of generated) {
    if (!path.includes('/resources/')) continue;
    assert.match(content, /## Example Usage/, `${path} has an example`);
    assert.match(content, /## Import/, `${path} documents import`);
  }
});
