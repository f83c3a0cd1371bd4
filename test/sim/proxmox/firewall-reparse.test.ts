// What pve-firewall's .fw parser does to values on the next read, as the simulator models it:
// comments trimmed (a blank rule comment not written), an alias's /32 or /128 dropped, an empty
// nf_conntrack_helpers line dropped (PVE/Firewall.pm `parse_fw_rule`, `parse_alias`,
// `parse_ip_or_cidr`, `parse_hostfw_option`, `$format_rules`).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall } from './pve-raw.js';

const ROOT = 'root@pam!tf=root-secret';
const sim: ProxmoxSimulator = await startProxmoxSimulator({ tokens: [ROOT], authFailureDelayMs: 0 });
after(() => sim.stop());

test('rule comments read back trimmed; a blank one is gone', async () => {
  for (const comment of ['  web  ', ' \t']) {
    const created = await pveCall(sim, ROOT, 'POST', '/cluster/firewall/rules', { type: 'in', action: 'ACCEPT', comment });
    assert.equal(created.status, 200, created.message);
  }
  assert.deepEqual(
    sim.state.firewall.cluster.rules.map((r) => r.comment),
    [undefined, 'web'],
  );
});

test('alias addresses lose a full-length prefix, comments are trimmed', async () => {
  const v4 = await pveCall(sim, ROOT, 'POST', '/cluster/firewall/aliases', { name: 'host4', cidr: '10.0.0.5/32', comment: 'a host ' });
  assert.equal(v4.status, 200, v4.message);
  const v6 = await pveCall(sim, ROOT, 'POST', '/cluster/firewall/aliases', { name: 'host6', cidr: 'fd00::5/128' });
  assert.equal(v6.status, 200, v6.message);
  const net = await pveCall(sim, ROOT, 'POST', '/cluster/firewall/aliases', { name: 'net', cidr: '10.0.0.5/24' });
  assert.equal(net.status, 200, net.message);
  const { aliases } = sim.state.firewall.cluster;
  assert.deepEqual(aliases.get('host4'), { name: 'host4', cidr: '10.0.0.5', comment: 'a host' });
  assert.equal(aliases.get('host6')?.cidr, 'fd00::5');
  assert.equal(aliases.get('net')?.cidr, '10.0.0.5/24');
});

test('IP set, entry and security group comments are trimmed', async () => {
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/firewall/ipset', { name: 'lab', comment: ' lab ' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/firewall/ipset/lab', { cidr: '10.1.0.0/16', comment: 'net ' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/firewall/groups', { group: 'web', comment: ' web' })).status, 200);
  const { ipsets, groups } = sim.state.firewall.cluster;
  assert.equal(ipsets.get('lab')?.comment, 'lab');
  assert.equal(ipsets.get('lab')?.entries[0]?.comment, 'net');
  assert.equal(groups.get('web')?.comment, 'web');
});

test('an empty nf_conntrack_helpers does not re-parse and reads back absent', async () => {
  const set = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/firewall/options', { nf_conntrack_helpers: '', tcpflags: 1 });
  assert.equal(set.status, 200, JSON.stringify(set.errors));
  assert.deepEqual(sim.state.firewall.hosts.get('pve')?.options, { tcpflags: '1' });
});
