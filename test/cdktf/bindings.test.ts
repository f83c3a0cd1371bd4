// The shipped CDKTF bindings: fresh from the providers' schemas (a stale copy fails here, as
// `make cdktf-check` does), importable as `truemox/cdktf`, and synthesizing the providers'
// blocks with the source address and version terraform needs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TerraformStack, Testing } from 'cdktf';
import { proxmox, truenas } from 'truemox/cdktf';
import { generateSources, versionConstraint } from '../../src/cdktf/generate.js';
import { staleBindings } from '../../src/cdktf/stale.js';
import { loadProvider, PROVIDER_NAMES } from '../../src/providers/registry.js';
import { VERSION } from '../../src/version.js';

const committed = fileURLToPath(new URL('../../cdktf/', import.meta.url));

describe('CDKTF bindings', () => {
  it('are up to date with the providers\' schemas (run `make cdktf` when this fails)', async () => {
    process.env.TF_CLI_CONFIG_FILE ??= '/dev/null';
    const scratch = mkdtempSync(join(tmpdir(), 'truemox-cdktf-test-'));
    try {
      await generateSources(await Promise.all(PROVIDER_NAMES.map(loadProvider)), scratch);
      assert.deepEqual(staleBindings(committed, scratch), [], 'committed bindings differ from generated ones');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('synthesize both providers with their source address and version constraint', () => {
    const stack = new TerraformStack(Testing.app(), 'bindings');
    new truenas.provider.TruenasProvider(stack, 'truenas', { endpoint: 'https://nas.example', apiKey: 'k' });
    new proxmox.provider.ProxmoxProvider(stack, 'proxmox', {});
    const synthesized = JSON.parse(Testing.synth(stack)) as {
      terraform: { required_providers: Record<string, { source: string; version: string }> };
    };
    assert.ok(Testing.toHaveProviderWithProperties(Testing.synth(stack), 'truenas', { endpoint: 'https://nas.example' }));
    assert.deepEqual(synthesized.terraform.required_providers.truenas, {
      source: 'registry.terraform.io/truemox/truenas',
      version: versionConstraint(VERSION),
    });
    assert.equal(synthesized.terraform.required_providers.proxmox?.source, 'registry.terraform.io/truemox/proxmox');
  });
});
