// proxmox_lxc at depth with the real terraform against the simulator, on the lifecycle harness:
// IPv6, MTU and rate per interface, mount point options, CPU limit/weight, start order, OS type
// and pool membership; changed in place, imported, destroyed. (Bind mounts and hookscripts are
// root@pam-only and covered by the mapping tables; the e2e provider logs in with a token.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const VMID = 4300;

function container(mtu: number, order: number): string {
  return `
resource "proxmox_pool" "ct" {
  pool_id = "ct"
}
resource "proxmox_lxc" "deep" {
  node      = "pve"
  vmid      = ${VMID}
  hostname  = "deep-ct"
  template  = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
  cpu_limit = 1.5
  cpu_units = 512
  pool      = proxmox_pool.ct.pool_id

  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
  mount_point {
    storage       = "local-lvm"
    size          = "1G"
    path          = "/srv/data"
    read_only     = true
    mount_options = ["noatime", "nodev"]
    replicate     = false
  }
  network {
    bridge   = "vmbr0"
    ip       = "10.0.0.5/24"
    gateway  = "10.0.0.1"
    ip6      = "fd00::5/64"
    gateway6 = "fd00::1"
    mtu      = ${mtu}
    rate     = 20
  }
  startup {
    order = ${order}
    up    = 5
  }
}
`;
}

const depthCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_lxc at depth',
  steps: [
    {
      config: container(1500, 1),
      expect: { 'proxmox_lxc.deep': 'create', 'proxmox_pool.ct': 'create' },
      check({ target: { state } }) {
        const ct = state.guests.get(VMID);
        assert.ok(ct);
        assert.match(ct.config.net0 ?? '', /gw6=fd00::1,.*ip6=fd00::5\/64,.*mtu=1500,.*rate=20/);
        assert.match(ct.config.mp0 ?? '', /mountoptions=noatime;nodev,.*replicate=0,ro=1/);
        assert.equal(ct.config.startup, 'order=1,up=5');
        assert.equal(ct.config.ostype, 'debian', 'the OS type Proxmox took from the template');
        assert.ok(state.pools.get('ct')?.members.has(`lxc/${VMID}`));
      },
    },
    {
      config: container(9000, 2),
      expect: { 'proxmox_lxc.deep': 'update' },
      check({ target: { state } }) {
        const ct = state.guests.get(VMID);
        assert.match(ct?.config.net0 ?? '', /mtu=9000/);
        assert.equal(ct?.config.startup, 'order=2,up=5');
      },
    },
  ],
  imports: [{ address: 'proxmox_lxc.deep', unreadable: ['template'] }, { address: 'proxmox_pool.ct' }],
  leftovers: ({ state }) => [
    ...(state.guests.has(VMID) ? [`guest ${VMID}`] : []),
    ...[...state.volumes.values()].filter((v) => v.vmid === VMID).map((v) => `volume ${v.storage}:${v.name}`),
    ...(state.pools.has('ct') ? ['pool ct'] : []),
  ],
};

describe('proxmox_lxc at depth with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('creates, changes in place, imports and destroys a container with IPv6, mount options, start order and a pool', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [depthCase]);
  });
});
