// The simulated service and system settings (ftp, nfs, snmp, ups .update; cron jobs and static
// routes) check and change what they are sent as the plugins do (docs/simulators.md, "Block storage
// and service settings", "System settings").
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { callFailure } from '../../helpers/truenas-failure.js';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';

describe('simulated service settings', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  before(async () => {
    sim = await startSim({ version: '25.10.0' });
    client = clientFor(sim);
  });
  after(async () => {
    client.close();
    await sim.stop();
  });
  const config = async (namespace: 'ftp' | 'nfs' | 'snmp' | 'ups') => (await client.serviceConfigs.config(namespace)) as Record<string, unknown>;
  const issues = async (call: Promise<unknown>) => (await callFailure(call)).issues.map((i) => `${i.attribute}: ${i.message}`);

  it('nfs.config answers the managed thread count until servers is fixed, and again after null', async () => {
    const threads = async () => {
      const nfs = await config('nfs');
      return [nfs['servers'], nfs['managed_nfsd']];
    };
    assert.deepEqual(await threads(), [4, true]);
    await client.serviceConfigs.update('nfs', { servers: 16 });
    assert.deepEqual(await threads(), [16, false]);
    await client.serviceConfigs.update('nfs', { allow_nonroot: true });
    assert.deepEqual(await threads(), [16, false]);
    await client.serviceConfigs.update('nfs', { servers: null });
    assert.deepEqual(await threads(), [4, true]);
  });

  it('smb.update stores bind addresses as Python writes them', async () => {
    const updated = await client.serviceConfigs.update('smb', { bindip: ['fd00:0::5', '192.168.1.5'] });
    assert.deepEqual(updated['bindip'], ['fd00::5', '192.168.1.5']);
  });

  it('network.configuration.update reads hosts and domains back split as stored', async () => {
    const updated = await client.serviceConfigs.update('network.configuration', { hosts: ['10.0.0.1 a', ' 10.0.0.2 b '], domains: ['a.lan', 'b.lan c.lan'] });
    assert.deepEqual(
      [updated['hosts'], updated['domains']],
      [
        ['10.0.0.1 a', ' 10.0.0.2 b'],
        ['a.lan', 'b.lan', 'c.lan'],
      ],
    );
  });

  it('ftp.update clears anonpath unless onlyanonymous, and checks passive ports and TLS', async () => {
    await client.serviceConfigs.update('ftp', { anonpath: '/mnt/tank/pub' });
    assert.equal((await config('ftp'))['anonpath'], null);
    await client.serviceConfigs.update('ftp', { onlyanonymous: true, anonpath: '/mnt/tank/pub' });
    assert.equal((await config('ftp'))['anonpath'], '/mnt/tank/pub');
    await client.serviceConfigs.update('ftp', { onlyanonymous: false });
    assert.equal((await config('ftp'))['anonpath'], null);
    assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { onlyanonymous: true })), [
      'ftp_update.anonpath: This field is required for anonymous login',
    ]);
    assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { passiveportsmin: 2000, passiveportsmax: 1500 })), [
      'ftp_update.passiveportsmax: When specified, should be greater than passiveportsmin',
    ]);
    assert.deepEqual(await issues(client.serviceConfigs.update('ftp', { tls: true })), [
      'ftp_update.ssltls_certificate: Please provide a valid certificate id when TLS is enabled',
    ]);
  });
});

describe('simulated cron job users', () => {
  for (const [version, stored] of [
    ['25.10.0', null],
    ['26.0.0', 'root'],
  ] as const) {
    it(`${version} ${stored ? 'stores the canonical name' : 'matches the name exactly'}`, async () => {
      const sim = await startSim({ version });
      const client = clientFor(sim);
      try {
        const create = client.systemSettings.cronJobs.create({ user: 'ROOT', command: 'true', schedule: { minute: '0' } } as never);
        if (stored) assert.equal((await create).user, stored);
        else
          assert.deepEqual(
            (await callFailure(create)).issues.map((i) => i.message),
            ['Specified user does not exist'],
          );
      } finally {
        client.close();
        await sim.stop();
      }
    });
  }
});

describe('simulated snmp.update community characters', () => {
  for (const [version, accepted] of [
    ['25.04.2', false],
    ['25.10.0', true],
  ] as const) {
    it(`${version} ${accepted ? 'takes' : 'refuses'} "my.comm!"`, async () => {
      const sim = await startSim({ version });
      const client = clientFor(sim);
      try {
        const update = client.serviceConfigs.update('snmp', { community: 'my.comm!' });
        if (accepted) assert.equal((await update)['community'], 'my.comm!');
        else
          assert.deepEqual(
            (await callFailure(update)).issues.map((i) => i.attribute),
            ['snmp_update.community'],
          );
      } finally {
        client.close();
        await sim.stop();
      }
    });
  }
});

describe('simulated ups.update drivers', () => {
  it('takes a driver key with an option, as ups.driver_choices has them', async () => {
    const sim = await startSim({ version: '25.10.0' });
    const client = clientFor(sim);
    try {
      const updated = await client.serviceConfigs.update('ups', { driver: 'genericups upstype=2$Back-UPS', port: '/dev/ttyS0' });
      assert.equal(updated['driver'], 'genericups upstype=2$Back-UPS');
      assert.deepEqual(
        (await callFailure(client.serviceConfigs.update('ups', { driver: 'genericups' }))).issues.map((i) => i.attribute),
        ['ups_update.driver'],
      );
    } finally {
      client.close();
      await sim.stop();
    }
  });
});

describe('simulated static route destinations', () => {
  for (const [version, hostBits] of [
    ['25.04.2', false],
    ['25.10.0', true],
  ] as const) {
    it(`${version} ${hostBits ? 'keeps' : 'refuses'} host bits and takes an address alone`, async () => {
      const sim = await startSim({ version });
      const client = clientFor(sim);
      try {
        const routes = client.systemSettings.staticRoutes;
        assert.equal((await routes.create({ destination: '10.1.2.3', gateway: '10.0.0.1', description: '' })).destination, '10.1.2.3/32');
        const create = routes.create({ destination: '10.20.0.5/16', gateway: '10.0.0.1', description: '' });
        if (hostBits) assert.equal((await create).destination, '10.20.0.5/16');
        else
          assert.deepEqual(
            (await callFailure(create)).issues.map((i) => `${i.attribute}: ${i.message}`),
            ['data.destination: value is not a valid IPv4 or IPv6 network'],
          );
      } finally {
        client.close();
        await sim.stop();
      }
    });
  }
});
