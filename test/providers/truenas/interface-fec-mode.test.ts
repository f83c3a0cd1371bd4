// truenas_network_interface fec_mode (26.0, physical NICs, Enterprise only:
// plugins/network.py:1232-1249 @TS-26.0.0-BETA.3): refused at plan time on older releases, on
// other types and outside Enterprise, as the simulated server refuses it; sent only when changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interfaceProblems, networkInterfaceResource, updateInput } from '../../../src/providers/truenas/resources/network-interface.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

const NIC = { type: 'PHYSICAL', name: 'enp1s0', aliases: ['192.168.1.10/24'] };

async function planErrors(version: string, config: Record<string, string | string[]>): Promise<string[]> {
  const { sim, client } = await simWithClient({ version });
  try {
    return (await inProcess(networkInterfaceResource, client).apply(config, null)).errors;
  } finally {
    client.close();
    await sim.stop();
  }
}

describe('truenas_network_interface fec_mode', () => {
  it('is refused at plan time before 26.0 and outside Enterprise', async () => {
    assert.deepEqual(await planErrors('25.10.6', { ...NIC, fec_mode: 'RS' }), [
      'fec_mode is not in TrueNAS 25.10.6: fec_mode exists in TrueNAS 26.0 and later; this server runs 25.10.6. Remove it from the configuration.',
    ]);
    assert.deepEqual(await planErrors('26.0.0', { ...NIC, fec_mode: 'RS' }), [
      'Setting the FEC mode needs TrueNAS Enterprise: This system is COMMUNITY_EDITION; TrueNAS refuses fec_mode there ("Configuring FEC mode is an enterprise feature."). Remove fec_mode.',
    ]);
  });

  it('applies to physical NICs only and takes the modes of the schema', () => {
    assert.deepEqual(
      interfaceProblems({ type: 'VLAN', name: 'vlan0', vlan_parent_interface: 'enp1s0', vlan_tag: 5, fec_mode: 'RS' }).map(([a]) => a),
      ['fec_mode'],
    );
    const [oneOf] = networkInterfaceResource.schema.attributes.fec_mode.validators ?? [];
    assert.deepEqual([oneOf?.validate('RS'), oneOf?.validate('FC') !== undefined], [undefined, true]);
  });

  it('is sent only when set and changed', () => {
    const plan = {
      id: 'enp1s0',
      ...NIC,
      description: '',
      mtu: null,
      ipv4_dhcp: false,
      ipv6_auto: false,
      bridge_members: null,
      stp: null,
      enable_learning: null,
      lag_protocol: null,
      lag_ports: null,
      xmit_hash_policy: null,
      lacpdu_rate: null,
      vlan_parent_interface: null,
      vlan_tag: null,
      vlan_pcp: null,
      fec_mode: 'RS',
      checkin_timeout: 60,
      link_address: null,
    };
    assert.equal(updateInput(plan, null).fec_mode, 'RS');
    assert.equal('fec_mode' in updateInput(plan, plan), false);
    assert.equal('fec_mode' in updateInput({ ...plan, fec_mode: null }, plan), false);
  });

  it('is refused by the simulated server as the real one refuses it', async () => {
    for (const [version, refusal] of [
      ['26.0.0', /interface_update\.fec_mode: Configuring FEC mode is an enterprise feature\./],
      ['25.10.6', /fec_mode: Extra inputs are not permitted/],
    ] as const) {
      const { sim, client } = await simWithClient({ version });
      try {
        await assert.rejects(client.call('interface.update', ['enp1s0', { fec_mode: 'RS' }]), refusal);
      } finally {
        client.close();
        await sim.stop();
      }
    }
  });
});
