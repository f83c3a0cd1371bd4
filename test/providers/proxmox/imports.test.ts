// Importing objects made outside terraform (the web UI, `pveum`/`ha-manager`, the installer), in
// process against the simulator holding them as the server stores them: import + plan with the
// configuration that describes them plans no change. And an import id that names nothing, or
// has the wrong form, fails for every resource type with an error naming the expected form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { proxmoxCatalog } from '../../../src/providers/proxmox/catalog.js';
import { haResourceResource } from '../../../src/providers/proxmox/resources/ha-resource.js';
import { realmResource } from '../../../src/providers/proxmox/resources/realm.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

describe('proxmox objects made outside terraform import with an empty plan', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    const guest = {
      kind: 'qemu',
      vmid: 100,
      node: 'pve',
      config: { name: 'web' },
      pending: {},
      pendingDelete: new Set<string>(),
      status: 'stopped',
      snapshots: new Map(),
    };
    h.sim.state.guests.set(100, guest as never);
  });
  after(() => h.close());

  it('proxmox_ha_resource: failback left to its default (web UI) or stored as 1 (ha-manager) reads true', async () => {
    const ha = inProcessWith(haResourceResource, providerData(h.client));
    // The web UI leaves failback out when it keeps its default (ResourceEdit.js delete_if_default).
    await h.client.datacenter.create('ha/resources', 'vm:100', {});
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), []);
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100' }), []);
    await h.client.datacenter.update('ha/resources', 'vm:100', { failback: true });
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), []);
    await h.client.datacenter.update('ha/resources', 'vm:100', { failback: false });
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: false }), []);
    assert.deepEqual(await ha.changesAfterImport('vm:100', { sid: 'vm:100', failback: true }), ['failback']);
    await h.client.datacenter.delete('ha/resources', 'vm:100');
  });

  it('proxmox_realm: not the default, whether unchecked in the web UI (default 0) or never set (pveum)', async () => {
    const realm = inProcessWith(realmResource, providerData(h.client));
    const ldap = { type: 'ldap', server1: 'ldap.example.com', base_dn: 'dc=example,dc=com', user_attr: 'uid' };
    await h.client.realms.create({ realm: 'webui', ...ldap, default: 0 });
    await h.client.realms.create({ realm: 'cli', ...ldap });
    for (const name of ['webui', 'cli']) {
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap, default: false }), [], name);
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap }), [], name);
      assert.deepEqual(await realm.changesAfterImport(name, { realm: name, ...ldap, default: true }), ['default'], name);
    }
    // Made the default and back: false is a delete of the marker, which reads false again.
    const imported = (await realm.importId('cli')).state!;
    const made = await realm.apply({ realm: 'cli', ...ldap, default: true }, imported);
    assert.deepEqual([made.errors, made.state['default']], [[], true]);
    const cleared = await realm.apply({ realm: 'cli', ...ldap }, made.state);
    assert.deepEqual([cleared.errors, cleared.state['default']], [[], false]);
    assert.equal(h.sim.state.realms.domains.get('cli')?.default, undefined);
  });

  it('an id of the wrong form or naming nothing fails for every resource type, naming the form', async () => {
    for (const entry of proxmoxCatalog.resources) {
      const definition = await entry.load();
      const resource = inProcessWith(definition, providerData(h.client));
      for (const id of ['nosuch', 'no/such/thing/here']) {
        const imported = await resource.importId(id);
        assert.equal(imported.state, null, `${definition.name} imported "${id}"`);
        const errors = imported.errors.join('\n');
        assert.ok(errors.includes('import id') && errors.includes(`"${id}"`), `${definition.name} "${id}": ${errors}`);
      }
    }
  });
});
