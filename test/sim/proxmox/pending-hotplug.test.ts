// Pending changes and hotplug on running guests, and shutdown/reboot of guests that ignore ACPI.
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

async function task(answer: Promise<{ status: number; data: unknown; message: string }>): Promise<string> {
  const done = await answer;
  assert.equal(done.status, 200, done.message);
  return taskResult(sim, done.data);
}

async function runningVm(vmid: number): Promise<void> {
  assert.equal(
    await task(
      pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', {
        vmid,
        memory: 1024,
        cores: 1,
        scsi0: 'local-lvm:4',
        sata0: 'local-lvm:1',
        ide0: 'local-lvm:cloudinit',
        net0: 'virtio,bridge=vmbr0',
        ciuser: 'old',
      }),
    ),
    'OK',
  );
  assert.equal(await task(pveCall(sim, ROOT, 'POST', `/nodes/pve/qemu/${vmid}/status/start`)), 'OK');
}

function pendingKeys(answer: unknown): string[] {
  return (answer as Array<{ key: string; pending?: unknown; delete?: number }>)
    .filter((e) => e.pending !== undefined || e.delete !== undefined)
    .map((e) => e.key);
}

test('running VM: cpu, memory, disk options and sata adds wait; cloud-init, names, NICs and scsi adds apply now', async () => {
  await runningVm(600);
  const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/600/config', {
    cores: 2,
    memory: 2048,
    scsi0: 'local-lvm:vm-600-disk-0,discard=on',
    sata1: 'local-lvm:1',
    scsi1: 'local-lvm:1',
    ciuser: 'new',
    name: 'renamed',
    net0: 'virtio,bridge=vmbr1',
  });
  assert.equal(put.status, 200, put.message);
  const pending = await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/600/pending');
  assert.deepEqual(pendingKeys(pending.data).sort(), ['cores', 'memory', 'sata1', 'scsi0']);
  const current = sim.state.guests.get(600)?.config ?? {};
  assert.equal(current.ciuser, 'new');
  assert.equal(current.name, 'renamed');
  assert.match(current.net0 ?? '', /bridge=vmbr1/);
  assert.match(current.scsi1 ?? '', /^local-lvm:vm-600-disk-/);
  // GET config merges pending unless current=1.
  const merged = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/600/config')).data as Record<string, unknown>;
  assert.equal(merged.memory, '2048');
  const live = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/600/config', { current: 1 })).data as Record<string, unknown>;
  assert.equal(live.memory, '1024');
  // Removing a sata disk waits too, and so does the boot order it leaves; revert drops a pending change.
  await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/600/config', { delete: 'sata0', revert: 'cores' });
  assert.deepEqual(pendingKeys((await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/600/pending')).data).sort(), ['boot', 'memory', 'sata0', 'sata1', 'scsi0']);
});

test('cloud-init values reach the guest drive only at the next start', async () => {
  const vm = sim.state.guests.get(600);
  assert.equal(vm?.cloudinitDrive?.ciuser, 'old');
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/600/status/reboot')), 'OK');
  assert.equal(vm?.cloudinitDrive?.ciuser, 'new');
  assert.equal(vm?.config.memory, '2048');
  assert.deepEqual(pendingKeys((await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/600/pending')).data), []);
});

test('a hotplug failure writes pending, then answers 400 with the per-option text', async () => {
  const vm = sim.state.guests.get(600);
  assert.ok(vm);
  vm.hotplugFailures = { net0: 'error on hot-unplugging device' };
  const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/600/config', { net0: 'virtio,bridge=vmbr2' });
  assert.equal(put.status, 400);
  assert.deepEqual(put.errors, { net0: 'hotplug problem - error on hot-unplugging device' });
  assert.match(vm.pending.net0 ?? '', /bridge=vmbr2/);
  delete vm.hotplugFailures;
});

test('reboot is a guest shutdown: a VM ignoring ACPI times out and keeps its pending changes', async () => {
  const vm = sim.state.guests.get(600);
  assert.ok(vm);
  vm.ignoresAcpi = true;
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/600/status/reboot')), 'VM quit/powerdown failed - got timeout');
  assert.equal(vm.status, 'running');
  assert.match(vm.pending.net0 ?? '', /bridge=vmbr2/);
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/600/status/shutdown', { timeout: 10 })), 'VM quit/powerdown failed - got timeout');
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu/600/status/shutdown', { forceStop: 1 })), 'WARNINGS: 1');
  assert.equal(vm.status, 'stopped');
  assert.match(vm.config.net0 ?? '', /bridge=vmbr2/);
});

test('running container: only live-updatable keys apply, the rest wait in /pending', async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  assert.equal(
    await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 700, ostemplate: template, storage: 'local-lvm', start: 1, features: 'nesting=1' })),
    'OK',
  );
  const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/700/config', { hostname: 'web', memory: 1024, features: 'nesting=0', nameserver: '1.1.1.1' });
  assert.equal(put.status, 200, put.message);
  const ct = sim.state.guests.get(700);
  assert.equal(ct?.config.hostname, 'web');
  assert.equal(ct?.config.memory, '1024');
  assert.equal(ct?.config.features, 'nesting=1');
  assert.deepEqual(pendingKeys((await pveCall(sim, ROOT, 'GET', '/nodes/pve/lxc/700/pending')).data).sort(), ['features', 'nameserver']);
  const merged = (await pveCall(sim, ROOT, 'GET', '/nodes/pve/lxc/700/config')).data as Record<string, unknown>;
  assert.equal(merged.features, 'nesting=0');
  // A container reboot kills a guest that ignores the shutdown request, and applies pending.
  if (ct) ct.ignoresAcpi = true;
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc/700/status/reboot')), 'WARNINGS: 1');
  assert.equal(ct?.config.features, 'nesting=0');
});

test("LXC resize: the same size and a shrink fail the task with pve-container's own texts", async () => {
  assert.equal(await task(pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/700/resize', { disk: 'rootfs', size: '4G' })), 'disk is already at specified size');
  assert.equal(await task(pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/700/resize', { disk: 'rootfs', size: '2G' })), 'unable to shrink disk size');
  assert.equal(await task(pveCall(sim, ROOT, 'PUT', '/nodes/pve/lxc/700/resize', { disk: 'rootfs', size: '+1G' })), 'OK');
});

test('boot order: a deleted device leaves it, an added CD-ROM joins its end (over a boot sent with it), a missing device is refused', async () => {
  assert.equal(
    await task(
      pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', {
        vmid: 620,
        scsi0: 'local-lvm:1',
        scsi1: 'local-lvm:1',
        net0: 'virtio,bridge=vmbr0',
        boot: 'order=scsi0;scsi1;net0',
      }),
    ),
    'OK',
  );
  const config = async (): Promise<Record<string, unknown>> => (await pveCall(sim, ROOT, 'GET', '/nodes/pve/qemu/620/config')).data as Record<string, unknown>;
  const put = async (params: Record<string, string | number>) => pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/620/config', params);
  assert.equal((await put({ delete: 'scsi1', force: 1 })).status, 200);
  assert.equal((await config()).boot, 'order=scsi0;net0');
  // A cloud-init drive is no CD-ROM here (drive_is_cdrom($drive, 1)); an ISO is.
  assert.equal((await put({ ide0: 'local-lvm:cloudinit' })).status, 200);
  assert.equal((await config()).boot, 'order=scsi0;net0');
  assert.equal((await put({ ide2: 'local:iso/debian-12.7.0-amd64-netinst.iso,media=cdrom', boot: 'order=ide2;scsi0' })).status, 200);
  assert.equal((await config()).boot, 'order=scsi0;net0;ide2', 'the append replaced the boot sent along');
  assert.equal((await put({ boot: 'order=ide2;scsi0' })).status, 200);
  assert.equal((await config()).boot, 'order=ide2;scsi0');
  const missing = await put({ boot: 'order=scsi0;scsi5' });
  assert.deepEqual([missing.status, missing.message], [500, "invalid bootorder: device 'scsi5' does not exist'"]);
  const deleted = await put({ delete: 'ide2', boot: 'order=ide2;scsi0' });
  assert.deepEqual([deleted.status, deleted.message], [500, "invalid bootorder: device 'ide2' does not exist'"]);
});

test('config updates refuse what the server refuses: required and read-only container options, drives under protection', async () => {
  const template = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
  assert.equal(
    await task(
      pveCall(sim, ROOT, 'POST', '/nodes/pve/lxc', { vmid: 710, ostemplate: template, rootfs: 'local-lvm:1', mp0: 'local-lvm:1,mp=/srv', protection: 1 }),
    ),
    'OK',
  );
  const put = (path: string, params: Record<string, string | number>) => pveCall(sim, ROOT, 'PUT', path, params);
  const refused = async (path: string, params: Record<string, string | number>, message: string) => {
    const answer = await put(path, params);
    assert.deepEqual([answer.status, answer.message], [500, message], JSON.stringify(params));
  };
  const ct = '/nodes/pve/lxc/710/config';
  for (const key of ['memory', 'ostype', 'rootfs']) await refused(ct, { delete: key }, `unable to delete required option '${key}'`);
  await refused(ct, { delete: 'unprivileged' }, "unable to delete read-only option: 'unprivileged'");
  await refused(ct, { unprivileged: 0 }, "unable to modify read-only option: 'unprivileged'");
  await refused(ct, { delete: 'mp0' }, "can't remove CT 710 drive 'mp0' - protection mode enabled");
  // The flag the config holds counts, not the one the request sets.
  await refused(ct, { mp0: 'local-lvm:vm-710-disk-1,mp=/data', protection: 0 }, "can't update CT 710 drive 'mp0' - protection mode enabled");
  assert.equal(sim.state.guests.get(710)?.config.protection, '1', 'nothing written');
  assert.equal((await put(ct, { protection: 0 })).status, 200);
  assert.equal((await put(ct, { delete: 'mp0' })).status, 200);

  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 711, scsi0: 'local-lvm:1', scsi1: 'local-lvm:1', protection: 1 })), 'OK');
  const vm = '/nodes/pve/qemu/711/config';
  await refused(vm, { delete: 'protection,scsi1' }, "can't remove drive 'scsi1' - protection mode enabled");
  assert.equal((await put(vm, { delete: 'protection' })).status, 200);
  assert.equal((await put(vm, { delete: 'scsi1', force: 1 })).status, 200);
});

test("setting ostype pins a Windows guest's unversioned machine, unless the request names the machine", async () => {
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 720, ostype: 'l26' })), 'OK');
  assert.equal(await task(pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 721, ostype: 'l26', machine: 'q35' })), 'OK');
  const machineOf = async (vmid: number) => ((await pveCall(sim, ROOT, 'GET', `/nodes/pve/qemu/${vmid}/config`)).data as Record<string, unknown>).machine;
  assert.equal(await machineOf(720), undefined);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/720/config', { ostype: 'win11' })).status, 200);
  assert.equal(await machineOf(720), 'pc-i440fx-10.1+pve0');
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/nodes/pve/qemu/721/config', { ostype: 'win11', machine: 'q35' })).status, 200);
  assert.equal(await machineOf(721), 'q35');
});
