// proxmox_lxc's update diff, built from the config diff VMs share (shared/config-diff.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lxcDiff } from '../../../src/providers/proxmox/resources/lxc.js';
import { lxcFromConfig } from '../../../src/providers/proxmox/resources/lxc-config.js';
import type { LxcModel } from '../../../src/providers/proxmox/resources/lxc-schema.js';

const base = { id: 'pve/200', node: 'pve', vmid: 200, started: true, pool: null };
const serverConfig = {
  hostname: 'dns',
  memory: '512',
  swap: '512',
  unprivileged: '1',
  features: 'nesting=1',
  rootfs: 'local-lvm:vm-200-disk-0,size=4G',
  mp0: 'local-lvm:vm-200-disk-1,mp=/srv,size=1G',
  mp1: 'local-lvm:vm-200-disk-2,mp=/old,size=1G',
  net0: 'name=eth0,bridge=vmbr0,hwaddr=BC:24:11:0A:0B:0C,ip=dhcp',
  digest: 'abc',
};
const current = (): LxcModel => lxcFromConfig(base, serverConfig, null);

describe('proxmox_lxc update diff', () => {
  it('plans nothing when the server already matches, whatever the MAC it picked', () => {
    const plan = current();
    plan.network = plan.network.map((n) => ({ ...n, mac_address: null }));
    assert.deepEqual(lxcDiff(plan, current()), { set: {}, remove: [], grow: {} });
  });

  it('sets changed values, grows disks, removes dropped keys and mount points past the plan', () => {
    const now = current();
    const plan: LxcModel = {
      ...now,
      memory: 1024,
      nesting: null,
      rootfs: now.rootfs === null ? null : { ...now.rootfs, size: '8G' },
      mount_point: [{ ...now.mount_point[0]!, size: '2G', path: '/data' }],
      network: [
        ...now.network,
        {
          name: 'eth1',
          bridge: 'vmbr1',
          ip: null,
          gateway: null,
          vlan_id: null,
          firewall: null,
          mac_address: null,
          ip6: null,
          gateway6: null,
          mtu: null,
          rate: null,
        },
      ],
    };
    const diff = lxcDiff(plan, now);
    assert.deepEqual(diff.grow, { rootfs: '8G', mp0: '2G' });
    assert.equal(diff.set.memory, 1024);
    assert.equal(diff.set.mp0, 'local-lvm:vm-200-disk-1,mp=/data');
    assert.equal(diff.set.net1, 'name=eth1,bridge=vmbr1');
    assert.equal(diff.set.net0, undefined);
    assert.deepEqual(diff.remove, ['features', 'mp1']);
  });
});
