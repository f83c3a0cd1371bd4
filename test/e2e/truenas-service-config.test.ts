// The service settings singletons (truenas_ssh_config, truenas_nfs_config) with the real
// terraform against TrueNAS simulators of 25.04, 25.10 and 26.0 (a provider alias per release, one
// workspace), on the lifecycle harness: create adopts the current settings and changes only what
// is set (the plan says so), update in place, import with an empty plan, destroy leaves the
// settings as they are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { startTrueNASReleases, TRUENAS_RELEASES, type TrueNASRelease, type TrueNASReleasesE2e } from '../providers/truenas/harness.js';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';

type Sims = Map<string, TrueNASSimulator>;

function settings(alias: string, v: { port: number; protocols: string }): string {
  return `
resource "truenas_ssh_config" "main_${alias}" {
  provider     = truenas.${alias}
  tcpport      = ${v.port}
  passwordauth = false
}
resource "truenas_nfs_config" "main_${alias}" {
  provider  = truenas.${alias}
  protocols = [${v.protocols}]
}
`;
}

function configCase({ alias, version }: TrueNASRelease): LifecycleCase<Sims> {
  const ssh = `truenas_ssh_config.main_${alias}`;
  const nfs = `truenas_nfs_config.main_${alias}`;
  const state = (sims: Sims) => sims.get(alias)!.state;
  return {
    name: `truenas service settings on ${version}`,
    steps: [
      {
        config: settings(alias, { port: 2222, protocols: '"NFSV4"' }),
        expect: { [ssh]: 'create', [nfs]: 'create' },
        async check({ target, plan, resource }) {
          assert.match(plan, /Adopting the current ssh settings/);
          assert.equal(state(target).serviceConfigs['ssh']?.['tcpport'], 2222);
          assert.deepEqual(state(target).serviceConfigs['nfs']?.['protocols'], ['NFSV4']);
          const saved = await resource(ssh);
          assert.deepEqual(saved.values['weak_ciphers'], ['AES128-CBC', 'NONE'], 'unset attributes adopt the server values');
        },
      },
      {
        config: settings(alias, { port: 2200, protocols: '"NFSV3", "NFSV4"' }),
        expect: { [ssh]: 'update', [nfs]: 'update' },
        check({ target }) {
          assert.equal(state(target).serviceConfigs['ssh']?.['tcpport'], 2200);
          assert.deepEqual(state(target).serviceConfigs['nfs']?.['protocols'], ['NFSV3', 'NFSV4']);
        },
      },
    ],
    imports: [{ address: ssh }, { address: nfs }],
    // Destroy leaves the settings: what the last apply set is still there, and nothing else exists.
    leftovers: (sims) => (state(sims).serviceConfigs['ssh']?.['tcpport'] === 2200 ? [] : [`${version}: ssh settings were reset on destroy`]),
  };
}

describe('truenas service settings with terraform on every release', () => {
  let e2e: TrueNASReleasesE2e;
  before(async () => {
    e2e = await startTrueNASReleases();
  });
  after(() => e2e?.close());

  it('adopts, updates, imports and leaves the SSH and NFS settings', async () => {
    await runLifecycles({ ws: e2e.ws, providers: e2e.providers, target: e2e.sims }, TRUENAS_RELEASES.map(configCase));
  });
});
