// The simulator's upgrade: objects kept, the new release's database migrations applied to them
// (src/sim/truenas/upgrade.ts, docs/simulators.md "Upgrades"), connections dropped, the new
// release answering afterwards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';
import type { SimShare } from '../../../src/sim/truenas/state.js';
import type { Nfs4Ace } from '../../../src/clients/truenas/index.js';

/** A 25.04 SMB share as saved with `purpose` and the flat settings given. */
function share25_04(name: string, purpose: string, settings: Record<string, unknown> = {}): Omit<SimShare, 'id'> {
  return {
    purpose,
    name,
    path: '/mnt/tank',
    path_suffix: '',
    comment: '',
    ro: false,
    browsable: true,
    abe: false,
    guestok: false,
    afp: false,
    timemachine: false,
    recyclebin: false,
    hostsallow: [],
    hostsdeny: [],
    aapl_name_mangling: false,
    enabled: true,
    locked: false,
    audit: { enable: false, watch_list: [], ignore_list: [] },
    ...settings,
  };
}

describe('simulated TrueNAS upgrade', () => {
  it('25.04 → 25.10: SMB purposes renamed as the migration does, settings kept as options; smartd gone, nvmet added; password-less users disabled', async () => {
    const sim = await startSim({ version: '25.04.2' });
    try {
      const cases: Array<[string, string, Record<string, unknown>, string]> = [
        ['noPreset', 'NO_PRESET', { timemachine: true, hostsallow: ['10.0.0.0/8'] }, 'LEGACY_SHARE'],
        ['plain', 'DEFAULT_SHARE', {}, 'DEFAULT_SHARE'],
        ['guests', 'DEFAULT_SHARE', { guestok: true }, 'LEGACY_SHARE'],
        ['mac', 'ENHANCED_TIMEMACHINE', { path_suffix: '%U' }, 'TIMEMACHINE_SHARE'],
        ['tm', 'TIMEMACHINE', {}, 'TIMEMACHINE_SHARE'],
        ['nfs', 'MULTI_PROTOCOL_NFS', {}, 'MULTIPROTOCOL_SHARE'],
        ['private', 'PRIVATE_DATASETS', {}, 'PRIVATE_DATASETS_SHARE'],
        ['worm', 'WORM_DROPBOX', {}, 'TIME_LOCKED_SHARE'],
      ];
      for (const [name, purpose, settings] of cases) sim.state.smbShares.insert(share25_04(name, purpose, settings));
      // An account left without a password (its unixhash "*"), but with password login on.
      const nopass = sim.state.users.list().find((user) => user.username === 'truenas_admin')!;
      Object.assign(nopass, { hasPassword: false, password_disabled: false });

      await sim.upgrade('25.10.1');
      const client = clientFor(sim);
      try {
        assert.equal(await client.serverVersion(), '25.10.1');
        const rows = (await client.call('sharing.smb.query', [])) as Array<Record<string, unknown>>;
        const byName = new Map(rows.map((row) => [row['name'], row]));
        assert.deepEqual(
          cases.map(([name]) => byName.get(name)!['purpose']),
          cases.map(([, , , migrated]) => migrated),
        );
        const legacy = byName.get('noPreset')!;
        assert.equal(legacy['readonly'], false);
        assert.deepEqual(
          [(legacy['options'] as Record<string, unknown>)['timemachine'], (legacy['options'] as Record<string, unknown>)['hostsallow']],
          [true, ['10.0.0.0/8']],
        );
        // ENHANCED_TIMEMACHINE turned auto snapshots and dataset creation on; the suffix is the naming schema.
        const mac = byName.get('mac')!['options'] as Record<string, unknown>;
        assert.deepEqual([mac['auto_snapshot'], mac['auto_dataset_creation'], mac['dataset_naming_schema']], [true, true, '%U']);
        assert.equal((byName.get('tm')!['options'] as Record<string, unknown>)['auto_snapshot'], false);
        assert.equal((byName.get('worm')!['options'] as Record<string, unknown>)['grace_period'], 900);

        const services = ((await client.call('service.query', [])) as Array<{ service: string }>).map((s) => s.service);
        assert.ok(services.includes('nvmet') && !services.includes('smartd'), services.join(', '));
        assert.equal(sim.state.users.get(nopass.id)!.password_disabled, true);
      } finally {
        client.close();
      }
    } finally {
      await sim.stop();
    }
  });

  it('25.10 → 26.0: NFSv4 entries written as READ or TRAVERSE keep the masks nfs4xdr gave them, which 26.0 answers as advanced perms', async () => {
    const sim = await startSim({ version: '25.10.1', pools: [{ name: 'tank', size: 1024 ** 3 }] });
    const ace = (tag: string, id: number, basic: string) => ({ tag, id, type: 'ALLOW', perms: { BASIC: basic }, flags: { BASIC: 'INHERIT' } });
    const dacl = [ace('owner@', -1, 'FULL_CONTROL'), ace('group@', -1, 'MODIFY'), ace('GROUP', 544, 'READ'), ace('everyone@', -1, 'TRAVERSE')];
    const permsOf = async (client: ReturnType<typeof clientFor>, simplified: boolean) =>
      ((await client.filesystem.getAcl('/mnt/tank/nfs', simplified)).acl as Nfs4Ace[]).map(({ perms }) =>
        'BASIC' in perms ? perms['BASIC'] : Object.keys(perms).filter((name) => (perms as Record<string, unknown>)[name] === true),
      );
    try {
      const client = clientFor(sim);
      await client.datasets.create({ name: 'tank/nfs', acltype: 'NFSV4', aclmode: 'PASSTHROUGH' });
      await client.filesystem.setAcl({ path: '/mnt/tank/nfs', acltype: 'NFS4', dacl });
      assert.deepEqual(await permsOf(client, true), ['FULL_CONTROL', 'MODIFY', 'READ', 'TRAVERSE']);
      // include/nfs4_json.h:43-45 @ee7b2d3: READ without SYNCHRONIZE, TRAVERSE with READ_ACL.
      const [, , read, traverse] = await permsOf(client, false);
      assert.deepEqual(read, ['READ_DATA', 'READ_NAMED_ATTRS', 'EXECUTE', 'READ_ATTRIBUTES', 'READ_ACL']);
      assert.deepEqual(traverse, ['READ_NAMED_ATTRS', 'EXECUTE', 'READ_ATTRIBUTES', 'READ_ACL']);
      client.close();

      await sim.upgrade('26.0.0');
      const after = clientFor(sim);
      try {
        assert.deepEqual(await permsOf(after, true), ['FULL_CONTROL', 'MODIFY', read, traverse]);
        // Written again on 26.0, the same basic sets get 26.0's masks and read back as written.
        await after.filesystem.setAcl({ path: '/mnt/tank/nfs', acltype: 'NFS4', dacl });
        assert.deepEqual(await permsOf(after, true), ['FULL_CONTROL', 'MODIFY', 'READ', 'TRAVERSE']);
      } finally {
        after.close();
      }
    } finally {
      await sim.stop();
    }
  });

  it('25.10 → 26.0: enable_smb1 becomes minimum_protocol; a downgrade is refused', async () => {
    const sim = await startSim({ version: '25.10.1' });
    try {
      const client = clientFor(sim);
      await client.serviceConfigs.update('smb', { enable_smb1: true });
      client.close();
      await sim.upgrade('26.0.0');
      const after = clientFor(sim);
      try {
        const smb = (await after.call('smb.config', [])) as Record<string, unknown>;
        assert.equal(smb['minimum_protocol'], 'SMB1');
        assert.ok(!('enable_smb1' in smb));
      } finally {
        after.close();
      }
      await assert.rejects(sim.upgrade('25.10.1'), /cannot be upgraded to 25\.10\.1/);
    } finally {
      await sim.stop();
    }
  });
});
