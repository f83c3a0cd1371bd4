// terraform starts a provider several times per command, and most starts only read the schema
// or validate: the HTTP client (undici) and SSH (ssh2) are loaded by the first call that needs
// them, never by the start. This starts each provider from the sources as terraform does, asks
// for its schema, and lists every module the process resolved on the way.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  connect,
  createTlsIdentity,
  handshakeLineOf,
  hostEnvironment,
  mtlsCredentials,
  parseHandshake,
  repositoryRoot,
  services,
  unary,
} from '../plugin/harness.js';

const recorder = fileURLToPath(new URL('./fixtures/record-modules.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'truemox-start-path-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The modules provider `name` resolved from its start until it answered GetProviderSchema. */
async function modulesOfAStart(name: 'truenas' | 'proxmox'): Promise<string[]> {
  const record = join(scratch, `${name}.txt`);
  const client = await createTlsIdentity();
  const entry = JSON.stringify(`./src/cli/provider-${name}.ts`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', recorder, '--input-type=module', '-e', `const { runProvider } = await import(${entry}); await runProvider('${name}', []);`],
    { env: hostEnvironment(client, { TRUEMOX_RECORD_MODULES: record }), cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const line = await handshakeLineOf(child);
    const handshake = parseHandshake(line);
    const grpc = connect(handshake.socketPath, mtlsCredentials(handshake, client));
    try {
      const schema = await unary<{ resource_schemas?: Record<string, unknown> }>(grpc, services.provider.GetProviderSchema);
      assert.ok(Object.keys(schema.resource_schemas ?? {}).length > 0, 'the schema lists resources');
    } finally {
      grpc.close();
    }
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGKILL');
  }
  return readFileSync(record, 'utf8').split('\n').filter(Boolean);
}

const LAZY_PACKAGES = ['undici', 'ssh2'];

for (const name of ['truenas', 'proxmox'] as const) {
  describe(`a ${name} provider start`, () => {
    it('serves its schema without loading the HTTP client or SSH', async () => {
      const modules = await modulesOfAStart(name);
      // The record is complete: the start path's own modules are in it.
      assert.ok(
        modules.some((url) => url.includes('/node_modules/@grpc/grpc-js/')),
        'gRPC is recorded',
      );
      assert.ok(
        modules.some((url) => url.endsWith(`/src/providers/${name}/catalog.ts`)),
        'the provider is recorded',
      );
      assert.ok(
        modules.some((url) => url.includes(`/src/providers/${name}/resources/`)),
        'the resources the schema loads are recorded',
      );
      for (const lazy of LAZY_PACKAGES) {
        assert.deepEqual(
          modules.filter((url) => url.includes(`/node_modules/${lazy}/`)),
          [],
          `${lazy} is not loaded by a start`,
        );
      }
    });
  });
}
