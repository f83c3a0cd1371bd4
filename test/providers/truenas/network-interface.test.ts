// truenas_network_interface in process: the plan-time rules between type, name and the
// type-specific attributes, the mapping to and from the API, and the commit / check-in cycle
// against a fake client (order of calls, refusal of foreign changes, no check-in when a new
// connection fails, one change at a time per provider).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AttributeError, ProviderError } from '../../../src/framework/diagnostics.js';
import type { NetworkInterface } from '../../../src/clients/truenas/index.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import { UNKNOWN, type Value } from '../../../src/values/types.js';
import {
  createInput,
  interfaceProblems,
  networkInterfaceResource,
  toModel,
  updateInput,
  type KnownConfig,
} from '../../../src/providers/truenas/resources/network-interface.js';
import { commitInterfaceChange, type CommitClient, type InterfaceCommitApi } from '../../../src/providers/truenas/shared/interface-commit.js';

describe('plan-time rules of truenas_network_interface', () => {
  const cases: [string, KnownConfig, string[]][] = [
    ['a bridge', { type: 'BRIDGE', name: 'br0', bridge_members: ['enp2s0'] }, []],
    ['a bridge named like a NIC', { type: 'BRIDGE', name: 'bridge0', bridge_members: [] }, ['name']],
    ['a bridge without members', { type: 'BRIDGE', name: 'br1', bridge_members: null }, ['bridge_members']],
    ['a bond', { type: 'LINK_AGGREGATION', name: 'bond0', lag_protocol: 'LACP', lag_ports: ['enp3s0'], lacpdu_rate: 'FAST' }, []],
    ['a bond with no ports', { type: 'LINK_AGGREGATION', name: 'bond0', lag_protocol: 'LACP', lag_ports: [] }, ['lag_ports']],
    [
      'lacpdu_rate without LACP',
      { type: 'LINK_AGGREGATION', name: 'bond0', lag_protocol: 'LOADBALANCE', lag_ports: ['a'], lacpdu_rate: 'FAST' },
      ['lacpdu_rate'],
    ],
    [
      'a hash policy on FAILOVER',
      { type: 'LINK_AGGREGATION', name: 'bond0', lag_protocol: 'FAILOVER', lag_ports: ['a'], xmit_hash_policy: 'LAYER2' },
      ['xmit_hash_policy'],
    ],
    ['a VLAN without tag', { type: 'VLAN', name: 'vlan10', vlan_parent_interface: 'enp1s0', vlan_tag: null }, ['vlan_tag']],
    ['bridge members on a VLAN', { type: 'VLAN', name: 'vlan10', vlan_parent_interface: 'enp1s0', vlan_tag: 10, bridge_members: ['x'] }, ['bridge_members']],
    ['a VLAN named vlan-10', { type: 'VLAN', name: 'vlan-10', vlan_parent_interface: 'enp1s0', vlan_tag: 10 }, ['name']],
    ['a physical NIC', { type: 'PHYSICAL', name: 'enp1s0', aliases: ['192.168.1.10/24'] }, []],
    ['a physical NIC named br0', { type: 'PHYSICAL', name: 'br0' }, ['name']],
    ['a VLAN tag on a NIC', { type: 'PHYSICAL', name: 'enp1s0', vlan_tag: 5 }, ['vlan_tag']],
    ['an address twice', { type: 'PHYSICAL', name: 'enp1s0', aliases: ['10.0.0.1/24', '10.0.0.1/16'] }, ['aliases']],
    ['a small MTU with IPv6', { type: 'PHYSICAL', name: 'enp1s0', mtu: 1000, aliases: ['fd00::1/64'] }, ['mtu']],
    ['the type unknown yet', { name: 'whatever', vlan_tag: 5 }, []],
  ];
  for (const [label, config, expected] of cases)
    it(label, () =>
      assert.deepEqual(
        interfaceProblems(config).map(([attribute]) => attribute),
        expected,
      ),
    );
});

const row = (fields: Partial<NetworkInterface>): NetworkInterface => ({
  id: 'x',
  name: 'x',
  type: 'PHYSICAL',
  description: '',
  mtu: null,
  ipv4_dhcp: false,
  ipv6_auto: false,
  aliases: [],
  state: { link_address: '52:54:00:00:00:01' },
  ...fields,
});

describe('mapping of truenas_network_interface', () => {
  it('reads a bond, keeping the configured spelling of an IPv6 address', () => {
    const model = toModel(
      row({
        id: 'bond0',
        name: 'bond0',
        type: 'LINK_AGGREGATION',
        lag_protocol: 'LACP',
        lag_ports: ['enp3s0'],
        xmit_hash_policy: 'LAYER2+3',
        lacpdu_rate: 'SLOW',
        aliases: [
          { type: 'INET6', address: 'fd00:0:0:0:0:0:0:2', netmask: 64 },
          { type: 'LINK', address: 'ignored', netmask: 0 },
        ],
      }),
      { aliases: ['fd00::2/64'], checkin_timeout: 90 },
    );
    assert.deepEqual(
      [
        model.type,
        model.lag_ports,
        model.xmit_hash_policy,
        model.lacpdu_rate,
        model.aliases,
        model.bridge_members,
        model.vlan_tag,
        model.checkin_timeout,
        model.link_address,
      ],
      ['LINK_AGGREGATION', ['enp3s0'], 'LAYER2+3', 'SLOW', ['fd00::2/64'], null, null, 90, '52:54:00:00:00:01'],
    );
  });

  it('keeps the configured alias order when the server answers the same set in row order', () => {
    const inet = (address: string) => ({ type: 'INET', address, netmask: 24 });
    const read = row({ aliases: [inet('10.0.0.1'), inet('10.0.0.2'), inet('10.0.0.3')] });
    assert.deepEqual(toModel(read, { aliases: ['10.0.0.1/24', '10.0.0.3/24', '10.0.0.2/24'] }).aliases, ['10.0.0.1/24', '10.0.0.3/24', '10.0.0.2/24']);
    assert.deepEqual(toModel(read, { aliases: ['10.0.0.1/24', '10.0.0.3/24'] }).aliases, ['10.0.0.1/24', '10.0.0.2/24', '10.0.0.3/24']);
  });

  it('imports with the default check-in timeout', () => {
    assert.equal(toModel(row({ id: 'br0', name: 'br0', type: 'BRIDGE', bridge_members: [] }), {}).checkin_timeout, 60);
  });

  const plan = {
    id: null,
    name: 'vlan10',
    type: 'VLAN',
    description: 'iot',
    mtu: null,
    ipv4_dhcp: false,
    ipv6_auto: false,
    aliases: ['10.10.0.2/24', 'fd00:10::2/64'],
    bridge_members: null,
    stp: null,
    enable_learning: null,
    lag_protocol: null,
    lag_ports: null,
    xmit_hash_policy: null,
    lacpdu_rate: null,
    vlan_parent_interface: 'enp1s0',
    vlan_tag: 10,
    vlan_pcp: null,
    fec_mode: null,
    checkin_timeout: 60,
    link_address: null,
  };

  it('sends a VLAN with its addresses split as the API takes them', () => {
    assert.deepEqual(createInput(plan), {
      name: 'vlan10',
      type: 'VLAN',
      description: 'iot',
      mtu: null,
      ipv4_dhcp: false,
      ipv6_auto: false,
      aliases: [
        { type: 'INET', address: '10.10.0.2', netmask: 24 },
        { type: 'INET6', address: 'fd00:10::2', netmask: 64 },
      ],
      vlan_parent_interface: 'enp1s0',
      vlan_tag: 10,
      vlan_pcp: null,
    });
    assert.equal('name' in updateInput(plan), false, 'an update does not rename');
    assert.deepEqual(updateInput({ ...plan, type: 'BRIDGE', bridge_members: ['enp2s0'], stp: null }), {
      description: 'iot',
      mtu: null,
      ipv4_dhcp: false,
      ipv6_auto: false,
      aliases: createInput(plan).aliases,
      bridge_members: ['enp2s0'],
    });
  });
});

describe('plan of truenas_network_interface', () => {
  /** What modifyPlan sets for a bond whose protocol goes from `before` to `after`, with nothing else configured. */
  function planned(before: string, after: string): Record<string, Value> {
    const set: Record<string, Value> = {};
    const prior = { lag_protocol: before, xmit_hash_policy: 'LAYER2+3', lacpdu_rate: 'SLOW' };
    const hook = networkInterfaceResource.modifyPlan as unknown as (ctx: object) => void;
    hook({
      creating: false,
      prior: new ObjectView(prior),
      planned: new ObjectView({ ...prior, lag_protocol: after }),
      config: new ObjectView({ lag_protocol: after, xmit_hash_policy: null, lacpdu_rate: null }),
      setPlanned: (name: string, value: Value) => (set[name] = value),
    });
    return set;
  }
  it('leaves the defaults of a new protocol to the server', () => {
    assert.deepEqual(planned('LACP', 'FAILOVER'), { xmit_hash_policy: UNKNOWN, lacpdu_rate: UNKNOWN });
  });
  it('keeps what was read while the protocol stays', () => {
    assert.deepEqual(planned('LACP', 'LACP'), {});
  });
});

/** A fake server: the calls made, in order, through the provider's client ("api") or a new one ("probe"). */
function fakeServer(
  options: { pending?: boolean; waiting?: number | null; probeFails?: boolean; stageFails?: boolean; commitFails?: boolean; rollbackFails?: boolean } = {},
) {
  const calls: string[] = [];
  let pending = options.pending ?? false;
  const api = (who: string): InterfaceCommitApi => ({
    hasPendingChanges: async () => (calls.push(`${who}.has_pending_changes`), pending),
    checkinWaiting: async () => {
      calls.push(`${who}.checkin_waiting`);
      if (who === 'probe' && options.probeFails) throw new Error('connect ECONNREFUSED');
      return who === 'api' ? (options.waiting ?? null) : 60;
    },
    commit: async (o) => {
      calls.push(`${who}.commit ${JSON.stringify(o)}`);
      if (options.commitFails) throw new Error('interface.commit: Failover must be disabled.');
    },
    checkin: async () => {
      calls.push(`${who}.checkin`);
      pending = false;
    },
    rollback: async () => {
      calls.push(`${who}.rollback`);
      if (options.rollbackFails) throw new Error('connect ECONNREFUSED');
      pending = false;
    },
  });
  const client: CommitClient = { interfaces: api('api'), close: () => calls.push('api.close') };
  const openClient = async (): Promise<CommitClient> => ({ interfaces: api('probe'), close: () => calls.push('probe.close') });
  const stage = async () => {
    calls.push('stage');
    pending = true;
    if (options.stageFails) throw new Error('interface_create.name: Interface name is already in use.');
    return 'staged';
  };
  const change = { client, openClient, checkinTimeout: 45, attributes: ['aliases', 'mtu'], what: 'interface br0', stage };
  return { calls, change };
}

describe('commit and check-in of an interface change', () => {
  it('stages, commits with rollback armed, proves a new connection, then checks in over it', async () => {
    const { calls, change } = fakeServer();
    assert.equal(await commitInterfaceChange(change), 'staged');
    assert.deepEqual(calls, [
      'api.checkin_waiting',
      'api.has_pending_changes',
      'stage',
      'api.commit {"rollback":true,"checkin_timeout":45}',
      'probe.checkin_waiting',
      'probe.checkin',
      'probe.close',
    ]);
  });

  it("refuses to commit someone else's pending changes, touching nothing", async () => {
    const { calls, change } = fakeServer({ pending: true });
    await assert.rejects(commitInterfaceChange(change), (e: unknown) => e instanceof ProviderError && /not made by this apply/.test(e.detail));
    assert.deepEqual(calls, ['api.checkin_waiting', 'api.has_pending_changes']);
  });

  it('refuses while another commit waits for its check-in', async () => {
    const { calls, change } = fakeServer({ waiting: 42 });
    await assert.rejects(commitInterfaceChange(change), (e: unknown) => e instanceof ProviderError && /rolled back in 42 s/.test(e.detail));
    assert.deepEqual(calls, ['api.checkin_waiting']);
  });

  it('does not check in when a new connection fails: the error names the attributes and the rollback', async () => {
    const { calls, change } = fakeServer({ probeFails: true });
    await assert.rejects(commitInterfaceChange(change), (e: unknown) => {
      assert.ok(e instanceof AttributeError);
      assert.equal(e.path[0] && 'attribute' in e.path[0] ? e.path[0].attribute : undefined, 'aliases');
      assert.match(e.detail, /interface br0 \(aliases, mtu\).*ECONNREFUSED.*not checked in.*within 45 s/s);
      return true;
    });
    assert.equal(calls.includes('probe.checkin'), false, 'never checked in');
    assert.deepEqual(calls.slice(-3), ['probe.checkin_waiting', 'api.rollback', 'probe.close']);
  });

  it('names our own change when its rollback is still to come', async () => {
    const options = { probeFails: true, rollbackFails: true, waiting: null as number | null };
    const { change } = fakeServer(options);
    await assert.rejects(commitInterfaceChange(change), AttributeError);
    options.waiting = 50; // the server's timer has not fired yet
    await assert.rejects(
      commitInterfaceChange(change),
      (e: unknown) =>
        e instanceof ProviderError && /change to interface br0 made by this apply was not checked in; TrueNAS rolls it back in 50 s/.test(e.detail),
    );
  });

  it('drops what a refused stage left and commits nothing', async () => {
    const { calls, change } = fakeServer({ stageFails: true });
    await assert.rejects(commitInterfaceChange(change), /already in use/);
    assert.deepEqual(calls, ['api.checkin_waiting', 'api.has_pending_changes', 'stage', 'api.has_pending_changes', 'api.rollback']);
  });

  it('rolls back the staged change when the commit is refused, so the next apply is not blocked by it', async () => {
    const options = { commitFails: true };
    const { calls, change } = fakeServer(options);
    await assert.rejects(commitInterfaceChange(change), /Failover must be disabled/);
    assert.deepEqual(calls.slice(-2), ['api.commit {"rollback":true,"checkin_timeout":45}', 'api.rollback']);
    // The next attempt finds nothing pending.
    options.commitFails = false;
    assert.equal(await commitInterfaceChange(change), 'staged');
  });

  it('runs concurrent changes through one provider one after the other', async () => {
    const { calls, change } = fakeServer();
    const second = { ...change, stage: async () => (calls.push('stage 2'), 'second') };
    const results = await Promise.all([commitInterfaceChange(change), commitInterfaceChange(second)]);
    assert.deepEqual(results, ['staged', 'second']);
    assert.ok(calls.indexOf('stage 2') > calls.indexOf('probe.checkin'), 'the second change starts after the first is checked in');
  });
});
