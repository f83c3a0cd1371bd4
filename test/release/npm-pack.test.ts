// `npm pack` ships what users run (the command, the provider executables, the bundle, the CDKTF
// bindings, docs and examples) and nothing else: no tests, no sources, no simulator fixtures.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function packedFiles(): string[] {
  assert.ok(existsSync(`${root}dist/main.js`), 'dist/ is missing: run `make build` first');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  assert.ok(pack);
  return pack.files.map((f) => f.path).sort();
}

describe('npm package contents', () => {
  const files = packedFiles();

  it('holds the command, both provider executables, the bundle and the CDKTF bindings', () => {
    for (const needed of [
      'package.json',
      'README.md',
      'bin/truemox.mjs',
      'bin/terraform-provider-truenas.cjs',
      'bin/terraform-provider-proxmox.cjs',
      'dist/main.js',
      'dist/provider.js',
      'cdktf/package.json',
      'cdktf/lib/index.js',
      'cdktf/lib/index.d.ts',
      'cdktf/lib-cdktn/index.js',
    ]) {
      assert.ok(files.includes(needed), `the package ships ${needed}`);
    }
  });

  it('leaves out tests, sources, generated binding sources, simulator fixtures and build leftovers', () => {
    const unwanted = files.filter(
      (path) =>
        /^(test|src|scripts|bench|proto|node_modules|build|cdktf\/src)\//.test(path) ||
        /(^|\/)(fixtures?|__tests__)\//.test(path) ||
        /\.test\.[cm]?[jt]s$/.test(path) ||
        /pve-api-subset\.json$/.test(path) ||
        /(^|\/)(\.terraform|terraform\.tfstate|cdktf\.out)/.test(path) ||
        /^(Makefile|tsconfig\.json|package-lock\.json)$/.test(path),
    );
    assert.deepEqual(unwanted, []);
  });

  it('exports the bindings as truemox/cdktf and truemox/cdktn', async () => {
    const pkg = (await import('truemox/package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown> };
    assert.ok(pkg.exports['./cdktf']);
    assert.ok(pkg.exports['./cdktn']);
  });
});
