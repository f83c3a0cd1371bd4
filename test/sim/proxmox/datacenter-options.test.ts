// `/cluster/options` as pve-cluster src/PVE/DataCenterConfig.pm writes and reads datacenter.cfg:
// bwlimit stays a string, the description comes back as comment lines, applet as html5, a
// default MAC prefix is not stored (the reader fills it in), and each PUT key replaces the whole value.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 1, authFailureDelayMs: 0 });
});
after(() => sim.stop());

async function options(): Promise<Record<string, unknown>> {
  const answer = await pveCall(sim, ROOT, 'GET', '/cluster/options');
  assert.equal(answer.status, 200, answer.message);
  return answer.data as Record<string, unknown>;
}

async function set(params: Record<string, string>): Promise<void> {
  const answer = await pveCall(sim, ROOT, 'PUT', '/cluster/options', params);
  assert.equal(answer.status, 200, answer.message);
}

test('an empty datacenter.cfg reads as an empty description and the default MAC prefix', async () => {
  assert.deepEqual(await options(), { description: '', mac_prefix: 'BC:24:11' });
});

test('bwlimit is returned as written; migration and tag-style as objects', async () => {
  await set({ bwlimit: 'migration=1000,restore=500', migration: 'insecure,network=10.0.0.0/24', 'tag-style': 'shape=circle,color-map=prod:ff0000' });
  const read = await options();
  assert.equal(read.bwlimit, 'migration=1000,restore=500');
  assert.deepEqual(read.migration, { type: 'insecure', network: '10.0.0.0/24' });
  assert.deepEqual(read['tag-style'], { shape: 'circle', 'color-map': 'prod:ff0000' });
  await set({ 'tag-style': 'ordering=config' });
  assert.deepEqual((await options())['tag-style'], { ordering: 'config' }, 'a key is replaced whole');
  await set({ delete: 'bwlimit,migration,tag-style' });
});

test('description, console and mac_prefix read back as the server stores them', async () => {
  await set({ description: 'Lab datacenter', console: 'applet', mac_prefix: 'bc:24:11' });
  assert.deepEqual(await options(), { description: 'Lab datacenter\n', console: 'html5', mac_prefix: 'BC:24:11' });
  assert.equal(sim.state.datacenter.options.mac_prefix, undefined, 'the default prefix is not written');
  await set({ description: '\nfirst\n\nsecond\n\n\n', mac_prefix: 'aa:bb' });
  assert.deepEqual(await options(), { description: '\nfirst\n\nsecond\n', console: 'html5', mac_prefix: 'aa:bb' });
  await set({ delete: 'description,console,mac_prefix' });
  assert.deepEqual(await options(), { description: '', mac_prefix: 'BC:24:11' });
});
