// A container destroyed by proxmox_lxc (shared/guest-move.ts destroyGuest) while a backup holds
// its lock: the stop and the destroy wait for the backup task, then run; a stale lock fails at
// once with pct unlock and leaves the container as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ProxmoxGuestLockedError } from '../../../src/clients/proxmox/index.js';
import { destroyGuest } from '../../../src/providers/proxmox/shared/guest-move.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { operationContext } from './in-process.js';

let h: Harness;
before(async () => {
  h = await startHarness();
  const template = (await h.client.storage.content('pve', 'local', { content: 'vztmpl' }))[0]?.volid ?? '';
  for (const vmid of [500, 501]) await h.client.lxc.create('pve', { vmid, ostemplate: template, hostname: `ct${vmid}`, rootfs: 'local-lvm:1', start: true });
});
after(() => h.close());

test('a running container under backup: the stop and the destroy wait for the backup task, then run', async () => {
  let release = (): void => {};
  h.sim.holdGuestLockByTask(500, new Promise<void>((resolve) => (release = resolve)));
  let settled = false;
  const destroyed = destroyGuest(
    operationContext(h.client),
    h.client.lxc,
    { node: 'pve', vmid: 500 },
    { stop: true, purge: true, shutdownTimeoutS: 10 },
  ).finally(() => (settled = true));
  while (!h.logs.some((line) => line.message.startsWith('guest is locked by a running task') && line.fields.vmid === 500) && !settled)
    await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(settled, false, 'the destroy waits for the backup');
  assert.equal(h.sim.state.guests.get(500)?.status, 'running', 'untouched while the backup runs');
  release();
  await destroyed;
  assert.equal(h.sim.state.guests.has(500), false);
});

test('a stale lock: the destroy fails at once with pct unlock, the container left running', async () => {
  const guest = h.sim.state.guests.get(501);
  assert.ok(guest);
  guest.config.lock = 'backup';
  await assert.rejects(
    destroyGuest(operationContext(h.client), h.client.lxc, { node: 'pve', vmid: 501 }, { stop: true, purge: true, shutdownTimeoutS: 10 }),
    (err: unknown) =>
      err instanceof ProxmoxGuestLockedError &&
      /CT 501 on node pve is locked \(backup\): no running task/.test(err.message) &&
      err.message.includes('`pct unlock 501`'),
  );
  assert.equal(guest.status, 'running');
  delete guest.config.lock;
});
