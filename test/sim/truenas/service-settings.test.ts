// The simulated service and system settings (ftp, nfs, smb, snmp, ups, network.configuration
// .update; cron jobs and static routes) check and change what they are sent as the plugins do
// (docs/simulators.md, "Block storage and service settings", "System settings").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { callFailure } from '../../helpers/truenas-failure.js';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';

/** Runs `test` with a client of a fresh simulated `version`. */
async function onSim(version: string, test: (client: TrueNASClient) => Promise<void>): Promise<void> {
  const sim = await startSim({ version });
  const client = clientFor(sim);
  try {
    await test(client);
  } finally {
    client.close();
    await sim.stop();
  }
}

/** The `attribute: message` lines a refused call reports. */
const issues = async (call: Promise<unknown>) => (await callFailure(call)).issues.map((i) => `${i.attribute}: ${i.message}`);

/** Checks `call` on 25.04/25.10 (or 25.10/26.0) where only one of the two takes it. */
function perRelease(
  title: string,
  releases: readonly [refusing: string, taking: string],
  call: (client: TrueNASClient) => Promise<unknown>,
  check: (taken: unknown) => void,
  refusal: string,
) {
  for (const version of releases) {
    const takes = version === releases[1];
    it(`${title}: ${version} ${takes ? 'takes it' : 'refuses it'}`, () =>
      onSim(version, async (client) => {
        if (takes) check(await call(client));
        else assert.deepEqual(await issues(call(client)), [refusal]);
      }));
  }
}

describe('simulated service settings', () => {
  const config = async (client: TrueNASClient, namespace: 'ftp' | 'nfs') => (await client.serviceConfigs.config(namespace)) as Record<string, unknown>;

  it('nfs.config answers the managed thread count until servers is fixed, and again after null', () =>
    onSim('25.10.0', async (client) => {
      const threads = async () => {
        const nfs = await config(client, 'nfs');
        return [nfs['servers'], nfs['managed_nfsd']];
      };
      assert.deepEqual(await threads(), [4, true]);
      await client.serviceConfigs.update('nfs', { servers: 16 });
      assert.deepEqual(await threads(), [16, false]);
      await client.serviceConfigs.update('nfs', { allow_nonroot: true });
      assert.deepEqual(await threads(), [16, false]);
      await client.serviceConfigs.update('nfs', { servers: null });
      assert.deepEqual(await threads(), [4, true]);
    }));

  it('smb.update stores bind addresses as Python writes them', () =>
    onSim('25.10.0', async (client) => {
      const updated = await client.serviceConfigs.update('smb', { bindip: ['fd00:0::5', '192.168.1.5'] });
      assert.deepEqual(updated['bindip'], ['fd00::5', '192.168.1.5']);
    }));

  it('network.configuration.update reads hosts and domains back split as stored', () =>
    onSim('25.10.0', async (client) => {
      const updated = await client.serviceConfigs.update('network.configuration', { hosts: ['10.0.0.1 a', ' 10.0.0.2 b '], domains: ['a.lan', 'b.lan c.lan'] });
      assert.deepEqual(updated['hosts'], ['10.0.0.1 a', ' 10.0.0.2 b']);
      assert.deepEqual(updated['domains'], ['a.lan', 'b.lan', 'c.lan']);
    }));

  it('ftp.update clears anonpath unless onlyanonymous, and checks passive ports and TLS', () =>
    onSim('25.10.0', async (client) => {
      await client.serviceConfigs.update('ftp', { anonpath: '/mnt/tank/pub' });
      assert.equal((await config(client, 'ftp'))['anonpath'], null);
      await client.serviceConfigs.update('ftp', { onlyanonymous: true, anonpath: '/mnt/tank/pub' });
      assert.equal((await config(client, 'ftp'))['anonpath'], '/mnt/tank/pub');
      await client.serviceConfigs.update('ftp', { onlyanonymous: false });
      assert.equal((await config(client, 'ftp'))['anonpath'], null);
      assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { onlyanonymous: true })), [
        'ftp_update.anonpath: This field is required for anonymous login',
      ]);
      assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { passiveportsmin: 2000, passiveportsmax: 1500 })), [
        'ftp_update.passiveportsmax: When specified, should be greater than passiveportsmin',
      ]);
      assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { tls: true })), [
        'ftp_update.ssltls_certificate: Please provide a valid certificate id when TLS is enabled',
      ]);
    }));

  it('ups.update takes a driver key with an option, as ups.driver_choices has them', () =>
    onSim('25.10.0', async (client) => {
      const updated = await client.serviceConfigs.update('ups', { driver: 'genericups upstype=2$Back-UPS', port: '/dev/ttyS0' });
      assert.equal(updated['driver'], 'genericups upstype=2$Back-UPS');
      assert.deepEqual(await issues(client.serviceConfigs.update('ups', { driver: 'genericups' })), [
        "ups_update.driver: Driver selected does not match local machine's driver list",
      ]);
    }));
});

describe('simulated settings that differ per release', () => {
  perRelease(
    'a cron job user in another case (26.0 stores the NSS name)',
    ['25.10.0', '26.0.0'],
    (client) => client.systemSettings.cronJobs.create({ user: 'ROOT', command: 'true', schedule: { minute: '0' } } as never),
    (job) => assert.equal((job as { user: string }).user, 'root'),
    'cron_job_create.user: Specified user does not exist',
  );
  perRelease(
    'an SNMP community with "." and "!"',
    ['25.04.2', '25.10.0'],
    (client) => client.serviceConfigs.update('snmp', { community: 'my.comm!' }),
    (config) => assert.equal((config as Record<string, unknown>)['community'], 'my.comm!'),
    `snmp_update.community: String should match pattern '^[-_a-zA-Z0-9\\s]*$'`,
  );
  perRelease(
    'a static route destination with host bits',
    ['25.04.2', '25.10.0'],
    (client) => client.systemSettings.staticRoutes.create({ destination: '10.20.0.5/16', gateway: '10.0.0.1', description: '' }),
    (route) => assert.equal((route as { destination: string }).destination, '10.20.0.5/16'),
    'data.destination: value is not a valid IPv4 or IPv6 network',
  );
  it('a static route destination may be an address alone', () =>
    onSim('25.04.2', async (client) => {
      assert.equal(
        (await client.systemSettings.staticRoutes.create({ destination: '10.1.2.3', gateway: '10.0.0.1', description: '' })).destination,
        '10.1.2.3/32',
      );
    }));
});
