// The build's guard for bundles that run as one compiled script: a dynamic import() of an
// external module (a node: builtin) fails there at run time, so it must fail the build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { assertNoExternalDynamicImports } from '../../scripts/no-dynamic-imports.mjs';

async function metafileOf(contents: string) {
  const result = await build({
    stdin: { contents, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

describe('assertNoExternalDynamicImports', () => {
  it('refuses a bundle that keeps import() of a node builtin', async () => {
    const metafile = await metafileOf(`export async function read() { return (await import('node:fs/promises')).readFile('x'); }`);
    assert.throws(
      () => assertNoExternalDynamicImports(metafile, 'the bundle'),
      /the bundle must not import\(\) external modules.*import\("node:fs\/promises"\)/s,
    );
  });

  it('accepts static imports of builtins', async () => {
    const metafile = await metafileOf(`import { readFileSync } from 'node:fs'; export const read = () => readFileSync('x');`);
    assert.doesNotThrow(() => assertNoExternalDynamicImports(metafile, 'the bundle'));
  });
});
