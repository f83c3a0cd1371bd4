// examples/cdktf: the homelab built with the typed CDKTF constructs, synthesized in-process
// (no cdktf CLI), then the synthesized JSON run by the real terraform against both simulators:
// init, apply (the VM attaching the LUN the simulator presents), an empty second plan, destroy.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { App, type TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import * as bindings from 'truemox/cdktf';
import { startSimulators, type RunningSimulators } from '../../src/demo/simulators.js';
import { providerWorkspace } from '../helpers/providers.js';

/** The constructs the example uses, by binding namespace and module. */
const NEEDED: ReadonlyArray<readonly [keyof typeof bindings, string]> = [
  ['truenas', 'zvol'],
  ['truenas', 'iscsiTarget'],
  ['truenas', 'iscsiExtent'],
  ['truenas', 'iscsiTargetextent'],
  ['proxmox', 'storage'],
  ['proxmox', 'vm'],
  ['proxmox', 'dataProxmoxStorageContent'],
];

const stackFile = fileURLToPath(new URL('../../examples/cdktf/homelab.ts', import.meta.url));
// Imported as `.js`: tsx finds the `.ts` source; `make test` runs the compiled copy (scripts/build-tests.mjs).
const stackModule = new URL('../../examples/cdktf/homelab.js', import.meta.url).href;

type StackClass = new (scope: Construct, id: string) => TerraformStack;

describe('examples/cdktf homelab stack', () => {
  let simulators: RunningSimulators | undefined;
  const cleanups: (() => void)[] = [];
  after(async () => {
    cleanups.forEach((cleanup) => cleanup());
    await simulators?.stop();
  });

  it('synthesizes without the cdktf CLI and terraform applies it, plans nothing more, destroys it', async () => {
    const missing = NEEDED.filter(([ns, module]) => !(module in bindings[ns])).map(([ns, module]) => `${ns}.${module}`);
    assert.deepEqual(missing, [], `the providers do not have these resources yet (run \`make cdktf\` once they do): ${missing.join(', ')}`);
    assert.ok(existsSync(stackFile), 'examples/cdktf/homelab.ts is missing');
    // Imported by path: the stack compiles only once the bindings have every construct above.
    const { HomelabStack } = (await import(stackModule)) as { HomelabStack: StackClass };

    const outdir = mkdtempSync(join(tmpdir(), 'truemox-cdktf-out-'));
    cleanups.push(() => rmSync(outdir, { recursive: true, force: true }));
    const app = new App({ outdir });
    new HomelabStack(app, 'homelab');
    app.synth();
    const synthesized = join(outdir, 'stacks', 'homelab', 'cdk.tf.json');
    assert.ok(existsSync(synthesized), 'app.synth() wrote the stack');

    simulators = await startSimulators();
    const ws = providerWorkspace(simulators.env);
    cleanups.push(() => ws.cleanup());
    copyFileSync(synthesized, join(ws.configDir, 'cdk.tf.json'));

    await ws.init();
    await ws.apply();
    const types = (await ws.resources()).map((r) => r.type).sort();
    for (const type of ['proxmox_storage', 'proxmox_vm', 'truenas_iscsi_extent', 'truenas_iscsi_target', 'truenas_iscsi_targetextent', 'truenas_zvol']) {
      assert.ok(types.includes(type), `${type} is in state (have ${types.join(', ')})`);
    }
    assert.match(String(await ws.output('lun_volume')), /^truenas-iscsi:0\.0\.0\.scsi-/, 'the VM attached the LUN');
    const second = await ws.planHasChanges();
    assert.equal(second.changes, false, `the second plan is empty:\n${second.output}`);
    await ws.destroy();
    assert.deepEqual(await ws.resources(), []);
  });
});
