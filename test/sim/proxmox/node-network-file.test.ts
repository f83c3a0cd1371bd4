// The interfaces file as pve-common INotify.pm writes and reads it (the simulator's
// node-network-file.ts), and how the provider's node-network fields are sent: table cases, no terraform.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asRead, checkWritable } from '../../../src/sim/proxmox/node-network-file.js';
import type { SimInterface } from '../../../src/sim/proxmox/node-network-state.js';
import { fields, paramsOf, removedKeys, valuesOf } from '../../../src/providers/proxmox/shared/api-fields.js';
import { vlanListProblem } from '../../../src/providers/proxmox/resources/network-bridge.js';

const eth = (extra: SimInterface = {}): SimInterface => ({ type: 'eth', method: 'manual', method6: 'manual', ...extra });

function refusal(ifaces: Record<string, SimInterface>): string | undefined {
  try {
    checkWritable(new Map(Object.entries(ifaces).map(([name, iface]) => [name, { ...iface }])));
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

test("the writer's checks refuse what __write_etc_network_interfaces dies on, with its texts", () => {
  const cases: Array<[string, Record<string, SimInterface>, string | undefined]> = [
    [
      'bridge MTU over a NIC without one',
      { eno2: eth(), vmbr1: { type: 'bridge', bridge_ports: 'eno2', mtu: '9000' } },
      "interface 'eno2' - mtu 1500 is lower than 'vmbr1' - mtu 9000",
    ],
    ['bridge MTU over a NIC with it', { eno2: eth({ mtu: '9000' }), vmbr1: { type: 'bridge', bridge_ports: 'eno2', mtu: '9000' } }, undefined],
    [
      'bridge MTU over a bond without one',
      { eno2: eth(), bond0: { type: 'bond', slaves: 'eno2' }, vmbr1: { type: 'bridge', bridge_ports: 'bond0', mtu: '9000' } },
      undefined,
    ],
    ['missing bridge port', { vmbr1: { type: 'bridge', bridge_ports: 'eno9' } }, "bridge 'vmbr1' - unable to find bridge port 'eno9'"],
    [
      'ports split at white space only',
      { eno1: eth(), eno2: eth(), vmbr1: { type: 'bridge', bridge_ports: 'eno1,eno2' } },
      "bridge 'vmbr1' - unable to find bridge port 'eno1,eno2'",
    ],
    [
      'bridge port with an address',
      { eno2: eth({ method: 'static', address: '10.0.0.2' }), vmbr1: { type: 'bridge', bridge_ports: 'eno2' } },
      "iface eno2 - ip address can't be set on interface if bridged in vmbr1",
    ],
    ['implicit VLAN port', { eno2: eth({ mtu: '9000' }), vmbr1: { type: 'bridge', bridge_ports: 'eno2.5', mtu: '9000' } }, undefined],
    ['missing bond slave', { bond0: { type: 'bond', slaves: 'eno9' } }, "bond 'bond0' - wrong interface type on slave 'eno9' ('' != 'eth or bond')"],
    [
      'bond slave of another type',
      { vmbr0: { type: 'bridge' }, bond0: { type: 'bond', slaves: 'vmbr0' } },
      "bond 'bond0' - wrong interface type on slave 'vmbr0' ('bridge' != 'eth or bond')",
    ],
    [
      'bond MTU below a slave',
      { eno3: eth({ mtu: '9000' }), bond0: { type: 'bond', slaves: 'eno3', mtu: '1500' } },
      "interface 'bond0' - mtu 1500 is lower than 'eno3' - mtu 9000",
    ],
    [
      'bond primary not a slave',
      { eno3: eth(), bond0: { type: 'bond', slaves: 'eno3', bond_mode: 'active-backup', 'bond-primary': 'eno4' } },
      "bond 'bond0' - bond-primary interface is not a slave",
    ],
    ['VLAN without its parent', { 'vmbr9.20': { type: 'vlan' } }, "vlan 'vmbr9.20' - unable to find parent 'vmbr9'"],
    [
      'VLAN MTU over a parent without one',
      { vmbr0: { type: 'bridge' }, 'vmbr0.20': { type: 'vlan', mtu: '9000' } },
      "interface 'vmbr0' - mtu 1500 is lower than 'vmbr0.20' - mtu 9000",
    ],
    ['custom VLAN without a raw device', { storage: { type: 'vlan', 'vlan-id': '20' } }, 'missing vlan-raw-device option'],
    ['custom VLAN without a tag', { vmbr0: { type: 'bridge' }, storage: { type: 'vlan', 'vlan-raw-device': 'vmbr0' } }, 'missing vlan-id option'],
    ['vlanN over a bond', { eno3: eth(), bond0: { type: 'bond', slaves: 'eno3' }, vlan30: { type: 'vlan', 'vlan-raw-device': 'bond0' } }, undefined],
  ];
  for (const [name, ifaces, expected] of cases) assert.equal(refusal(ifaces), expected, name);
});

test('an interface reads back as __read_etc_network_interfaces gives it', () => {
  assert.equal(asRead('lacp0', { type: 'bond', slaves: 'eno3' }).type, 'unknown', 'bonds are bonds only when named bondN');
  assert.equal(asRead('bond1', { type: 'bond', slaves: 'eno3,eno4' }).slaves, 'eno3 eno4');
  const bridge = asRead('vmbr1', { type: 'bridge', bridge_vlan_aware: '0', autostart: '0', comments: 'a  \n\nb\n\n' });
  assert.deepEqual(
    { aware: bridge.bridge_vlan_aware, vids: bridge.bridge_vids, autostart: bridge.autostart, comments: bridge.comments },
    { aware: '1', vids: '2-4094', autostart: undefined, comments: 'a\n\nb\n' },
  );
  assert.equal(asRead('vmbr1', { type: 'bridge', bridge_vids: '10 20' }).bridge_vids, undefined, 'the list only with a VLAN-aware bridge');
  const dotted = asRead('vmbr0.20', { type: 'vlan', 'vlan-raw-device': 'vmbr1', 'vlan-id': '30' });
  assert.deepEqual([dotted['vlan-raw-device'], dotted['vlan-id']], ['vmbr1', '20'], 'the tag from the name (the writer already dropped the device)');
  assert.equal(asRead('vlan30', { type: 'vlan', 'vlan-raw-device': 'vmbr0' })['vlan-id'], '30');
  assert.equal(asRead('vmbr1', { type: 'bridge', comments: '0' }).comments, undefined, 'a comment of "0" is written as none');
});

test('each family is written as a stanza of its own: a gateway without its family is lost', () => {
  const ipv4Only = asRead('vmbr1', {
    type: 'bridge',
    families: 'inet',
    method: 'static',
    address: '10.0.0.2',
    netmask: '24',
    gateway6: 'fd00::1',
    method6: 'manual',
  });
  assert.deepEqual([ipv4Only.address, ipv4Only.gateway6], ['10.0.0.2', undefined]);
  const ipv6Only = asRead('vmbr1', {
    type: 'bridge',
    families: 'inet6',
    method6: 'static',
    address6: 'fd00::2',
    netmask6: '64',
    gateway: '10.0.0.1',
    method: 'manual',
  });
  assert.deepEqual([ipv6Only.address6, ipv6Only.gateway, ipv6Only.method], ['fd00::2', undefined, 'manual']);
  const noAddress = asRead('vmbr1', { type: 'bridge', families: 'inet', method: 'manual', gateway: '10.0.0.1' });
  assert.equal(noAddress.gateway, '10.0.0.1', 'the inet stanza is written without any address, with its gateway');
});

test('node network fields: flags only when true, lists space separated, VLAN lists checked as pve-vlan-id-or-range', () => {
  const table = fields([
    ['aware', 'bridge_vlan_aware', 'flag'],
    ['vids', 'bridge_vids', 'words'],
    ['ports', 'bridge_ports', 'spaced-list'],
    ['members', 'members', 'list'],
  ] as const);
  assert.deepEqual(paramsOf(table, { aware: false, vids: '10,20;30-40', ports: ['eno2', 'eno1'], members: ['b', 'a'] }), {
    bridge_vids: '10 20 30-40',
    bridge_ports: 'eno1 eno2',
    members: 'a,b',
  });
  assert.deepEqual(paramsOf(table, { aware: true }), { bridge_vlan_aware: true });
  assert.deepEqual(removedKeys(table, { aware: false }, { aware: true }), ['bridge_vlan_aware']);
  assert.deepEqual(removedKeys(table, { aware: false }, { aware: false }), []);
  assert.deepEqual(valuesOf(table, { bridge_ports: 'eno2 eno1' }), { aware: false, vids: null, ports: ['eno1', 'eno2'], members: null });
  assert.equal(valuesOf(table, { bridge_vlan_aware: 1 }).aware, true);

  assert.equal(vlanListProblem('2-4094'), undefined);
  assert.equal(vlanListProblem('10,20 30-40'), undefined);
  assert.match(vlanListProblem('1 10') ?? '', /from 2 to 4094, got 1/);
  assert.match(vlanListProblem('10 4095') ?? '', /got 4095/);
  assert.match(vlanListProblem('30-10') ?? '', /from the lower to the higher tag, got "30-10"/);
  assert.match(vlanListProblem('10-x') ?? '', /got "10-x"/);
  assert.match(vlanListProblem(' , ') ?? '', /must list VLAN ids/);
});
