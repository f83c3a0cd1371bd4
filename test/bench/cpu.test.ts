import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { providerCpuMsIn, reapedChildrenCpuMs, splitCommandCpu } from '../../bench/cpu.js';

const exitLines = [
  '2026-11-23T05:00:00.000Z [INFO]  provider.terraform-provider-truenas_v0.1.0: Provider process exiting: reason="shutdown requested" cpu_ms=120 @module=provider.truenas',
  '2026-11-23T05:00:01.000Z [INFO]  provider.terraform-provider-truenas_v0.1.0: Provider process exiting: reason="shutdown requested" cpu_ms=480 api_calls=2 @module=provider.truenas',
].join('\n');

describe('the CPU split of a terraform command', () => {
  it("reads each provider process's cpu_ms from its exit line", () => {
    assert.deepEqual(providerCpuMsIn(exitLines), [120, 480]);
  });

  it('gives terraform what the command used beyond its providers, only when every provider reported', () => {
    assert.deepEqual(splitCommandCpu(1000, 2000, exitLines, 2), { terraformMs: 400, providersMs: 600 });
    assert.equal(splitCommandCpu(1000, 2000, exitLines, 3), undefined);
    // A start too short for the RSS sampler to see still logged its exit: the split is complete.
    assert.deepEqual(splitCommandCpu(1000, 2000, exitLines, 1), { terraformMs: 400, providersMs: 600 });
    assert.equal(splitCommandCpu(undefined, 2000, exitLines, 2), undefined);
  });

  it('counts the CPU time of a child once it has been reaped', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
    const before = reapedChildrenCpuMs();
    assert.ok(before !== undefined);
    // Busy until it has used 300 ms of CPU itself, however busy the machine is.
    spawnSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 300_000);']);
    const after = reapedChildrenCpuMs();
    assert.ok(after !== undefined && after - before >= 280, `children CPU grew by ${after! - before} ms for a child that used 300 ms`);
  });
});
