// A node interface's IPv6 address as pve-manager's `$check_ipv6_settings` takes it (PVE/API2/Network.pm
// @5829c814): the Net::IP types (the table below is what Net::IP 1.26 answers for each case, run
// once with Perl), the simulator's 400 on `address`, and the provider's plan-time refusal of address6.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ipv6HostProblem, ipv6HostType } from '../../../src/clients/proxmox/ipv6-host.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { networkBridgeResource } from '../../../src/providers/proxmox/resources/network-bridge.js';
import { networkVlanResource } from '../../../src/providers/proxmox/resources/network-vlan.js';
import type { Value } from '../../../src/values/types.js';
import { pveCall } from './pve-raw.js';

/** `perl -MNet::IP`: ip_iptypev6(ip_iptobin(ip_expand_address(A, 6), 6)), "ANYCAST" when the address is ip_get_mask(M, 6). */
const NET_IP: ReadonlyArray<readonly [string, number, string]> = [
  ['2001:db8::2', 64, 'DOCUMENTATION'],
  ['2001:db8:1::1', 48, 'DOCUMENTATION'],
  ['fd00:20::2', 64, 'UNIQUE-LOCAL-UNICAST'],
  ['fe80::1', 64, 'LINK-LOCAL-UNICAST'],
  ['fec0::1', 64, 'RESERVED'],
  ['::1', 128, 'LOOPBACK'],
  ['::', 64, 'UNSPECIFIED'],
  ['ff02::1', 64, 'MULTICAST'],
  ['2002:c000:201::1', 48, '6TO4'],
  ['2001::1', 32, 'TEREDO'],
  ['2001:2::5', 48, 'BMWG'],
  ['2001:3::5', 48, 'GLOBAL-UNICAST'],
  ['2001:10::1', 28, 'ORCHID'],
  ['2001:20::1', 28, 'GLOBAL-UNICAST'],
  ['2001:470::1', 64, 'GLOBAL-UNICAST'],
  ['2a01:4f8::2', 64, 'GLOBAL-UNICAST'],
  ['3fff::1', 64, 'GLOBAL-UNICAST'],
  ['4000::1', 64, 'RESERVED'],
  ['100::1', 64, 'DISCARD'],
  ['100:0:0:1::1', 64, 'RESERVED'],
  ['::ffff:192.0.2.1', 96, 'IPV4MAP'],
  ['::ffff:c000:201', 96, 'IPV4MAP'],
  ['ffff:ffff:ffff:ffff::', 64, 'ANYCAST'],
  ['fc00::', 6, 'ANYCAST'],
  ['fc00::', 7, 'UNIQUE-LOCAL-UNICAST'],
  ['fc00::1', 7, 'UNIQUE-LOCAL-UNICAST'],
  ['8000::', 1, 'ANYCAST'],
  ['fe80::', 10, 'LINK-LOCAL-UNICAST'],
  ['2000::', 3, 'GLOBAL-UNICAST'],
  ['2000::', 64, 'GLOBAL-UNICAST'],
  ['e000::1', 64, 'RESERVED'],
  ['fd12:3456:789a::1', 48, 'UNIQUE-LOCAL-UNICAST'],
];

describe('IPv6 host addresses of node interfaces', () => {
  it('are typed as Net::IP types them; only unicast global, unique-local and link-local pass', () => {
    for (const [address, prefix, type] of NET_IP) {
      assert.equal(ipv6HostType(address, prefix), type, `${address}/${prefix}`);
      const refused = !['GLOBAL-UNICAST', 'UNIQUE-LOCAL-UNICAST', 'LINK-LOCAL-UNICAST'].includes(type);
      assert.equal(ipv6HostProblem(address, prefix) !== undefined, refused, `${address}/${prefix}`);
    }
    assert.equal(ipv6HostProblem('2001:db8::2', 64), "2001:db8::2 with type 'DOCUMENTATION', cannot be used as host IPv6 address.");
  });

  it('are refused at plan on address6 with the type, other addresses pass', () => {
    for (const resource of [networkBridgeResource, networkVlanResource]) {
      const validators = (resource.schema.attributes as Record<string, { validators: readonly { validate(v: Value): string | undefined }[] }>).address6!
        .validators;
      const problems = (value: string) => validators.map((v) => v.validate(value)).filter((p) => p !== undefined);
      assert.deepEqual(problems('fd00:20::2/64'), []);
      assert.deepEqual(problems('2a01:4f8::2/64'), []);
      assert.match(problems('2001:db8::2/64')[0] ?? '', /got "2001:db8::2\/64", which Net::IP types DOCUMENTATION \(2001:db8::\/32 is refused\)/);
      assert.match(problems('ff02::1/64')[0] ?? '', /types MULTICAST/);
    }
  });

  describe('the simulator', () => {
    const ROOT = 'root@pam!tf=v6-secret';
    let sim: ProxmoxSimulator;
    before(async () => {
      sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 1, authFailureDelayMs: 0 });
    });
    after(() => sim.stop());

    it('answers 400 on `address` for a create or an update setting such an address, and takes a unique-local one', async () => {
      const refused = await pveCall(sim, ROOT, 'POST', '/nodes/pve/network', { iface: 'vmbr5', type: 'bridge', cidr6: '2001:db8::2/64' });
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.errors, { address: "2001:db8::2 with type 'DOCUMENTATION', cannot be used as host IPv6 address." });
      assert.equal(sim.state.nodeNetworks.get('pve')?.pending, undefined, 'nothing written');
      assert.equal((await pveCall(sim, ROOT, 'POST', '/nodes/pve/network', { iface: 'vmbr5', type: 'bridge', cidr6: 'fd00:5::2/64' })).status, 200);
      const update = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/network/vmbr5', { type: 'bridge', cidr6: 'ff02::5/64' });
      assert.equal(update.status, 400);
      assert.match(update.errors?.address ?? '', /type 'MULTICAST'/);
      assert.equal(sim.state.nodeNetworks.get('pve')?.pending?.get('vmbr5')?.address6, 'fd00:5::2');
    });
  });
});
