// The protocol core and the framework driven end to end by the real terraform binary,
// through the test provider: every step a user takes, in order, on one workspace.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ThingStore } from '../provider/store.js';
import { installTestProvider, TESTER_SOURCE } from '../helpers/test-provider.js';
import { Workspace, type StateResource } from '../helpers/terraform.js';

const providerBlock = `
terraform {
  required_providers {
    tester = { source = "${TESTER_SOURCE}" }
  }
}
provider "tester" {}
`;

function thingConfig(fields: { size?: number; zone?: string; mode?: string; extra?: string } = {}): string {
  return `${providerBlock}
resource "tester_thing" "alpha" {
  name   = "alpha"
  secret = "hunter2"
  tags   = { env = "test" }
  ${fields.size !== undefined ? `size = ${fields.size}` : ''}
  ${fields.zone !== undefined ? `zone = "${fields.zone}"` : ''}
  settings = { mode = "${fields.mode ?? 'fast'}" }
  port { number = 80 }
  port {
    number   = 53
    protocol = "udp"
  }
}
${fields.extra ?? ''}
`;
}

describe('terraform drives the test provider', () => {
  let ws: Workspace;
  let store: ThingStore;

  const alpha = async (): Promise<StateResource> => {
    const found = (await ws.resources()).find((r) => r.address === 'tester_thing.alpha');
    assert.ok(found, 'tester_thing.alpha is in state');
    return found;
  };

  before(async () => {
    const { mirrorDir, executable } = await installTestProvider();
    ws = new Workspace({ mirrorDir, include: [TESTER_SOURCE], reattach: [{ address: TESTER_SOURCE, executable }] });
    store = new ThingStore(join(ws.dir, 'things.json'));
    ws.env.TESTER_STORE = store.path;
    ws.writeConfig(thingConfig());
    await ws.init();
  });

  after(() => ws?.cleanup());

  it('validates a good configuration', async () => {
    const result = await ws.expect(['validate', '-no-color']);
    assert.match(result.stdout, /The configuration is valid/);
  });

  it('rejects bad values with diagnostics that name the attribute', async () => {
    ws.writeConfig(
      `resource "tester_thing" "bad" {
  name = "Bad Name"
  size = 5000
  zone = "forbidden"
  port { number = 70000 }
}`,
      'bad.tf',
    );
    const result = await ws.run(['validate', '-no-color']);
    ws.removeConfig('bad.tf');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /"name" must start with a letter/);
    assert.match(result.stderr, /"size" must be between 1 and 1000, got 5000/);
    assert.match(result.stderr, /The zone "forbidden" cannot be used/);
    assert.match(result.stderr, /"number" must be between 1 and 65535, got 70000/);
    assert.match(result.stderr, /on bad\.tf line \d+, in resource "tester_thing" "bad":\s+\d+:\s+name = "Bad Name"/);
  });

  it('creates, fills defaults and computed values, keeps the user spelling', async () => {
    await ws.apply();
    const state = await alpha();
    assert.match(String(state.values.id), /^thing-\d+$/);
    assert.equal(state.values.size, 10);
    assert.equal(state.values.revision, 1);
    assert.deepEqual(state.values.port, [
      { number: 80, protocol: 'tcp' },
      { number: 53, protocol: 'udp' },
    ]);
    assert.deepEqual(state.values.settings, { mode: 'fast', level: null });
    assert.equal(state.sensitive_values?.secret, true);
    assert.equal(store.get(String(state.values.id))?.settings?.mode, 'FAST');
  });

  it('plans no changes after apply', async () => {
    const plan = await ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place', async () => {
    const before = await alpha();
    ws.writeConfig(thingConfig({ size: 20 }));
    // `apply` prints the plan it carries out (one terraform run instead of a plan and an apply).
    const plan = (await ws.apply()).stdout;
    assert.match(plan, /will be updated in-place/);
    assert.match(plan, /~ size\s+= 10 -> 20/);
    assert.match(plan, /~ revision\s+= 1 -> \(known after apply\)/);
    const after = await alpha();
    assert.equal(after.values.id, before.values.id);
    assert.equal(after.values.created_at, before.values.created_at);
    assert.equal(after.values.revision, 2);
    assert.equal((await ws.planHasChanges()).changes, false);
  });

  it('replaces when a requires-replace attribute changes', async () => {
    const before = await alpha();
    ws.writeConfig(thingConfig({ size: 20, zone: 'b' }));
    const plan = (await ws.apply()).stdout;
    assert.match(plan, /must be replaced/);
    assert.match(plan, /\+ zone\s+= "b" # forces replacement/);
    const after = await alpha();
    assert.notEqual(after.values.id, before.values.id);
    assert.equal(store.get(String(before.values.id)), undefined, 'the old object is gone');
  });

  it('detects drift and refreshes it with -refresh-only', async () => {
    const id = String((await alpha()).values.id);
    store.update(id, { size: 99 });
    const plan = await ws.planHasChanges();
    assert.match(plan.output, /~ size\s+= 99 -> 20/);
    await ws.apply(['-refresh-only']);
    assert.equal((await alpha()).values.size, 99);
    await ws.apply();
    assert.equal(store.get(id)?.size, 20);
  });

  it('plans a create for an object deleted outside terraform', async () => {
    store.delete(String((await alpha()).values.id));
    assert.match((await ws.apply()).stdout, /tester_thing\.alpha will be created/);
    assert.equal((await ws.planHasChanges()).changes, false);
  });

  it('imports with an import block and with terraform import', async () => {
    const viaBlock = store.create({ name: 'beta', size: 7, zone: null, secret: null, tags: null, ports: [], settings: null });
    const viaCommand = store.create({ name: 'gamma', size: 8, zone: null, secret: null, tags: null, ports: [], settings: null });
    const imported = `
import {
  to = tester_thing.beta
  id = "${viaBlock.id}"
}
resource "tester_thing" "beta" {
  name = "beta"
  size = 7
}
resource "tester_thing" "gamma" {
  name = "gamma"
  size = 8
}`;
    ws.writeConfig(thingConfig({ size: 20, zone: 'b', extra: imported }));
    const plan = await ws.planHasChanges();
    assert.match(plan.output, /tester_thing\.beta will be imported/);
    await ws.expect(['import', '-no-color', '-input=false', 'tester_thing.gamma', viaCommand.id]);
    const missing = await ws.run(['import', '-no-color', '-input=false', 'tester_thing.gamma', 'thing-404']);
    assert.notEqual(missing.code, 0);
    await ws.apply();
    const addresses = (await ws.resources()).map((r) => r.address);
    assert.ok(addresses.includes('tester_thing.beta') && addresses.includes('tester_thing.gamma'));
    assert.equal((await ws.planHasChanges()).changes, false);
  });

  it('keeps an object created by a failing apply in state, tainted', async () => {
    ws.writeConfig(`${thingConfig({ size: 20, zone: 'b' })}
resource "tester_thing" "broken" {
  name = "fail-after-create"
}`);
    const result = await ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /the second step of create failed on purpose/);
    const broken = (await ws.resources()).find((r) => r.address === 'tester_thing.broken');
    assert.ok(broken, 'the created object is in state');
    assert.equal(broken.tainted, true);
    assert.ok(store.get(String(broken.values.id)), 'and exists in the store');
    ws.writeConfig(thingConfig({ size: 20, zone: 'b' }));
  });

  it('reads data sources and calls functions', async () => {
    ws.writeConfig(
      thingConfig({
        size: 20,
        zone: 'b',
        extra: `
data "tester_thing" "lookup" {
  name = tester_thing.alpha.name
}
output "looked_up_size" { value = data.tester_thing.lookup.size }
output "shout" { value = provider::tester::shout("hello") }
`,
      }),
    );
    await ws.apply();
    const outputs = await ws.outputs();
    assert.equal(outputs.looked_up_size, 20);
    assert.equal(outputs.shout, 'HELLO!');
    ws.writeConfig('output "bad" { value = provider::tester::shout("") }\n', 'fn.tf');
    const failed = await ws.run(['plan', '-no-color', '-input=false']);
    ws.removeConfig('fn.tf');
    assert.notEqual(failed.code, 0);
    assert.match(failed.stderr, /text must not be empty/);
  });

  it('reports its schema to terraform providers schema -json', async () => {
    const result = await ws.expect(['providers', 'schema', '-json']);
    const schemas = JSON.parse(result.stdout) as {
      provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, { sensitive?: boolean }> } }> }>;
    };
    const tester = schemas.provider_schemas[TESTER_SOURCE];
    assert.ok(tester, 'the provider is listed');
    assert.equal(tester.resource_schemas.tester_thing?.block.attributes.secret?.sensitive, true);
  });

  it('destroys everything', async () => {
    await ws.destroy();
    assert.deepEqual(store.read().things, {});
    assert.deepEqual(await ws.resources(), []);
  });
});
