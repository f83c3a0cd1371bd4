// `truemox sim proxmox`: prints its endpoint, serves the token it was given, stops on SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';

const MAIN = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
const TOKEN = 'root@pam!cli=cli-secret';
const IQN = 'iqn.2005-10.org.freenas.ctl:cli';

test('the CLI starts the simulator, prints its URL, and stops cleanly on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'sim', 'proxmox', '--port', '0', '--token', TOKEN, '--task-delay', '5', '--iscsi-lun', `${IQN},0,1073741824`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = /listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
  assert.ok(!stdout.includes('cli-secret'), 'the token secret is not printed');
  const client = new ProxmoxClient({ endpoint: url, apiToken: TOKEN, insecure: true });
  assert.equal((await client.cluster.version()).release, '9.1');
  await client.qemu.create('pve', { vmid: 100, name: 'from-cli' });
  await client.storage.create('san', 'iscsi', { portal: '127.0.0.1', target: IQN, content: 'images' });
  const luns = await client.storage.content('pve', 'san');
  assert.deepEqual(
    luns.map((v) => [v.volid.replace(/scsi-.*/, 'scsi-…'), v.size]),
    [['san:0.0.0.scsi-…', 1073741824]],
  );
  await client.close();
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0);
  assert.match(stdout, /stopped/);
});
