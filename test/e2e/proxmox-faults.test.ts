// Fault injection: 5xx answers, a create whose answer is lost, a clone task that fails, a start
// that fails, config-lock contention and parallel applies. After every apply, whether it
// succeeded or not, terraform's state must hold every VM and disk the server has, and a
// following apply must converge with nothing orphaned.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Workspace } from '../helpers/terraform.js';
import { PROXMOX_PROVIDER, proxmoxWorkspace, startProxmoxE2e, stateFileResources, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const CREATE = /^POST \/nodes\/pve\/qemu$/;

function vm(name: string, extra = ''): string {
  return `
resource "proxmox_vm" "${name}" {
  node = "pve"
  name = "${name}"
  ${extra}
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "1G"
  }
  network {}
}
`;
}

const TEMPLATE = `
resource "proxmox_vm" "golden" {
  node     = "pve"
  vmid     = 9000
  name     = "golden"
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "1G"
  }
}
`;

const CLONE = `
resource "proxmox_vm" "cloned" {
  node  = "pve"
  name  = "cloned"
  clone {
    source_vmid = proxmox_vm.golden.vmid
  }
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "1G"
  }
}
`;

describe('proxmox faults: state always covers what exists', () => {
  let e2e: ProxmoxE2e;

  /** Every VM and every guest volume on the server is in `ws`'s state (others' VMs excepted). */
  async function assertStateCovers(ws: Workspace = e2e.ws, others: ReadonlySet<number> = new Set()): Promise<Array<{ vmid: number; tainted: boolean }>> {
    const inState = stateFileResources(ws)
      .filter((r) => r.type === 'proxmox_vm')
      .map((r) => ({ vmid: Number(r.values.vmid), tainted: r.tainted }));
    const known = new Set(inState.map((r) => r.vmid));
    for (const guest of e2e.sim.vms()) if (!others.has(guest.vmid)) assert.ok(known.has(guest.vmid), `VM ${guest.vmid} on the server is in state`);
    for (const volume of e2e.sim.volumes()) {
      if (volume.vmid !== undefined && !others.has(volume.vmid)) assert.ok(known.has(volume.vmid), `volume ${volume.name} belongs to a VM in state`);
    }
    return inState;
  }

  async function failingApply(): Promise<string> {
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0, 'the apply fails');
    return result.stderr;
  }

  async function converges(): Promise<void> {
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    await assertStateCovers();
  }

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('rides out 5xx answers to reads', async () => {
    e2e.config(vm('a'));
    Object.assign(e2e.sim.faults, { serverErrors: 3, serverErrorStatus: 503, match: /^GET / });
    await e2e.ws.apply();
    assert.equal(e2e.sim.faults.serverErrors, 0, 'the faults were hit');
    await assertStateCovers();
    assert.equal(e2e.sim.vms().length, 1);
  });

  it('fails cleanly when the create itself gets a 5xx, then converges', async () => {
    e2e.config(vm('a') + vm('b'));
    Object.assign(e2e.sim.faults, { serverErrors: 1, match: CREATE });
    assert.match(await failingApply(), /HTTP 503 simulated server failure/);
    await assertStateCovers();
    assert.equal(e2e.sim.vms().length, 1);
    await converges();
    assert.equal(e2e.sim.vms().length, 2);
  });

  it('keeps a VM whose create answer was lost, tainted, and replaces it next time', async () => {
    e2e.config(vm('a') + vm('b') + vm('c'));
    Object.assign(e2e.sim.faults, { dropAnswers: 1, match: CREATE });
    await failingApply();
    const inState = await assertStateCovers();
    assert.equal(e2e.sim.vms().length, 3, 'the lost-answer create happened');
    assert.ok(
      inState.some((r) => r.tainted),
      'the adopted VM is tainted',
    );
    await converges();
    assert.equal(e2e.sim.vms().length, 3);
  });

  it('leaves nothing behind when a clone task fails, then converges', async () => {
    e2e.config(vm('a') + vm('b') + vm('c') + TEMPLATE);
    await e2e.ws.apply();
    e2e.config(vm('a') + vm('b') + vm('c') + TEMPLATE + CLONE);
    Object.assign(e2e.sim.faults, { failTasks: 1, taskMatch: /^qmclone$/, match: undefined });
    assert.match(await failingApply(), /simulated task failure/);
    await assertStateCovers();
    assert.equal(
      e2e.sim.vms().some((g) => g.config.name === 'cloned' || g.config.name?.startsWith('Copy-of')),
      false,
    );
    await converges();
    assert.ok(e2e.sim.vms().some((g) => g.config.name === 'cloned'));
  });

  it('keeps a VM whose start failed, tainted, and converges once starting works', async () => {
    e2e.config(vm('a') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d'));
    Object.assign(e2e.sim.faults, { failTasks: 1, taskMatch: /^qmstart$/ });
    assert.match(await failingApply(), /simulated task failure/);
    const d = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_vm.d');
    assert.ok(d, 'the VM that did not start is in state');
    assert.equal(d.tainted, true);
    assert.equal(d.values.started, false);
    await assertStateCovers();
    await converges();
    assert.equal(e2e.sim.vms().find((g) => g.config.name === 'd')?.status, 'running');
  });

  it('keeps a VM whose create outlived the create timeout, tainted, and converges', async () => {
    e2e.config(vm('a') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d') + vm('slow', 'timeouts {\n    create = "5s"\n  }'));
    // The limit leaves a loaded machine time to send the create before it runs out (the provider
    // runs under terraform, so its clock can't be moved by the test); once sent, the task is held.
    // Every task stays running until the apply has failed: the create outlives its time limit
    // however fast or slow the machine is (no delay racing the provider's timer).
    const release = e2e.sim.holdTasks();
    let output: string;
    try {
      output = await failingApply();
    } finally {
      release();
    }
    // The limit named, whichever wait (a request, a task poll) was under way when it ran out.
    assert.match(output, /create\s+not\s+finished\s+after\s+5000\s+ms\s+\(timeouts\.create\s+=\s+"5s"\)/);
    assert.doesNotMatch(output, /aborted due to timeout/);
    // The create task ends after the apply: wait for it (an explicit signal, not a sleep).
    await Promise.all([...e2e.sim.tasks.values()].map((task) => task.done));
    const slow = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_vm.slow');
    assert.equal(slow?.tainted, true, 'the VM still being created is in state, tainted');
    await assertStateCovers();
    await converges();
  });

  it('waits out a config lock held by another writer', async () => {
    const a = e2e.sim.vms().find((g) => g.config.name === 'a');
    assert.ok(a);
    e2e.config(vm('a', 'cores = 2') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d') + vm('slow'));
    // Longer than the simulator's lock timeout (3 s): the first writer attempt times out and is retried.
    const held = e2e.sim.holdConfigLock(a.vmid, 3500);
    await e2e.ws.apply();
    await held;
    assert.equal(a.config.cores, '2');
    // The apply succeeded: the plan after it is empty, with no second apply first.
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
    await assertStateCovers();
  });

  it("waits for a backup task that holds a VM's lock, then the change lands", async () => {
    const a = e2e.sim.vms().find((g) => g.config.name === 'a');
    assert.ok(a);
    e2e.config(vm('a', 'cores = 3') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d') + vm('slow'));
    let release = (): void => {};
    e2e.sim.holdGuestLockByTask(a.vmid, new Promise<void>((resolve) => (release = resolve)));
    const listedHolders = (): boolean =>
      e2e.sim.requests.some((r) => r.method === 'GET' && r.path === '/nodes/pve/tasks' && r.params.source === 'active' && r.params.vmid === String(a.vmid));
    let settled = false;
    const apply = e2e.ws.apply().finally(() => (settled = true));
    try {
      // The config change was refused "VM is locked (backup)" and the provider found the task: it now waits.
      while (!listedHolders() && !settled) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(listedHolders(), 'the provider looked for the task holding the lock');
      assert.equal(a.config.cores, '2', 'nothing changed while the backup runs');
    } finally {
      release();
    }
    await apply;
    assert.equal(a.config.cores, '3');
    assert.equal(a.config.lock, undefined);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('fails at once on a stale lock, naming the VM, the lock and qm unlock, and keeps the state', async () => {
    const a = e2e.sim.vms().find((g) => g.config.name === 'a');
    assert.ok(a);
    a.config.lock = 'backup';
    e2e.config(vm('a', 'cores = 4') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d') + vm('slow'));
    try {
      const output = (await failingApply()).replace(/\s+/g, ' ');
      assert.match(output, new RegExp(`VM ${a.vmid} on node pve is locked \\(backup\\): no running task on node pve holds this lock`));
      assert.ok(output.includes(`\`qm unlock ${a.vmid}\` on node pve`), output);
      assert.doesNotMatch(output, new RegExp(`VM ${a.vmid}: VM ${a.vmid}`), 'the guest is named once');
      assert.equal(a.config.cores, '3');
      const inState = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_vm.a');
      assert.equal(inState?.values.cores, 3, 'the state keeps the VM as it is');
      assert.equal(inState?.tainted, false);
      await assertStateCovers();
    } finally {
      delete a.config.lock;
    }
    await converges();
    assert.equal(a.config.cores, '4');
  });

  it('runs two applies in parallel on the same node without id clashes or orphans', async () => {
    const mine = new Set(e2e.sim.vms().map((g) => g.vmid));
    const other = proxmoxWorkspace(e2e.sim);
    try {
      other.writeConfig(`${PROXMOX_PROVIDER}\n${vm('p1')}${vm('p2')}${vm('p3')}`);
      await other.init();
      e2e.config(vm('a', 'cores = 4') + vm('b') + vm('c') + TEMPLATE + CLONE + vm('d') + vm('slow') + vm('e') + vm('f'));
      await Promise.all([e2e.ws.apply(), other.apply()]);
      const theirs = new Set(stateFileResources(other).map((r) => Number(r.values.vmid)));
      assert.equal(theirs.size, 3);
      await assertStateCovers(e2e.ws, theirs);
      await assertStateCovers(
        other,
        new Set(
          e2e.sim
            .vms()
            .map((g) => g.vmid)
            .filter((id) => !theirs.has(id)),
        ),
      );
      assert.equal(e2e.sim.vms().length, mine.size + 2 + 3);
      await other.destroy();
    } finally {
      other.cleanup();
    }
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.vms(), []);
    assert.deepEqual(e2e.sim.volumes('local-lvm'), []);
  });
});
