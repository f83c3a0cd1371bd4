// Restarting a running guest whose changes wait for a restart: a graceful shutdown with its own
// timeout, then a start; a guest ignoring the shutdown gets an error naming the waiting changes;
// reboot_after_update = false only warns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProxmoxTaskError, type PendingEntry, type PowerAction, type PowerOptions } from '../../../src/clients/proxmox/index.js';
import type { OperationContext } from '../../../src/framework/resource.js';
import { silentLogger } from '../../../src/log/logger.js';
import { applyWaitingChanges, type RestartableGuests } from '../../../src/providers/proxmox/shared/restart.js';

const ref = { node: 'pve', vmid: 100 };
const choice = { reboot: true, shutdownTimeoutS: 90, alsoWaiting: [] as string[], label: 'VM' };

function fakeGuest(status: string, pending: PendingEntry[], shutdownFails = false) {
  const calls: Array<{ action: PowerAction; options: PowerOptions | undefined }> = [];
  const guests: RestartableGuests = {
    status: async () => ({ status }),
    pending: async () => pending,
    power: async (_node, _vmid, action, options) => {
      calls.push({ action, options });
      if (action === 'shutdown' && shutdownFails)
        throw new ProxmoxTaskError('UPID:pve:1:2:3:qmshutdown:100:root@pam:', 'VM quit/powerdown failed - got timeout', []);
      return undefined;
    },
  };
  return { guests, calls };
}

function fakeContext() {
  const warnings: Array<{ summary: string; detail: string | undefined }> = [];
  const ctx: OperationContext<unknown> = {
    provider: undefined,
    logger: silentLogger,
    signal: new AbortController().signal,
    timeoutMs: undefined,
    warn: (summary, detail) => warnings.push({ summary, detail }),
  };
  return { ctx, warnings };
}

const PENDING: PendingEntry[] = [
  { key: 'cores', value: 2, pending: 4 },
  { key: 'name', value: 'web' },
  { key: 'balloon', value: 512, delete: 1 },
];

describe('applying changes that wait for a restart', () => {
  it('shuts a running guest down gracefully with its own timeout, then starts it (no forced stop)', async () => {
    const { guests, calls } = fakeGuest('running', PENDING);
    await applyWaitingChanges(fakeContext().ctx, guests, ref, choice);
    assert.deepEqual(
      calls.map((c) => c.action),
      ['shutdown', 'start'],
    );
    assert.deepEqual(calls[0]?.options, { timeout: 90 });
  });

  it('leaves a stopped guest and a guest with nothing waiting alone', async () => {
    for (const fake of [fakeGuest('stopped', PENDING), fakeGuest('running', [{ key: 'cores', value: 2 }])]) {
      await applyWaitingChanges(fakeContext().ctx, fake.guests, ref, choice);
      assert.deepEqual(fake.calls, []);
    }
  });

  it('restarts for cloud-init changes, which Proxmox never lists as pending', async () => {
    const { guests, calls } = fakeGuest('running', []);
    await applyWaitingChanges(fakeContext().ctx, guests, ref, { ...choice, alsoWaiting: ['sshkeys (cloud-init)'] });
    assert.deepEqual(
      calls.map((c) => c.action),
      ['shutdown', 'start'],
    );
  });

  it('a guest ignoring the shutdown fails with an error naming the waiting changes, and is not forced off', async () => {
    const { guests, calls } = fakeGuest('running', PENDING, true);
    await assert.rejects(applyWaitingChanges(fakeContext().ctx, guests, ref, choice), (error: Error) => {
      assert.match(error.message, /VM 100 did not shut down within 90 s, so the changes to cores, balloon are not applied yet/);
      assert.match(error.message, /ignore ACPI shutdown/);
      assert.match(error.message, /VM quit\/powerdown failed - got timeout/);
      return true;
    });
    assert.deepEqual(
      calls.map((c) => c.action),
      ['shutdown'],
    );
  });

  it('with reboot_after_update = false it only warns which changes wait', async () => {
    const { guests, calls } = fakeGuest('running', PENDING);
    const { ctx, warnings } = fakeContext();
    await applyWaitingChanges(ctx, guests, ref, { ...choice, reboot: false });
    assert.deepEqual(calls, []);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.detail ?? '', /changes to cores, balloon when VM 100 next starts/);
  });
});
