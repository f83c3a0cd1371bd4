// A file written by a task (proxmox_download_file: `download`, proxmox_file: `imgcopy`) whose
// request's answer is lost or whose task outlives the resource's wait: the file appears only when
// the task ends, so the provider finds the running task in the node's active task list, waits for
// it and records the file it made (the create fails: terraform keeps it tainted); a failed task
// leaves nothing. The simulator holds the task (holdTasks) until the provider is seen waiting for
// it, whatever the machine's speed.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { downloadFileResource } from '../../../src/providers/proxmox/resources/download-file.js';
import { fileResource } from '../../../src/providers/proxmox/resources/file.js';
import { defaultFaults } from '../../../src/sim/proxmox/faults.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { operationContext, recordingContext } from './in-process.js';

const DOWNLOAD = {
  id: null,
  node: 'pve',
  storage: 'local',
  content: 'iso',
  url: 'https://mirror.example.test/debian/lost.iso',
  file_name: 'lost.iso',
  checksum: null,
  checksum_algorithm: null,
  decompression_algorithm: null,
  verify_certificates: true,
  overwrite: true,
  overwrite_unmanaged: false,
  volume_id: null,
  size: null,
};
const UPLOAD = {
  id: null,
  node: 'pve',
  storage: 'local',
  content: 'iso',
  file_name: 'upload.iso',
  source_file: null,
  source_content: 'uploaded bytes',
  content_sha256: null,
  overwrite_unmanaged: false,
  volume_id: null,
  size: null,
};

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => Object.assign(h.sim.faults, defaultFaults()));

/**
 * Resolves once the client has polled the status of a task of `type` (the provider is waiting
 * for it), or once `operation` has settled without doing so.
 */
async function polledTask(type: string, operation: Promise<unknown>): Promise<string> {
  let settled = false;
  void operation.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    const polled = h.sim.requests.find(
      (r) => r.method === 'GET' && r.template === '/nodes/{node}/tasks/{upid}/status' && (r.params.upid ?? '').split(':')[5] === type,
    );
    if (polled !== undefined) return polled.params.upid ?? '';
    await new Promise((resolve) => setImmediate(resolve));
  }
  return '';
}

type Create = (ctx: never, plan: never) => Promise<unknown>;

describe('a file task whose answer was lost', () => {
  for (const [name, create, plan, route, type, volume] of [
    ['proxmox_download_file', downloadFileResource.create as Create, DOWNLOAD, /download-url$/, 'download', 'local:iso/lost.iso'],
    ['proxmox_file', fileResource.create as Create, UPLOAD, /\/upload$/, 'imgcopy', 'local:iso/upload.iso'],
  ] as const) {
    it(`${name}: the running task is found and awaited, and the file it made is recorded`, async () => {
      h.sim.requests.length = 0;
      const { ctx, saved } = recordingContext(h.client);
      const release = h.sim.holdTasks();
      Object.assign(h.sim.faults, { dropAnswers: 1, match: route });
      const created = create(ctx, plan as never);
      void polledTask(type, created).then(release);
      await assert.rejects(created, /its task made it: it is kept in state, tainted/);
      assert.equal(h.sim.faults.dropAnswers, 0, 'the fault was hit');
      const size = h.sim.state.volumes.get(volume)?.size;
      assert.ok(size !== undefined, 'the task wrote the file');
      assert.equal(saved.length, 1);
      assert.deepEqual([(saved[0] as { volume_id: string }).volume_id, (saved[0] as { size: number }).size], [volume, size]);
      h.sim.state.volumes.delete(volume);
    });

    it(`${name}: a task that fails leaves nothing to record`, async () => {
      h.sim.requests.length = 0;
      const { ctx, saved } = recordingContext(h.client);
      const release = h.sim.holdTasks();
      Object.assign(h.sim.faults, { dropAnswers: 1, match: route, failTasks: 1, taskMatch: new RegExp(`^${type}$`) });
      const created = create(ctx, plan as never);
      void polledTask(type, created).then(release);
      await assert.rejects(created, (error: Error) => !/kept in state/.test(error.message));
      assert.equal(h.sim.state.volumes.has(volume), false);
      assert.deepEqual(saved, []);
    });
  }
});

describe('a download that outlives the wait', () => {
  it('is recorded while its task runs, kept by a refresh until it ends, and a delete waits for it', async () => {
    h.sim.requests.length = 0;
    const { ctx, saved } = recordingContext(h.client);
    const limit = new AbortController();
    Object.assign(ctx, { signal: limit.signal, timeoutMs: 60_000 });
    const release = h.sim.holdTasks();
    const created = downloadFileResource.create(ctx, DOWNLOAD as never);
    // The resource's time limit runs out while the provider waits for the held task.
    void polledTask('download', created).then(() => limit.abort(new DOMException('The operation timed out', 'TimeoutError')));
    await assert.rejects(created, /is still writing it: it is kept in state, tainted/);
    assert.equal(saved.length, 1);
    const recorded = saved[0] as typeof DOWNLOAD;
    assert.deepEqual([recorded.volume_id, recorded.size], ['local:iso/lost.iso', null]);
    assert.equal(h.sim.state.volumes.has('local:iso/lost.iso'), false, 'not yet there');
    // The refresh of the next plan: the task still runs, so the file is not gone.
    assert.deepEqual(await downloadFileResource.read(operationContext(h.client), recorded as never), recorded);
    // Replacing the tainted file: the delete waits for the task, so the file does not come back after it.
    h.sim.requests.length = 0;
    const deleted = downloadFileResource.delete(operationContext(h.client), recorded as never);
    await polledTask('download', deleted);
    release();
    await deleted;
    assert.equal(h.sim.state.volumes.has('local:iso/lost.iso'), false, 'removed after the task ended');
  });
});
