// The service settings singletons (truenas_ssh_config, truenas_nfs_config) with the real
// terraform against the TrueNAS simulator, on the lifecycle harness: create adopts the current
// settings and changes only what is set (the plan says so), update in place, import with an
// empty plan, destroy leaves the settings as they are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { TRUENAS_PROVIDER, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';

function settings(v: { port: number; protocols: string }): string {
  return `
resource "truenas_ssh_config" "main" {
  tcpport      = ${v.port}
  passwordauth = false
}
resource "truenas_nfs_config" "main" {
  protocols = [${v.protocols}]
}
`;
}

const configCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas service settings',
  steps: [
    {
      config: settings({ port: 2222, protocols: '"NFSV4"' }),
      expect: { 'truenas_ssh_config.main': 'create', 'truenas_nfs_config.main': 'create' },
      async check({ target: { state }, plan, resource }) {
        assert.match(plan, /Adopting the current ssh settings/);
        assert.equal(state.serviceConfigs['ssh']?.['tcpport'], 2222);
        assert.deepEqual(state.serviceConfigs['nfs']?.['protocols'], ['NFSV4']);
        const ssh = await resource('truenas_ssh_config.main');
        assert.deepEqual(ssh.values['weak_ciphers'], ['AES128-CBC', 'NONE'], 'unset attributes adopt the server values');
      },
    },
    {
      config: settings({ port: 2200, protocols: '"NFSV3", "NFSV4"' }),
      expect: { 'truenas_ssh_config.main': 'update', 'truenas_nfs_config.main': 'update' },
      check({ target: { state } }) {
        assert.equal(state.serviceConfigs['ssh']?.['tcpport'], 2200);
        assert.deepEqual(state.serviceConfigs['nfs']?.['protocols'], ['NFSV3', 'NFSV4']);
      },
    },
  ],
  imports: [{ address: 'truenas_ssh_config.main' }, { address: 'truenas_nfs_config.main' }],
  // Destroy leaves the settings: what the last apply set is still there, and nothing else exists.
  leftovers: ({ state }) => (state.serviceConfigs['ssh']?.['tcpport'] === 2200 ? [] : ['ssh settings were reset on destroy']),
};

describe('truenas service settings with terraform', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(() => e2e?.close());

  it('adopts, updates, imports and leaves the SSH and NFS settings', async () => {
    await runLifecycles({ ws: e2e.ws, providers: TRUENAS_PROVIDER, target: e2e.sim }, [configCase]);
  });
});
