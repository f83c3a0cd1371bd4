// proxmox_lxc's IPv6/MTU/rate per interface, mount point options and bind mounts, and the CPU,
// start order, protection, hookscript and OS type settings: written to the container config
// and read back the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lxcFromConfig, lxcNetworkValue, lxcScalarValues, mountPointValue } from '../../../src/providers/proxmox/resources/lxc-config.js';
import { lxcDiff } from '../../../src/providers/proxmox/resources/lxc.js';

const base = { id: 'pve/200', node: 'pve', vmid: 200, started: true, pool: null };
const read = (config: Record<string, string | number>) =>
  lxcFromConfig(base, { rootfs: 'local-lvm:vm-200-disk-0,size=4G', memory: 512, swap: 512, unprivileged: 1, ...config, digest: 'd' }, null);

describe('proxmox_lxc options map to the container config and back', () => {
  it('IPv6, MTU and rate on an interface', () => {
    const value = 'name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:00:05,ip=dhcp,gw6=fd00::1,ip6=fd00::5/64,mtu=9000,rate=25';
    const nic = read({ net0: value }).network[0];
    assert.ok(nic);
    assert.deepEqual([nic.ip6, nic.gateway6, nic.mtu, nic.rate], ['fd00::5/64', 'fd00::1', 9000, 25]);
    assert.equal(lxcNetworkValue(nic), 'name=eth0,bridge=vmbr0,ip=dhcp,hwaddr=BC:24:11:00:00:05,ip6=fd00::5/64,gw6=fd00::1,mtu=9000,rate=25');
  });

  const cases: Array<{ name: string; value: string; host_path: string | null; storage: string | null }> = [
    {
      name: 'a volume with every option',
      value: 'local-lvm:vm-200-disk-1,mp=/srv,acl=1,mountoptions=noatime;nodev,quota=1,replicate=0,ro=1,size=8G',
      host_path: null,
      storage: 'local-lvm',
    },
    { name: 'a bind mount of a host directory', value: '/srv/media,mp=/media,ro=1', host_path: '/srv/media', storage: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const mp = read({ mp0: c.value }).mount_point[0];
      assert.ok(mp);
      assert.equal(mp.host_path, c.host_path);
      assert.equal(mp.storage, c.storage);
      assert.equal(mp.read_only, true);
      const printed = mountPointValue(mp, mp.volume);
      // The size is the server's to print; the rest reads back as written.
      const again = read({ mp0: mp.volume === null ? printed : `${printed},size=${mp.size ?? ''}` }).mount_point[0];
      assert.deepEqual(again, mp, 'the printed value reads back the same');
    });
  }

  it('the mount options read as a list', () => {
    assert.deepEqual(read({ mp0: 'local-lvm:vm-200-disk-1,mp=/srv,mountoptions=noatime;nodev,size=1G' }).mount_point[0]?.mount_options, ['noatime', 'nodev']);
  });

  it('CPU limit and weight, start order, protection, hookscript and OS type', () => {
    const config = { cpulimit: 1.5, cpuunits: 512, startup: 'order=1,up=5,down=30', protection: 1, hookscript: 'local:snippets/hook.sh', ostype: 'alpine' };
    const ct = read(config);
    assert.deepEqual(ct.startup, { order: 1, up: 5, down: 30 });
    const values = lxcScalarValues(ct);
    for (const [key, value] of Object.entries(config)) assert.equal(String(values[key]), String(value), key);
    assert.deepEqual(lxcDiff(ct, read(config)), { set: {}, remove: [], grow: {} });
  });

  it('drops protection and the start order when the plan does', () => {
    const ct = read({ protection: 1, startup: 'order=1' });
    const diff = lxcDiff({ ...ct, protection: null, startup: null }, ct);
    assert.deepEqual(diff.remove.sort(), ['protection', 'startup']);
  });
});
