// The simulated interface.* methods: staged changes, commit with a check-in deadline on the
// simulated clock, rollback, the middleware's validation texts, and the apiAddress fault.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASCallError, TrueNASClient } from '../../../src/clients/truenas/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';

const key = `1-${'c'.repeat(64)}`;
const base = { description: '', mtu: null, ipv4_dhcp: false, ipv6_auto: false, aliases: [] };

async function failure(promise: Promise<unknown>): Promise<TrueNASCallError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof TrueNASCallError, `expected a call error, got ${String(err)}`);
  return err;
}

for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
  describe(`simulated network interfaces (${version})`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    beforeEach(async () => {
      sim = await startTrueNASSimulator({ apiKeys: [key], version, loginRateLimit: false });
      client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0, maxRetries: 0 });
    });
    afterEach(async () => {
      client.close();
      await sim.stop();
    });

    it('reads aliases back in row order: surviving alias rows in place, new ones after them', async () => {
      const inet = (address: string) => ({ type: 'INET' as const, address, netmask: 24 });
      const addresses = async () => (await client.interfaces.get('enp1s0')).aliases.map((a) => a.address);
      await client.interfaces.update('enp1s0', { aliases: [inet('10.7.0.1'), inet('10.7.0.2')] });
      await client.interfaces.update('enp1s0', { aliases: [inet('10.7.0.1'), inet('10.7.0.3'), inet('10.7.0.2')] });
      assert.deepEqual(await addresses(), ['10.7.0.1', '10.7.0.2', '10.7.0.3']);
      await client.interfaces.update('enp1s0', { aliases: [inet('10.7.0.2'), inet('10.7.0.1'), inet('10.7.0.3')] });
      assert.deepEqual(await addresses(), ['10.7.0.2', '10.7.0.3', '10.7.0.1']);
    });

    it('stages a change, and a commit without check-in is rolled back when its timeout passes', async () => {
      assert.deepEqual(
        (await client.interfaces.query()).map((i) => [i.name, i.type, i.ipv4_dhcp]),
        ['enp1s0', 'enp2s0', 'enp3s0', 'enp4s0'].map((n) => [n, 'PHYSICAL', true]),
      );
      const br = await client.interfaces.create({
        ...base,
        name: 'br0',
        type: 'BRIDGE',
        bridge_members: ['enp2s0'],
        aliases: [{ type: 'INET', address: '10.5.0.1', netmask: 24 }],
      });
      assert.equal(br.fake, true, 'not running before the commit');
      assert.equal(await client.interfaces.hasPendingChanges(), true);
      // The clock moves only when the test says: the seconds left do not depend on the machine's speed.
      const thaw = sim.freezeClock();
      try {
        await client.interfaces.commit({ rollback: true, checkin_timeout: 30 });
        assert.equal((await client.interfaces.get('br0')).fake, false);
        assert.equal(await client.interfaces.checkinWaiting(), 30);
        sim.advanceClock(500);
        assert.equal(await client.interfaces.checkinWaiting(), 29, 'whole seconds left, rounded down');
        sim.advanceClock(30_500);
        assert.equal(await client.interfaces.checkinWaiting(), null);
      } finally {
        thaw();
      }
      assert.equal(await client.interfaces.find('br0'), undefined, 'rolled back');
      assert.equal(await client.interfaces.hasPendingChanges(), false);
      assert.deepEqual(sim.state.inventory()['interfaces'], []);
    });

    it('keeps a change that is checked in', async () => {
      await client.interfaces.create({ ...base, name: 'vlan10', type: 'VLAN', vlan_parent_interface: 'enp1s0', vlan_tag: 10 });
      await client.interfaces.commit({ rollback: true, checkin_timeout: 60 });
      await client.interfaces.checkin();
      sim.advanceClock(120_000);
      const vlan = await client.interfaces.get('vlan10');
      assert.deepEqual([vlan.vlan_parent_interface, vlan.vlan_tag, vlan.vlan_pcp, vlan.fake], ['enp1s0', 10, null, false]);
      assert.equal(await client.interfaces.hasPendingChanges(), false);
      await client.interfaces.delete('vlan10');
      await client.interfaces.rollback();
      assert.ok(await client.interfaces.find('vlan10'), 'an uncommitted delete is rolled back');
    });

    it('refuses what the middleware refuses, with its texts', async () => {
      // 25.04's schema carries the bound (its own wording); later ones leave it to pydantic.
      const tagError = version.startsWith('25.04')
        ? 'interface_create.vlan_tag: Should be lower or equal than 4094'
        : 'data.vlan_tag: Input should be less than or equal to 4094';
      assert.equal(
        (await failure(client.interfaces.create({ ...base, name: 'bridge0', type: 'BRIDGE', bridge_members: ['nope'] }))).serverMessage,
        'interface_create.name: Bridge interface must start with "br" followed by an unique number.; interface_create.bridge_members.0: Not a valid interface.',
      );
      assert.equal(
        (await failure(client.interfaces.create({ ...base, name: 'vlan1', type: 'VLAN', vlan_parent_interface: 'enp1s0', vlan_tag: 5000 }))).serverMessage,
        tagError,
      );
      assert.equal(
        (await failure(client.interfaces.create({ ...base, name: 'bond0', type: 'LINK_AGGREGATION', lag_protocol: 'ROUNDROBIN', lag_ports: ['enp3s0'] })))
          .serverMessage,
        'interface_create.lag_protocol: TrueNAS SCALE does not support LAG protocol ROUNDROBIN',
      );
      await client.interfaces.create({ ...base, name: 'bond0', type: 'LINK_AGGREGATION', lag_protocol: 'LACP', lag_ports: ['enp3s0', 'enp4s0'] });
      const bond = await client.interfaces.get('bond0');
      assert.deepEqual([bond.lag_protocol, bond.xmit_hash_policy, bond.lacpdu_rate], ['LACP', 'LAYER2+3', 'SLOW']);
      assert.equal(
        (await failure(client.interfaces.create({ ...base, name: 'br1', type: 'BRIDGE', bridge_members: ['enp3s0'] }))).serverMessage,
        'interface_create.bridge_members.0: Interface enp3s0 is currently in use by bond0.',
      );
      await client.interfaces.create({
        ...base,
        name: 'vlan5',
        type: 'VLAN',
        vlan_parent_interface: 'enp1s0',
        vlan_tag: 5,
        aliases: [{ type: 'INET', address: '10.9.0.1', netmask: 24 }],
      });
      assert.equal(
        (await failure(client.interfaces.update('enp2s0', { aliases: [{ type: 'INET', address: '10.9.0.7', netmask: 16 }] }))).serverMessage,
        'interface_update.aliases.0: The network 10.9.0.0/16 is already in use by another interface.',
      );
      assert.equal((await failure(client.interfaces.delete('enp1s0'))).serverMessage, 'interface.delete: The following VLANs depend on this interface: vlan5');
      assert.equal(
        (await failure(client.interfaces.update('enp3s0', { mtu: 9000 }))).serverMessage,
        'interface_update.mtu: Interface in use by bond0. MTU cannot be changed.',
      );
      assert.equal(await client.interfaces.find('br9'), undefined);
    });

    it('cuts the API off while the committed change lacks the address clients use, until the rollback', async () => {
      await client.interfaces.update('enp1s0', { aliases: [{ type: 'INET', address: '192.0.2.10', netmask: 24 }] });
      await client.interfaces.commit({ rollback: true, checkin_timeout: 60 });
      await client.interfaces.checkin();
      sim.faults.apiAddress = '192.0.2.10';
      await client.interfaces.update('enp1s0', { aliases: [{ type: 'INET', address: '192.0.2.99', netmask: 24 }] });
      await client.interfaces.commit({ rollback: true, checkin_timeout: 60 });
      const fresh = new TrueNASClient({ endpoint: sim.url, apiKey: key, maxRetries: 0 });
      await assert.rejects(fresh.interfaces.hasPendingChanges());
      fresh.close();
      sim.advanceClock(61_000);
      const after = new TrueNASClient({ endpoint: sim.url, apiKey: key, maxRetries: 0 });
      assert.deepEqual((await after.interfaces.get('enp1s0')).aliases, [{ type: 'INET', address: '192.0.2.10', netmask: 24 }]);
      after.close();
    });
  });
}
