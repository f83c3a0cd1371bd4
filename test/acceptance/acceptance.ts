// `make acceptance`: the lifecycle harness against real servers named in the environment
// (docs/acceptance.md). Not a `*.test.ts` file: `make test` never reaches outside 127.0.0.1 (it runs
// this file only against the simulators: test/acceptance/simulators.test.ts).
//
//   TRUEMOX_ACC_TRUENAS_ENDPOINT, TRUEMOX_ACC_TRUENAS_API_KEY  [TRUEMOX_ACC_TRUENAS_POOL, _INSECURE]
//   TRUEMOX_ACC_PROXMOX_ENDPOINT, TRUEMOX_ACC_PROXMOX_API_TOKEN [TRUEMOX_ACC_PROXMOX_NODE, _STORAGE, _CT_TEMPLATE, _INSECURE]
//   TRUEMOX_ACC_DISRUPTIVE=1   also the tier that changes singletons (restored afterwards)
//   TRUEMOX_ACC_PROXMOX_SPARE_DISK=/dev/sdX  with the disruptive tier and a node: the node disk
//                              resources on that disk, which they wipe
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { proxmoxClientFor, targetsFromEnv, truenasClientFor } from '../../src/cli/sweep.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import {
  proxmoxDiskCases,
  proxmoxGuestCases,
  proxmoxSafeCases,
  recordService,
  runPrefix,
  truenasDisruptiveCases,
  truenasSafeCases,
  type AcceptanceServers,
} from '../helpers/lifecycle-acceptance.js';
import { proxmoxDisruptive, truenasDisruptive, withRestores, type Restore } from '../helpers/acceptance-disruptive.js';
import { externalCertificate } from '../helpers/certificates.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';

const env = process.env;
const targets = targetsFromEnv(env);
const disruptive = env.TRUEMOX_ACC_DISRUPTIVE === '1';
const prefix = runPrefix();

if (!targets.truenas && !targets.proxmox) {
  throw new Error('make acceptance needs TRUEMOX_ACC_TRUENAS_ENDPOINT and _API_KEY and/or TRUEMOX_ACC_PROXMOX_ENDPOINT and _API_TOKEN (docs/acceptance.md)');
}

/** Provider blocks for the servers under test, settings given explicitly (no ambient TRUENAS_*). */
function providerBlocks(): string {
  const blocks = ['terraform {\n  required_providers {'];
  if (targets.truenas) blocks.push('    truenas = { source = "truemox/truenas" }');
  if (targets.proxmox) blocks.push('    proxmox = { source = "truemox/proxmox" }');
  blocks.push('  }\n}');
  if (targets.truenas) {
    blocks.push(`provider "truenas" {\n  endpoint = ${JSON.stringify(targets.truenas.endpoint)}\n  insecure = ${targets.truenas.insecure}\n}`);
  }
  if (targets.proxmox) {
    blocks.push(`provider "proxmox" {\n  endpoint = ${JSON.stringify(targets.proxmox.endpoint)}\n  insecure = ${targets.proxmox.insecure}\n}`);
  }
  return `${blocks.join('\n')}\n`;
}

/** One line of the run's output per tier: how many cases, steps and import checks it runs, and which. */
function caseSummary(cases: readonly LifecycleCase<AcceptanceServers>[]): string {
  const steps = cases.reduce((sum, c) => sum + c.steps.length, 0);
  const imports = cases.reduce((sum, c) => sum + c.imports.length, 0);
  return `${cases.length} cases, ${steps} steps, ${imports} import checks: ${cases.map((c) => c.name).join(', ')}`;
}

describe(`acceptance against real servers (prefix ${prefix})`, () => {
  const servers: { truenas?: AcceptanceServers['truenas']; proxmox?: AcceptanceServers['proxmox'] } = {};
  let ws: Workspace;

  before(async () => {
    if (targets.truenas) servers.truenas = await truenasClientFor(targets.truenas);
    if (targets.proxmox) servers.proxmox = await proxmoxClientFor(targets.proxmox);
    // Secrets reach the providers through their environment variables, never a file.
    ws = providerWorkspace({
      ...(targets.truenas ? { TRUENAS_API_KEY: targets.truenas.apiKey } : {}),
      ...(targets.proxmox ? { PROXMOX_VE_API_TOKEN: targets.proxmox.apiToken } : {}),
    });
    ws.writeConfig(providerBlocks());
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    servers.truenas?.close();
    await servers.proxmox?.close();
  });

  it('runs the safe tier (guests too when a node and storage are named): create, update, replace, import, destroy, nothing left', async (t) => {
    const cases: LifecycleCase<AcceptanceServers>[] = [
      ...(targets.truenas
        ? truenasSafeCases(prefix, {
            ...(env.TRUEMOX_ACC_TRUENAS_POOL ? { pool: env.TRUEMOX_ACC_TRUENAS_POOL } : {}),
            nvmet: await servers.truenas!.serverAtLeast('25.10'),
            imported: await externalCertificate(`${prefix}.example`),
          })
        : []),
      ...(targets.proxmox ? proxmoxSafeCases(prefix, env.TRUEMOX_ACC_PROXMOX_NODE) : []),
      // Guests need a node and a storage for their disks (a container also a template).
      ...(targets.proxmox && env.TRUEMOX_ACC_PROXMOX_NODE && env.TRUEMOX_ACC_PROXMOX_STORAGE
        ? proxmoxGuestCases(prefix, {
            node: env.TRUEMOX_ACC_PROXMOX_NODE,
            storage: env.TRUEMOX_ACC_PROXMOX_STORAGE,
            ...(env.TRUEMOX_ACC_PROXMOX_CT_TEMPLATE ? { ctTemplate: env.TRUEMOX_ACC_PROXMOX_CT_TEMPLATE } : {}),
          })
        : []),
    ];
    assert.ok(cases.length > 0);
    t.diagnostic(caseSummary(cases));
    await runLifecycles({ ws, providers: providerBlocks(), target: servers }, cases);
  });

  // Registered only when asked for: a server is never disturbed by default. Everything the cases
  // change is recorded before they run and written back afterwards, also when they fail.
  if (disruptive) {
    it('runs the disruptive tier: service settings and singletons changed, then restored as found', async (t) => {
      const restores: Restore[] = [];
      const cases: LifecycleCase<AcceptanceServers>[] = [];
      await withRestores(restores, async () => {
        if (servers.truenas) {
          restores.push(await recordService(servers.truenas, 'iscsitarget'));
          const truenas = await truenasDisruptive(servers.truenas, prefix);
          restores.push(...truenas.restores);
          cases.push(...truenasDisruptiveCases(), ...truenas.cases);
        }
        if (servers.proxmox && env.TRUEMOX_ACC_PROXMOX_NODE) {
          const proxmox = await proxmoxDisruptive(servers.proxmox, prefix, env.TRUEMOX_ACC_PROXMOX_NODE, targets.proxmox?.insecure ?? false);
          restores.push(...proxmox.restores);
          cases.push(...proxmox.cases);
        }
        t.diagnostic(caseSummary(cases));
        await runLifecycles({ ws, providers: providerBlocks(), target: servers }, cases);
        // One disk holds one pool, volume group or directory at a time: one case after another.
        const spare = env.TRUEMOX_ACC_PROXMOX_SPARE_DISK;
        if (servers.proxmox && env.TRUEMOX_ACC_PROXMOX_NODE && spare) {
          const diskCases = proxmoxDiskCases(prefix, env.TRUEMOX_ACC_PROXMOX_NODE, spare);
          t.diagnostic(`on ${spare}, one after another: ${caseSummary(diskCases)}`);
          for (const diskCase of diskCases) {
            await runLifecycles({ ws, providers: providerBlocks(), target: servers }, [diskCase]);
          }
        }
      });
    });
  }
});
