// Zone options per type, subnet gateway/DHCP range checks and the pending view's merge: table cases, no terraform.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneOptionProblems, type ZoneOptionAttribute } from '../../../src/providers/proxmox/resources/sdn-zone-options.js';
import { dhcpRangeProblems } from '../../../src/providers/proxmox/resources/sdn-subnet-checks.js';
import { writtenSdnObject } from '../../../src/providers/proxmox/shared/sdn.js';
import { pendingView, type SdnSection } from '../../../src/sim/proxmox/sdn-state.js';

const zoneCases: Array<[string, ZoneOptionAttribute[], string[]]> = [
  ['simple', ['ipam', 'dhcp', 'mtu'], []],
  ['simple', ['bridge'], ['bridge: A "simple" zone does not take bridge.']],
  ['vlan', ['bridge'], []],
  ['vlan', [], ['bridge: A "vlan" zone needs bridge.']],
  ['vlan', ['bridge', 'tag', 'dhcp'], ['tag: A "vlan" zone does not take tag.', 'dhcp: A "vlan" zone does not take dhcp.']],
  ['qinq', ['bridge'], ['tag: A "qinq" zone needs tag.']],
  ['qinq', ['bridge', 'tag', 'vlan_protocol'], []],
  ['vxlan', ['peers'], []],
  ['vxlan', [], ['peers: A "vxlan" zone needs exactly one of peers or fabric.']],
  ['vxlan', ['peers', 'fabric'], ['peers: A "vxlan" zone needs exactly one of peers or fabric.']],
  ['evpn', ['controller'], ['vrf_vxlan: A "evpn" zone needs vrf_vxlan.']],
  ['evpn', ['controller', 'vrf_vxlan', 'exit_nodes', 'mac', 'bridge'], ['bridge: A "evpn" zone does not take bridge.']],
  ['faucet', ['bridge'], []],
];

test('zone options: what each type takes and needs, named by attribute', () => {
  for (const [type, set, expected] of zoneCases) {
    const problems = zoneOptionProblems(type, new Set(set)).map((p) => `${p.attribute}: ${p.detail}`);
    assert.deepEqual(problems.sort(), [...expected].sort(), `${type} with ${set.join(', ')}`);
  }
});

test('subnet checks: gateway and DHCP ranges inside the subnet, ranges not overlapping', () => {
  const cases: Array<[string, string | undefined, Array<{ start: string; end: string }>, string[]]> = [
    ['10.0.0.0/24', '10.0.0.1', [{ start: '10.0.0.100', end: '10.0.0.200' }], []],
    ['10.0.0.0/24', '10.0.1.1', [], ['gateway']],
    ['10.0.0.5/32', '10.0.0.1', [], []],
    ['10.0.0.0/24', undefined, [{ start: '10.0.0.200', end: '10.0.0.100' }], ['dhcp_ranges']],
    ['10.0.0.0/24', undefined, [{ start: '10.0.0.10', end: '10.0.1.10' }], ['dhcp_ranges']],
    [
      '10.0.0.0/24',
      undefined,
      [
        { start: '10.0.0.10', end: '10.0.0.20' },
        { start: '10.0.0.15', end: '10.0.0.30' },
      ],
      ['dhcp_ranges'],
    ],
    ['fd00::/64', 'fd00::1', [{ start: 'fd00::100', end: 'fd00::1ff' }], []],
    ['fd00::/64', 'fd01::1', [{ start: 'nope', end: 'fd00::1' }], ['gateway', 'dhcp_ranges']],
  ];
  for (const [cidr, gateway, ranges, expected] of cases) {
    assert.deepEqual(
      dhcpRangeProblems(cidr, gateway, ranges).map((p) => p.attribute),
      expected,
      `${cidr} ${gateway ?? ''} ${JSON.stringify(ranges)}`,
    );
  }
});

test('pending view (pending_config) and the written configuration read from it', () => {
  const running = new Map<string, SdnSection>([
    ['kept', { type: 'simple', mtu: '1500' }],
    ['changed', { type: 'vlan', bridge: 'vmbr0', mtu: '1500' }],
    ['gone', { type: 'simple' }],
  ]);
  const written = new Map<string, SdnSection>([
    ['kept', { type: 'simple', mtu: '1500' }],
    ['changed', { type: 'vlan', bridge: 'vmbr1' }],
    ['fresh', { type: 'simple', ipam: 'pve' }],
  ]);
  const view = pendingView(running, written);
  assert.deepEqual(view.get('kept'), { type: 'simple', mtu: '1500' });
  assert.deepEqual(view.get('changed'), { type: 'vlan', bridge: 'vmbr0', mtu: '1500', state: 'changed', pending: { mtu: 'deleted', bridge: 'vmbr1' } });
  assert.deepEqual(view.get('gone'), { type: 'simple', state: 'deleted', pending: {} });
  assert.deepEqual(view.get('fresh'), { type: 'simple', state: 'new', pending: { ipam: 'pve' } });
  for (const [id, section] of view) {
    const object = writtenSdnObject(section);
    assert.deepEqual(object?.values, written.get(id), id);
    assert.equal(object?.pendingChange ?? null, id === 'kept' || id === 'gone' ? null : section.state);
  }
});
