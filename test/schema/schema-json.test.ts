// The schema export equals what terraform itself reports for the installed providers: the test
// provider (every kind of attribute, a data source, a function) and both shipped providers.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ProviderDefinition } from '../../src/framework/provider.js';
import type { Schema } from '../../src/framework/schema.js';
import { providerSchemasJson } from '../../src/framework/schema-json.js';
import { loadProvider, PROVIDER_NAMES } from '../../src/providers/registry.js';
import { installTestProvider, TESTER_SOURCE } from '../helpers/test-provider.js';
import { Workspace } from '../helpers/terraform.js';
import { providerWorkspace, PROXMOX_SOURCE, TRUENAS_SOURCE } from '../helpers/providers.js';
import { testerProvider } from '../provider/provider.js';

/** `terraform providers schema -json` for these sources, in a workspace that finds them. */
async function terraformSchemas(ws: Workspace, sources: Record<string, string>): Promise<unknown> {
  workspaces.push(ws);
  const required = Object.entries(sources)
    .map(([name, source]) => `    ${name} = { source = "${source}" }`)
    .join('\n');
  ws.writeConfig(`terraform {\n  required_providers {\n${required}\n  }\n}\n`);
  await ws.init();
  return JSON.parse((await ws.expect(['providers', 'schema', '-json'])).stdout) as unknown;
}

const workspaces: Workspace[] = [];
after(() => workspaces.forEach((ws) => ws.cleanup()));

describe('schema export', () => {
  it('equals terraform providers schema -json for the test provider', async () => {
    const { mirrorDir } = await installTestProvider();
    const fromTerraform = await terraformSchemas(new Workspace({ mirrorDir, include: [TESTER_SOURCE] }), { tester: TESTER_SOURCE });
    const ours = await providerSchemasJson([testerProvider as unknown as ProviderDefinition<Schema, unknown>]);
    assert.deepEqual(ours, fromTerraform);
  });

  it('equals terraform providers schema -json for the truenas and proxmox providers', async () => {
    const sources = { truenas: TRUENAS_SOURCE, proxmox: PROXMOX_SOURCE };
    const fromTerraform = await terraformSchemas(providerWorkspace(), sources);
    const ours = await providerSchemasJson(await Promise.all(PROVIDER_NAMES.map(loadProvider)));
    assert.deepEqual(ours, fromTerraform);
  });

  it('writes resource, data source and function schemas with terraform JSON member names', async () => {
    const ours = await providerSchemasJson([testerProvider as unknown as ProviderDefinition<Schema, unknown>]);
    const tester = ours.provider_schemas[`${TESTER_SOURCE}`];
    assert.ok(tester?.resource_schemas?.tester_thing);
    assert.equal(tester.resource_schemas.tester_thing.block.block_types?.port?.nesting_mode, 'list');
    assert.equal(tester.resource_schemas.tester_thing.block.attributes?.secret?.sensitive, true);
    assert.ok(tester.data_source_schemas && Object.keys(tester.data_source_schemas).length > 0);
    assert.ok(tester.functions && Object.keys(tester.functions).length > 0);
  });
});
