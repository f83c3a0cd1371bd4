// Settings of truenas_ssh_config, truenas_nfs_config and truenas_smb_config every release has
// (api/v25_04_2, v25_10_5, v26_0_0 ssh.py/nfs.py/smb.py): set, read back and kept on removal;
// NFS over RDMA refused at plan outside Enterprise; SMB's server_sid read only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sshConfigResource } from '../../../src/providers/truenas/resources/ssh-config.js';
import { nfsConfigResource } from '../../../src/providers/truenas/resources/nfs-config.js';
import { smbConfigResource } from '../../../src/providers/truenas/resources/smb-config.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

async function withSim(version: string, run: (sim: TrueNASSimulator, client: TrueNASClient) => Promise<void>): Promise<void> {
  const { sim, client } = await simWithClient({ version });
  try {
    await run(sim, client);
  } finally {
    client.close();
    await sim.stop();
  }
}

for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
  describe(`service settings on TrueNAS ${version}`, () => {
    it('truenas_ssh_config: password_login_groups and sftp_log_facility set, read back, kept when removed', () =>
      withSim(version, async (sim, client) => {
        const ssh = inProcess(sshConfigResource, client);
        const config = { passwordauth: true, password_login_groups: ['wheel', 'staff'], sftp_log_facility: 'LOCAL3', sftp_log_level: 'INFO' };
        const created = await ssh.apply(config, null);
        assert.deepEqual(created.errors, []);
        const stored = sim.state.serviceConfigs['ssh']!;
        assert.deepEqual([stored['password_login_groups'], stored['sftp_log_facility']], [['wheel', 'staff'], 'LOCAL3']);
        assert.deepEqual(await ssh.changesAfterRefresh(config, created.state), []);
        const kept = await ssh.apply({ passwordauth: true }, created.state);
        assert.deepEqual([kept.errors, kept.state['password_login_groups']], [[], ['wheel', 'staff']]);
        const emptied = await ssh.apply({ passwordauth: true, password_login_groups: [] }, kept.state);
        assert.deepEqual([emptied.errors, sim.state.serviceConfigs['ssh']!['password_login_groups']], [[], []]);
      }));

    it('truenas_nfs_config: v4_krb and the log switches set and read back (mountd logging on when fresh); rdma refused at plan', () =>
      withSim(version, async (sim, client) => {
        const nfs = inProcess(nfsConfigResource, client);
        const adopted = await nfs.apply({}, null);
        assert.deepEqual([adopted.errors, adopted.state['mountd_log'], adopted.state['statd_lockd_log'], adopted.state['rdma']], [[], true, false, false]);
        const config = { v4_krb: true, mountd_log: false, statd_lockd_log: true };
        const set = await nfs.apply(config, adopted.state);
        assert.deepEqual(set.errors, []);
        const stored = sim.state.serviceConfigs['nfs']!;
        assert.deepEqual([stored['v4_krb'], stored['mountd_log'], stored['statd_lockd_log']], [true, false, true]);
        assert.deepEqual(await nfs.changesAfterRefresh(config, set.state), []);

        const rdma = await nfs.apply({ ...config, rdma: true }, set.state);
        assert.deepEqual(rdma.errors, [
          'NFS over RDMA needs TrueNAS Enterprise: This system is COMMUNITY_EDITION; TrueNAS refuses rdma there ("This platform cannot support NFS over RDMA or is missing an RDMA capable NIC."). Remove rdma or set it to false.',
        ]);
        await assert.rejects(
          client.call('nfs.update', [{ rdma: true }]),
          /nfs_update\.rdma: This platform cannot support NFS over RDMA or is missing an RDMA capable NIC\./,
        );
        assert.deepEqual((await nfs.apply({ ...config, rdma: false }, set.state)).errors, []);
      }));

    it('truenas_smb_config: server_sid read only, as the server ignores it in smb.update', () =>
      withSim(version, async (sim, client) => {
        const before = sim.state.serviceConfigs['smb']!['server_sid'];
        const answer = (await client.call('smb.update', [{ server_sid: 'S-1-5-21-9-9-9', description: 'x' }])) as Record<string, unknown>;
        assert.deepEqual([answer['server_sid'], answer['description']], [before, 'x']);
        const smb = inProcess(smbConfigResource, client);
        const created = await smb.apply({ description: 'files' }, null);
        assert.deepEqual([created.errors, created.state['server_sid']], [[], before]);
        assert.notEqual(smbConfigResource.schema.attributes.server_sid.optional, true, 'not configurable');
      }));
  });
}
