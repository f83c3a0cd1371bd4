// Templates and clones as qemu-server and pve-storage do them: base volumes, linked clones that
// need them, what a clone copies and drops, /cluster/nextid and its range, server-written defaults.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall, taskResult } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 1, authFailureDelayMs: 0 });
});
after(() => sim.stop());

async function ok(answer: Promise<{ status: number; data: unknown; message: string }>): Promise<void> {
  const done = await answer;
  assert.equal(done.status, 200, done.message);
  assert.equal(await taskResult(sim, done.data), 'OK');
}

test('create writes meta, boot order, smbios1 uuid and vmgenid; a Windows VM gets its machine pinned', async () => {
  await ok(
    pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', {
      vmid: 500,
      name: 'tpl',
      memory: 2048,
      bios: 'ovmf',
      scsi0: 'local-lvm:8',
      ide2: 'none,media=cdrom',
      net0: 'virtio,bridge=vmbr0',
    }),
  );
  const config = sim.state.guests.get(500)?.config ?? {};
  assert.equal(config.boot, 'order=scsi0;ide2;net0');
  assert.match(config.smbios1 ?? '', /^uuid=[0-9a-f-]{36}$/);
  assert.match(config.vmgenid ?? '', /^[0-9a-f-]{36}$/);
  assert.match(config.meta ?? '', /^creation-qemu=\d+\.\d+\.\d+,ctime=\d+$/);
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 501, ostype: 'win11', scsi0: 'local-lvm:8' }));
  assert.match(sim.state.guests.get(501)?.config.machine ?? '', /^pc-i440fx-\d+\.\d+\+pve\d+$/);
});

test('a linked clone needs a base volume: refused before the template endpoint, allowed after', async () => {
  const early = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/500/clone', { newid: 510, full: 0 });
  assert.equal(early.status, 500);
  assert.equal(early.message, "Linked clone feature is not supported for 'local-lvm:vm-500-disk-0' (scsi0)");
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/500/template'));
  const template = sim.state.guests.get(500)?.config ?? {};
  assert.equal(template.template, '1');
  assert.match(template.scsi0 ?? '', /^local-lvm:base-500-disk-0,/);
  assert.ok(sim.volumes('local-lvm').some((v) => v.name === 'base-500-disk-0'));
  const again = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/500/template');
  assert.equal(again.message, "you can't convert a template to a template");
  // A template clones linked by default.
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/500/clone', { newid: 510, name: 'linked' }));
  const linked = sim.state.guests.get(510)?.config ?? {};
  assert.match(linked.scsi0 ?? '', /^local-lvm:vm-510-disk-0,/);
  assert.equal(linked.template, undefined);
});

test('a clone copies disks, NICs (with a new MAC), bios and memory, gets a new uuid, and drops template', async () => {
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/500/clone', { newid: 511, full: 1 }));
  const source = sim.state.guests.get(500)?.config ?? {};
  const copy = sim.state.guests.get(511)?.config ?? {};
  assert.equal(copy.template, undefined);
  assert.equal(copy.bios, 'ovmf');
  assert.equal(copy.memory, '2048');
  assert.equal(copy.boot, source.boot);
  assert.match(copy.scsi0 ?? '', /^local-lvm:vm-511-disk-0,/);
  assert.match(copy.net0 ?? '', /^virtio=[0-9A-F:]{17},bridge=vmbr0$/);
  assert.notEqual(copy.net0, source.net0);
  assert.notEqual(copy.smbios1, source.smbios1);
  assert.equal(copy.name, 'Copy-of-VM-tpl');
  const start = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/511/status/start');
  assert.equal(await taskResult(sim, start.data), 'OK');
});

test('nextid answers a number, honours the datacenter next-id range and reserves nothing', async () => {
  const first = await pveCall(sim, ROOT, 'GET', '/cluster/nextid');
  assert.equal(first.data, 100);
  const set = await pveCall(sim, ROOT, 'PUT', '/cluster/options', { 'next-id': 'lower=5000,upper=5002' });
  assert.equal(set.status, 200);
  assert.deepEqual(((await pveCall(sim, ROOT, 'GET', '/cluster/options')).data as Record<string, unknown>)['next-id'], { lower: 5000, upper: 5002 });
  assert.equal((await pveCall(sim, ROOT, 'GET', '/cluster/nextid')).data, 5000);
  assert.equal((await pveCall(sim, ROOT, 'GET', '/cluster/nextid')).data, 5000);
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 5000 }));
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 5001 }));
  const full = await pveCall(sim, ROOT, 'GET', '/cluster/nextid');
  assert.equal(full.status, 500);
  assert.equal(full.message, 'unable to get any free VMID in range [5000, 5002]');
  const taken = await pveCall(sim, ROOT, 'GET', '/cluster/nextid', { vmid: 5000 });
  assert.deepEqual(taken.errors, { vmid: 'VM 5000 already exists' });
  const exists = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 5000 });
  assert.equal(exists.message, "unable to create VM 5000 - VM 5000 already exists on node 'pve'");
});

test('snapshots only where storage and format allow: raw on dir refused, qcow2 on dir and lvmthin fine', async () => {
  await pveCall(sim, ROOT, 'POST', '/storage', { storage: 'vmdir', type: 'dir', path: '/srv/vm', content: 'images' });
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 520, scsi0: 'vmdir:1' }));
  assert.match(sim.state.guests.get(520)?.config.scsi0 ?? '', /^vmdir:520\/vm-520-disk-0\.raw,size=1G$/);
  const raw = await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/520/snapshot', { snapname: 's1' });
  assert.equal(await taskResult(sim, raw.data), 'snapshot feature is not available');
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 521, scsi0: 'vmdir:1,format=qcow2' }));
  assert.match(sim.state.guests.get(521)?.config.scsi0 ?? '', /^vmdir:521\/vm-521-disk-0\.qcow2,size=1G$/);
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/521/snapshot', { snapname: 's1' }));
  await ok(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/511/snapshot', { snapname: 's1' }));
});
