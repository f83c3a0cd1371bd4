// truenas_smb_share on 25.10+: `options` replaces the stored object as a whole (plugins/smb.py
// do_update @TS-25.10.6:841-848), so an update sends the share's other LEGACY_SHARE options back,
// and a share of another purpose is not converted.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { smbShareResource } from '../../../src/providers/truenas/resources/smb-share.js';
import { clientOf, simWithClient, type Row, type Updating } from './sim-client.js';
import { inProcess } from './plan-apply.js';

describe('SMB share updates keep what the provider does not manage (25.10)', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  beforeEach(async () => {
    ({ sim, client } = await simWithClient());
    await client.call('pool.dataset.create', [{ name: 'tank/smb' }]);
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });
  const stored = (id: number) => (sim.state.smbShares.get(id) as unknown as { options: Record<string, unknown> }).options;

  it('keeps auxiliary parameters set outside terraform when the comment changes', async () => {
    const share = await client.sharing.smb.create({ name: 'docs', path: '/mnt/tank/smb', guestok: false });
    await client.call('sharing.smb.update', [share.id, { purpose: 'LEGACY_SHARE', options: { purpose: 'LEGACY_SHARE', auxsmbconf: 'veto files = /x/' } }]);
    assert.equal(stored(share.id)['auxsmbconf'], 'veto files = /x/');
    await client.sharing.smb.update(share.id, { comment: 'new', guestok: true, hostsallow: [], hostsdeny: [], timemachine: false, recyclebin: false });
    assert.equal(stored(share.id)['auxsmbconf'], 'veto files = /x/');
    assert.equal(stored(share.id)['guestok'], true);
  });

  it('refuses to turn a share of another purpose into a legacy one', async () => {
    const share = (await client.call('sharing.smb.create', [{ name: 'plain', path: '/mnt/tank/smb', purpose: 'DEFAULT_SHARE' }])) as Row;
    const prior = {
      id: share.id,
      name: 'plain',
      path: '/mnt/tank/smb',
      comment: '',
      ro: false,
      browsable: true,
      abe: false,
      guestok: false,
      hostsallow: [],
      hostsdeny: [],
      timemachine: false,
      recyclebin: false,
      enabled: true,
    };
    await assert.rejects(
      (smbShareResource as unknown as Updating).update({ provider: { client } }, { ...prior, comment: 'x' }, prior),
      /has purpose DEFAULT_SHARE/,
    );
    assert.equal((sim.state.smbShares.get(share.id) as unknown as { purpose: string }).purpose, 'DEFAULT_SHARE');
  });

  it('upgraded from 25.04: a share the 25.04 UI made (DEFAULT_SHARE) plans nothing unchanged, and a change is refused at plan time', async () => {
    client.close();
    await sim.stop();
    ({ sim, client } = await simWithClient({ version: '25.04.2' }));
    await client.call('pool.dataset.create', [{ name: 'tank/smb' }]);
    const made = (await client.call('sharing.smb.create', [{ name: 'plain', path: '/mnt/tank/smb', purpose: 'DEFAULT_SHARE' }])) as Row;
    const share = inProcess(smbShareResource, client);
    const imported = await share.importId(String(made.id));
    client.close();
    await sim.upgrade('25.10.1');
    client = clientOf(sim);
    const upgraded = inProcess(smbShareResource, client);
    const state = await upgraded.refresh(imported.state!);
    const config = { name: 'plain', path: '/mnt/tank/smb' };
    assert.deepEqual(await upgraded.planOnly(config, state), { errors: [], warnings: [], changes: false });
    const edited = await upgraded.planOnly({ ...config, comment: 'x' }, state);
    assert.equal(edited.changes, true);
    assert.match(edited.warnings.join('\n'), /SMB share of another purpose: SMB share "plain" \(id \d+\) has purpose DEFAULT_SHARE/);
  });
});
