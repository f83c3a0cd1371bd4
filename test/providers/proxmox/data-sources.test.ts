// The Proxmox data sources and the ticket read against the simulator in process, as the real
// server answers them: a token without Sys.Audit, a cluster member that is down, storages
// restricted to other nodes, lookups the server refuses, a user with a second factor.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { AttributeError } from '../../../src/framework/diagnostics.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { GIB } from '../../../src/sim/proxmox/state.js';
import { nodeDataSource, nodesDataSource } from '../../../src/providers/proxmox/data-sources/nodes.js';
import { lxcsDataSource, vmDataSource, vmsDataSource } from '../../../src/providers/proxmox/data-sources/vms.js';
import { storageDataSource, storagesDataSource } from '../../../src/providers/proxmox/data-sources/storages.js';
import { storageContentDataSource } from '../../../src/providers/proxmox/data-sources/storage-content.js';
import { filesDataSource } from '../../../src/providers/proxmox/data-sources/files.js';
import { nodeDisksDataSource } from '../../../src/providers/proxmox/data-sources/node-disks.js';
import { hardwareMappingsDataSource } from '../../../src/providers/proxmox/data-sources/hardware-mappings.js';
import { clusterStatusDataSource } from '../../../src/providers/proxmox/data-sources/cluster-status.js';
import { ticketEphemeral, ticketExpiry } from '../../../src/providers/proxmox/ephemeral/ticket.js';

const ROOT = 'root@pam!tf=root-secret';
const NARROW = 'ops@pve!narrow=narrow-secret';

/** An error on `attribute` (the framework reports it there), whose text matches `text`. */
function onAttribute(attribute: string, text: RegExp): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof AttributeError, `an AttributeError, not ${String(error)}`);
    assert.equal(error.message.split(':')[0], attribute);
    assert.match(error.message, text);
    return true;
  };
}

describe('data sources against the server as it answers', () => {
  let sim: ProxmoxSimulator;
  let root: ProxmoxClient;
  let narrow: ProxmoxClient;
  const as = (client: ProxmoxClient) => ({ provider: { client } }) as never;
  const read = <T>(source: { read(ctx: never, config: never): Promise<T> }, client: ProxmoxClient, config: Record<string, unknown>): Promise<T> =>
    source.read(as(client), config as never);
  /** Runs `body` with `node` down. */
  async function withNodeDown(node: string, body: () => Promise<void>): Promise<void> {
    sim.state.offlineNodes.add(node);
    try {
      await body();
    } finally {
      sim.state.offlineNodes.delete(node);
    }
  }

  before(async () => {
    sim = await startProxmoxSimulator({
      tokens: [ROOT, { token: NARROW, privsep: true }],
      users: [{ userid: 'alice@pve', password: 'alice-password' }],
      extraNodes: ['pve2'],
      taskDelayMs: 0,
      authFailureDelayMs: 0,
    });
    // The narrow token may look at guests and storages, but holds no Sys.Audit on the nodes.
    sim.grant('/', 'ops@pve', 'Administrator');
    sim.grant('/vms', 'ops@pve!narrow', 'PVEAuditor');
    sim.grant('/storage', 'ops@pve!narrow', 'PVEDatastoreUser');
    const client = (apiToken: string) => new ProxmoxClient({ endpoint: sim.url, caPem: sim.caPem, apiToken, maxRetries: 0, taskPollMs: 5 });
    root = client(ROOT);
    narrow = client(NARROW);
    // A storage only pve2 may use, holding an ISO.
    sim.state.storages.set('pve2-iso', {
      storage: 'pve2-iso',
      type: 'dir',
      options: { path: '/srv/iso', content: 'iso', nodes: 'pve2' },
      secrets: {},
      capacity: 10 * GIB,
    });
    sim.state.volumes.set('pve2-iso:iso/far.iso', { storage: 'pve2-iso', name: 'iso/far.iso', size: 1024, format: 'iso', content: 'iso' });
    // A template VM on pve2.
    sim.state.guests.set(500, {
      kind: 'qemu',
      vmid: 500,
      node: 'pve2',
      config: { name: 'golden', template: '1', tags: 'base;linux' },
      pending: {},
      pendingDelete: new Set(),
      status: 'stopped',
      snapshots: new Map(),
    });
  });
  after(async () => {
    await root.close();
    await narrow.close();
    await sim.stop();
  });

  it('proxmox_node: a token without Sys.Audit on the node reads it (no /nodes/{node}/status, which would be 403)', async () => {
    const node = await read(nodeDataSource, narrow, { name: 'pve' });
    assert.deepEqual(node, { name: 'pve', status: 'online', cpus: null, memory: null, version: '9.1.3', uptime: null });
    const full = await read(nodeDataSource, root, { name: 'pve' });
    assert.deepEqual([full.cpus, full.version, full.uptime], [8, '9.1.3', 86400]);
  });

  it('proxmox_node and proxmox_nodes: a member that is down reads as offline, without asking it', async () => {
    await withNodeDown('pve2', async () => {
      const node = await read(nodeDataSource, root, { name: 'pve2' });
      assert.deepEqual(node, { name: 'pve2', status: 'offline', cpus: null, memory: null, version: null, uptime: null });
      const nodes = await read(nodesDataSource, root, {});
      assert.deepEqual(
        (nodes.nodes ?? []).map((n) => [n.name, n.status]),
        [
          ['pve', 'online'],
          ['pve2', 'offline'],
        ],
      );
      const cluster = await read(clusterStatusDataSource, root, {});
      assert.deepEqual(
        (cluster.nodes ?? []).map((n) => [n.name, n.online]),
        [
          ['pve', true],
          ['pve2', false],
        ],
      );
      assert.equal(cluster.quorate, false, 'one of two nodes is no majority');
    });
  });

  it('proxmox_vm: a guest on a node that is down has status unknown and no template flag (not false)', async () => {
    const up = await read(vmDataSource, root, { vmid: 500 });
    assert.deepEqual([up.status, up.template, up.name], ['stopped', true, 'golden']);
    await withNodeDown('pve2', async () => {
      const down = await read(vmDataSource, root, { vmid: 500 });
      assert.deepEqual(down, { vmid: 500, node: 'pve2', name: null, status: 'unknown', template: null, tags: ['base', 'linux'] });
    });
  });

  it('proxmox_vms and proxmox_lxcs: an unknown node is an error on `node`, not an empty list; a member that is down still lists its guests', async () => {
    await assert.rejects(read(vmsDataSource, root, { node: 'nope', tags: null, name_regex: null }), onAttribute('node', /The cluster has no node "nope"/));
    await assert.rejects(read(lxcsDataSource, narrow, { node: 'nope', tags: null, name_regex: null }), onAttribute('node', /no node "nope"/));
    await withNodeDown('pve2', async () => {
      const listed = await read(vmsDataSource, root, { node: 'pve2', tags: null, name_regex: null });
      assert.deepEqual(
        (listed.vms as Array<{ vmid: number; status: string }>).map((vm) => [vm.vmid, vm.status]),
        [[500, 'unknown']],
      );
    });
  });

  it('proxmox_storage: an unknown storage is an error on `storage` (the server answers 400), one on another node reads as not enabled', async () => {
    await assert.rejects(read(storageDataSource, root, { node: 'pve', storage: 'nope' }), onAttribute('storage', /storage: No such storage\./));
    const elsewhere = await read(storageDataSource, root, { node: 'pve', storage: 'pve2-iso' });
    assert.deepEqual([elsewhere.enabled, elsewhere.active, elsewhere.total], [false, false, 0]);
    const there = await read(storageDataSource, root, { node: 'pve2', storage: 'pve2-iso' });
    assert.deepEqual([there.enabled, there.active, there.total], [true, true, 10 * GIB]);
    const holdingIso = await read(storagesDataSource, root, { node: 'pve', content: 'iso' });
    assert.deepEqual(
      (holdingIso.storages ?? []).map((s) => s.storage),
      ['local'],
      'with a content type, only storages enabled on the node',
    );
  });

  it('proxmox_files: a storage restricted to other nodes is skipped, not listed (which fails on the real server)', async () => {
    const files = await read(filesDataSource, root, { node: 'pve', content_types: null, storage: null });
    assert.deepEqual(
      (files.files ?? []).map((f) => f.volid),
      ['local:iso/debian-12.7.0-amd64-netinst.iso', 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst'],
    );
    const far = await read(filesDataSource, root, { node: 'pve2', content_types: ['iso'], storage: null });
    assert.ok((far.files ?? []).some((f) => f.volid === 'pve2-iso:iso/far.iso'));
  });

  it('proxmox_storage_content: a storage the node cannot use is an error on `storage`', async () => {
    await assert.rejects(
      read(storageContentDataSource, root, { node: 'pve', storage: 'pve2-iso', content: null }),
      onAttribute('storage', /not available on node 'pve'/),
    );
    await assert.rejects(
      read(storageContentDataSource, root, { node: 'pve', storage: 'nope', content: null }),
      onAttribute('storage', /storage 'nope' does not exist/),
    );
  });

  it('proxmox_node_disks: the serial or WWN udev does not know ("unknown") reads as null', async () => {
    const disks = (await read(nodeDisksDataSource, root, { node: 'pve', unused_only: null })).disks ?? [];
    const qemuDisk = disks.find((d) => d.model === 'QEMU HARDDISK SSD');
    assert.equal(qemuDisk?.wwn, null);
    assert.match(disks.find((d) => d.device === '/dev/sdb')?.wwn ?? '', /^0x5000c500/);
  });

  it('proxmox_hardware_mappings: check_node other than the endpoint node is an error on check_node', async () => {
    await assert.rejects(
      read(hardwareMappingsDataSource, root, { kind: 'pci', check_node: 'pve2' }),
      onAttribute('check_node', /wrong node to check - pve2 != pve/),
    );
    const checked = await read(hardwareMappingsDataSource, root, { kind: 'pci', check_node: 'pve' });
    assert.deepEqual(checked.mappings, []);
  });

  it('proxmox_ticket: a user with a second factor is refused on username (the server answers only a challenge ticket)', async () => {
    const user = sim.state.users.get('alice@pve');
    assert.ok(user);
    user.tfa = true;
    try {
      await assert.rejects(
        ticketEphemeral.open(as(root), { username: 'alice@pve', password: 'alice-password', ticket: null, csrf_token: null, expires_at: null }),
        onAttribute('username', /two-factor authentication/),
      );
    } finally {
      user.tfa = false;
    }
    const opened = await ticketEphemeral.open(as(root), {
      username: 'alice@pve',
      password: 'alice-password',
      ticket: null,
      csrf_token: null,
      expires_at: null,
    });
    assert.equal(opened.result.expires_at, ticketExpiry(opened.result.ticket ?? ''));
    assert.equal(opened.renewAt, undefined, 'a renewed ticket could not reach what holds the first one');
  });

  it('ticketExpiry: two hours after the issue time written in the ticket', () => {
    assert.equal(ticketExpiry('PVE:root@pam:67A0B1C2::c2lnbmF0dXJl'), 0x67a0b1c2 + 7200);
    assert.equal(ticketExpiry('PVE:!tfa!%7B%7D:67A0B1C2::c2ln'), 0x67a0b1c2 + 7200);
    assert.equal(ticketExpiry('not a ticket', 1_000_000), 1000 + 7200);
  });
});
