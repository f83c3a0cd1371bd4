// The committed docs are exactly what the schemas generate (`make docs` rewrites them).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExampleKind } from '../../src/framework/docs.js';
import { loadProvider, PROVIDER_NAMES } from '../../src/providers/registry.js';
import { docsRoot, examplePath, generateAllDocs } from '../../scripts/generate-docs.js';
import { findTerraform } from '../helpers/terraform.js';

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

it('keeps one example per object: a file under examples/ or an inline one, never both, none for an unknown type', async () => {
  const expected = new Set<string>();
  for (const name of PROVIDER_NAMES) {
    const provider = await loadProvider(name);
    const kinds: ReadonlyArray<readonly [ExampleKind, ReadonlyArray<{ readonly name: string; readonly example?: string }>]> = [
      ['resources', provider.resources],
      ['data-sources', provider.dataSources],
      ['ephemeral-resources', provider.ephemeralResources ?? []],
    ];
    for (const [kind, objects] of kinds) {
      for (const object of objects) {
        const path = examplePath(kind, object.name);
        assert.ok(!(existsSync(path) && object.example !== undefined), `${object.name} has an inline example and ${relative(process.cwd(), path)}`);
        expected.add(dirname(path));
      }
    }
  }
  const examplesRoot = dirname(dirname(dirname(examplePath('resources', 'x'))));
  for (const kind of ['resources', 'data-sources', 'ephemeral-resources'] as const) {
    const dir = join(examplesRoot, kind);
    for (const entry of existsSync(dir) ? readdirSync(dir) : [])
      assert.ok(expected.has(join(dir, entry)), `examples/${kind}/${entry} names no ${kind.slice(0, -1)}`);
  }
});

it('keeps the example configurations in terraform fmt style', () => {
  const root = fileURLToPath(new URL('../../examples/', import.meta.url));
  const result = spawnSync(findTerraform(), ['fmt', '-check', '-recursive', '-list=true', root], { encoding: 'utf8' });
  assert.equal(result.status, 0, `not formatted (run terraform fmt -recursive examples):\n${result.stdout}${result.stderr}`);
});
