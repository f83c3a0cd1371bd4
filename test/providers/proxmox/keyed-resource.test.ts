// Resources keyed by an attribute (shared/keyed-resource.ts) record the object in state as soon as
// create has written it: when the read-back then fails, terraform still holds the object it made
// instead of leaving it behind on the server. Direct calls, no terraform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentLogger } from '../../../src/log/logger.js';
import { poolResource } from '../../../src/providers/proxmox/resources/pool.js';
import { roleResource } from '../../../src/providers/proxmox/resources/role.js';
import { groupResource } from '../../../src/providers/proxmox/resources/group.js';
import { acmePluginResource } from '../../../src/providers/proxmox/resources/acme-plugin.js';
import { hardwareMappingUsbResource } from '../../../src/providers/proxmox/resources/hardware-mapping.js';

/** A write context whose client is `client` (only the calls a case makes) and which collects what create records. */
function writeContext(client: object) {
  const saved: unknown[] = [];
  const ctx = {
    provider: { client },
    logger: silentLogger,
    signal: new AbortController().signal,
    timeoutMs: undefined,
    warn: () => {},
    savePartialState: (state: unknown) => saved.push(state),
  };
  return { ctx: ctx as never, saved };
}

describe('keyed resources record what create wrote before reading it back', () => {
  it('proxmox_role: a role the server does not list after its create is still in state', async () => {
    const { ctx, saved } = writeContext({ access: { createRole: async () => {}, findRole: async () => undefined } });
    await assert.rejects(roleResource.create(ctx, { id: null, role_id: 'Ops', privileges: ['VM.Audit'] }), /"Ops" was written but the server does not list it/);
    assert.deepEqual(saved, [{ id: 'Ops', role_id: 'Ops', privileges: ['VM.Audit'] }]);
  });

  it('proxmox_pool: likewise', async () => {
    const { ctx, saved } = writeContext({ pools: { create: async () => {}, find: async () => undefined } });
    await assert.rejects(poolResource.create(ctx, { id: null, pool_id: 'lab', comment: 'test' }), /"lab" was written/);
    assert.deepEqual(saved, [{ id: 'lab', pool_id: 'lab', comment: 'test' }]);
  });

  it('proxmox_group, proxmox_hardware_mapping_*, proxmox_acme_plugin: likewise (the write-only data never recorded)', async () => {
    const group = writeContext({ access: { createGroup: async () => {}, findGroup: async () => undefined } });
    await assert.rejects(groupResource.create(group.ctx, { id: null, group_id: 'ops', comment: null, members: [] }), /"ops" was written/);
    assert.deepEqual(group.saved, [{ id: 'ops', group_id: 'ops', comment: null, members: [] }]);

    const mapping = writeContext({ mappings: { create: async () => {}, find: async () => undefined } });
    const usb = { id: null, name: 'stick', description: null, map: [{ node: 'pve', id: '10c4:ea60', path: null, description: null }] };
    await assert.rejects(hardwareMappingUsbResource.create(mapping.ctx, usb), /"stick" was written/);
    assert.deepEqual(mapping.saved, [{ ...usb, id: 'stick' }]);

    const plugin = writeContext({ certificates: { createPlugin: async () => {}, findPlugin: async () => undefined } });
    const dns = {
      id: null,
      plugin_id: 'cf',
      api: 'cf',
      data: null,
      data_wo: { CF_Token: 'x' },
      data_wo_version: 1,
      validation_delay: null,
      nodes: null,
      disable: null,
    };
    await assert.rejects(acmePluginResource.create(plugin.ctx, dns), /"cf" was written/);
    assert.deepEqual(plugin.saved, [{ ...dns, id: 'cf', data_wo: null }]);
  });
});
