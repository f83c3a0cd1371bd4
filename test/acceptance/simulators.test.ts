// `make acceptance` pointed at the two simulators started as separate processes, as
// docs/acceptance.md's "Trying it on the simulators" does by hand: both tiers, node disks
// included. Run by `make test` so the acceptance cases cannot drift from what the providers read
// back (they are otherwise run only against real servers, by hand).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CliProcess } from '../helpers/cli-process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TRUENAS_KEY = '1-acceptance-key';
const PROXMOX_TOKEN = 'root@pam!acc=00000000-acc-secret';

describe('make acceptance against simulators started as separate processes', () => {
  let truenas: CliProcess;
  let proxmox: CliProcess;
  const urls = { truenas: '', proxmox: '' };
  before(async () => {
    truenas = new CliProcess(['sim', 'truenas', '--port', '0', '--api-key', TRUENAS_KEY, '--no-rate-limit']);
    proxmox = new CliProcess(['sim', 'proxmox', '--port', '0', '--token', PROXMOX_TOKEN, '--task-delay', '5']);
    urls.truenas = (await truenas.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    urls.proxmox = (await proxmox.waitFor(/listening on (https:\/\/127\.0\.0\.1:\d+)/))[1]!;
  });
  after(async () => {
    await Promise.all([truenas?.stop(), proxmox?.stop()]);
  });

  it('runs the safe and disruptive tiers: every case created, updated, replaced, imported, destroyed, nothing left, singletons restored', async () => {
    // Without the runner's NODE_TEST_CONTEXT: the child is a test run of its own, not a file of this one.
    const { NODE_TEST_CONTEXT: _ownRun, ...inherited } = process.env;
    const env = {
      ...inherited,
      TRUEMOX_ACC_TRUENAS_ENDPOINT: urls.truenas,
      TRUEMOX_ACC_TRUENAS_API_KEY: TRUENAS_KEY,
      TRUEMOX_ACC_TRUENAS_POOL: 'tank',
      TRUEMOX_ACC_PROXMOX_ENDPOINT: urls.proxmox,
      TRUEMOX_ACC_PROXMOX_API_TOKEN: PROXMOX_TOKEN,
      TRUEMOX_ACC_PROXMOX_INSECURE: '1',
      TRUEMOX_ACC_PROXMOX_NODE: 'pve',
      TRUEMOX_ACC_PROXMOX_STORAGE: 'local-lvm',
      TRUEMOX_ACC_PROXMOX_CT_TEMPLATE: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      TRUEMOX_ACC_PROXMOX_SPARE_DISK: '/dev/sdb',
      TRUEMOX_ACC_DISRUPTIVE: '1',
    };
    const run = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/acceptance/acceptance.ts'], { cwd: ROOT, env });
    let output = '';
    run.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const [code] = (await once(run, 'exit')) as [number | null];
    assert.equal(code, 0, `make acceptance failed:\n${output.slice(-6000)}`);
    assert.match(output, /^ {4}ok \d+ - runs the safe tier/m);
    assert.match(output, /^ {4}ok \d+ - runs the disruptive tier/m);
    assert.match(output, /^# fail 0$/m);
  });
});
