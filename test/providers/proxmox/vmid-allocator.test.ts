// The VM id allocator: /cluster/nextid reserves nothing, so parallel creates in one provider
// process must each get their own id, and a random range must stay in range and skip taken ids.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVmidRange, VmidAllocator, type NextIdSource } from '../../../src/providers/proxmox/shared/vmid-allocator.js';

/** A server like PVE: nextid answers the lowest free id and reserves nothing; with a vmid it checks it. */
function fakeServer(taken: Iterable<number> = []): NextIdSource & { taken: Set<number>; calls: number } {
  const server = {
    taken: new Set(taken),
    calls: 0,
    async nextId(vmid?: number): Promise<number> {
      server.calls++;
      await Promise.resolve();
      if (vmid !== undefined) {
        if (server.taken.has(vmid)) throw new Error(`HTTP 400 Parameter verification failed.; vmid: VM ${vmid} already exists`);
        return vmid;
      }
      let id = 100;
      while (server.taken.has(id)) id++;
      return id;
    },
  };
  return server;
}

describe('VM id allocator', () => {
  it('gives thirty concurrent creates thirty different ids although nextid answers the same to all', async () => {
    const server = fakeServer([100, 101]);
    const allocator = new VmidAllocator(server);
    const ids = await Promise.all(Array.from({ length: 30 }, () => allocator.allocate()));
    assert.equal(new Set(ids).size, 30);
    assert.ok(
      ids.every((id) => id >= 102),
      JSON.stringify(ids),
    );
  });

  it('skips ids another client holds and hands a released id out again', async () => {
    const server = fakeServer([100]);
    const allocator = new VmidAllocator(server);
    const first = await allocator.allocate();
    server.taken.add(102);
    const second = await allocator.allocate();
    assert.deepEqual([first, second], [101, 103]);
    allocator.release(first);
    assert.equal(await allocator.allocate(), 101);
  });

  it('never hands out an id the user gave another create that is still running', async () => {
    const allocator = new VmidAllocator(fakeServer());
    allocator.hold(100);
    assert.equal(await allocator.allocate(), 101);
  });

  it('draws from the random range, skipping taken and in-flight ids', async () => {
    const draws = [0, 0, 0.5, 0.99];
    const server = fakeServer([10000]);
    const allocator = new VmidAllocator(server, { min: 10000, max: 10009 }, () => draws.shift() ?? 0.3);
    const a = await allocator.allocate(); // 10000 taken, 10000 again, then 10005
    const b = await allocator.allocate(); // 10009
    assert.deepEqual([a, b], [10005, 10009]);
  });

  it('says so when no id is free', async () => {
    const allocator = new VmidAllocator(fakeServer([200, 201]), { min: 200, max: 201 });
    await assert.rejects(allocator.allocate(), /No free VM id found in vmid_range 200-201/);
    // A failed allocation does not block the next one.
    await assert.rejects(allocator.allocate(), /No free VM id/);
  });

  it('parses vmid_range', () => {
    assert.deepEqual(parseVmidRange('10000-99999'), { min: 10000, max: 99999 });
    for (const bad of ['99-200', '500-400', '100', 'a-b', '100-1000000000']) assert.equal(parseVmidRange(bad), undefined, bad);
  });
});
