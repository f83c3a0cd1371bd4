// Every truenas resource kind through the real terraform against the simulator, on the lifecycle
// harness: one working directory, one `terraform init`, and five steps shared by all cases
//   1 create   2 update in place (server spellings plan nothing; a zvol deleted outside comes back)
//   3 replace (and a zvol an extent still exports is refused its delete)
//   4 drift and deletion made on the server, corrected   5 objects made out of band, imported
// then every resource is imported into a fresh state and compared, destroyed, and the server
// holds nothing the test made. Bad configuration and bad import ids fail first, in two runs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { keyMatches } from '../../src/sim/truenas/dataset-encryption.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import {
  assertBlames,
  expectFailure,
  heldOf,
  planBlock,
  startTrueNASE2e,
  stepState,
  stepValues,
  TRUENAS_PROVIDER,
  type TrueNASE2e,
} from '../providers/truenas/harness.js';

const GiB = 1024 ** 3;

function simDataset(sim: TrueNASSimulator, name: string) {
  const found = sim.state.datasets.get(name);
  assert.ok(found, `${name} exists in the simulator`);
  return found;
}

// --- truenas_dataset and truenas_snapshot -------------------------------------------------

function datasetConfig(
  f: {
    compression?: string;
    recordsize?: string;
    quota?: string;
    atime?: boolean;
    snapshot?: string;
    extra?: string;
    keyVersion?: number;
    /** Compression inherited from the parent (`inherit`) rather than set. */
    inheritCompression?: boolean;
  } = {},
): string {
  return `
resource "truenas_dataset" "parent" {
  name = "tank/apps"
}
resource "truenas_dataset" "vault" {
  name                  = "tank/vault"
  encryption            = true
  encryption_algorithm  = "AES-128-GCM"
  passphrase_wo         = "vault-passphrase-${f.keyVersion ?? 1}"
  encryption_wo_version = ${f.keyVersion ?? 1}
}
resource "truenas_dataset" "vault_docs" {
  name = "\${truenas_dataset.vault.name}/docs"
}
resource "truenas_dataset" "media" {
  name        = "\${truenas_dataset.parent.name}/media"
  ${f.inheritCompression ? 'inherit     = ["compression"]' : `compression = "${f.compression ?? 'zstd'}"`}
  recordsize  = "${f.recordsize ?? '1M'}"
  quota       = provider::truenas::parse_size("${f.quota ?? '10G'}")
  atime       = ${f.atime ?? false}
  comments    = "films"
}
resource "truenas_snapshot" "media" {
  dataset = truenas_dataset.media.name
  name    = "${f.snapshot ?? 'first'}"
}
${f.extra ?? ''}`;
}

const datasetUpdated = { compression: 'gzip-9', quota: '20G', atime: true, recordsize: '1024K', keyVersion: 2 };
const datasetImports = `
import {
  to = truenas_dataset.old
  id = "tank/old"
}
resource "truenas_dataset" "old" {
  name        = "tank/old"
  compression = "zstd"
}
import {
  to = truenas_snapshot.keep
  id = "tank/old@keep"
}
resource "truenas_snapshot" "keep" {
  dataset = truenas_dataset.old.name
  name    = "keep"
}
import {
  to = truenas_snapshot.deep
  id = "tank/apps@deep"
}
resource "truenas_snapshot" "deep" {
  dataset   = truenas_dataset.parent.name
  name      = "deep"
  recursive = true
  # destroyed before the child dataset, whose @deep snapshot it takes along
  depends_on = [truenas_dataset.media]
}`;

const datasetCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas_dataset and truenas_snapshot',
  steps: [
    {
      config: datasetConfig(),
      expect: {
        'truenas_dataset.parent': 'create',
        'truenas_dataset.media': 'create',
        'truenas_snapshot.media': 'create',
        'truenas_dataset.vault': 'create',
        'truenas_dataset.vault_docs': 'create',
      },
      async check(context) {
        const sim = context.target;
        const vault = await stepValues(context, 'truenas_dataset.vault');
        assert.deepEqual([vault.encrypted, vault.key_format, vault.encryption_algorithm, vault.locked], [true, 'PASSPHRASE', 'AES-128-GCM', false]);
        assert.equal(vault.passphrase_wo, null, 'the write-only passphrase is not in state');
        assert.ok(keyMatches(simDataset(sim, 'tank/vault'), 'vault-passphrase-1'));
        const docs = await stepValues(context, 'truenas_dataset.vault_docs');
        assert.deepEqual([docs.encryption, docs.encrypted, docs.encryption_root], [false, true, 'tank/vault'], 'the child inherits the encryption root');
        const parent = await stepValues(context, 'truenas_dataset.parent');
        assert.equal(parent.compression, 'lz4', 'unset properties read back as inherited from the pool');
        assert.equal(parent.mountpoint, '/mnt/tank/apps');
        const media = await stepValues(context, 'truenas_dataset.media');
        assert.equal(media.recordsize, '1M');
        assert.equal(media.quota, 10 * GiB);
        assert.equal(media.atime, false);
        assert.equal(simDataset(sim, 'tank/apps/media').props['compression'], 'zstd');
        assert.equal(simDataset(sim, 'tank/apps').props['compression'], undefined, 'nothing set locally on the parent');
        assert.equal((await stepValues(context, 'truenas_snapshot.media')).id, 'tank/apps/media@first');
        assert.ok(sim.state.snapshots.has('tank/apps/media@first'));
      },
    },
    {
      config: datasetConfig(datasetUpdated),
      expect: { 'truenas_dataset.media': 'update', 'truenas_dataset.vault': 'update' },
      check({ target: sim, plan }) {
        assert.doesNotMatch(planBlock(plan, 'truenas_dataset.media'), /recordsize/, 'the server spelling 1024K of 1M plans nothing');
        assert.ok(keyMatches(simDataset(sim, 'tank/vault'), 'vault-passphrase-2'), 'a new encryption_wo_version re-keys in place (change_key)');
        assert.doesNotMatch(plan, /vault-passphrase/, 'the passphrase is never shown');
        const media = simDataset(sim, 'tank/apps/media');
        assert.equal(media.props['compression'], 'gzip-9');
        assert.equal(media.props['quota'], String(20 * GiB));
        assert.equal(media.props['atime'], 'on');
      },
    },
    {
      config: datasetConfig({ ...datasetUpdated, snapshot: 'second' }),
      expect: { 'truenas_snapshot.media': 'replace' },
      check({ target: sim }) {
        assert.deepEqual(sim.state.inventory().snapshots, ['tank/apps/media@second']);
      },
    },
    {
      config: datasetConfig({ ...datasetUpdated, snapshot: 'second' }),
      expect: { 'truenas_dataset.media': 'update', 'truenas_snapshot.media': 'create' },
      prepare({ target: sim }) {
        simDataset(sim, 'tank/apps/media').props['compression'] = 'off';
        sim.state.snapshots.delete('tank/apps/media@second');
      },
      check({ target: sim, plan }) {
        assert.match(plan, /~ compression\s+= "off" -> "gzip-9"/);
        assert.equal(simDataset(sim, 'tank/apps/media').props['compression'], 'gzip-9');
        assert.ok(sim.state.snapshots.has('tank/apps/media@second'));
      },
    },
    {
      config: datasetConfig({ ...datasetUpdated, snapshot: 'second', extra: datasetImports }),
      prepare({ target: { state } }) {
        state.datasets.set('tank/old', {
          name: 'tank/old',
          type: 'FILESYSTEM',
          props: { compression: 'zstd' },
          user: {},
          written: 0,
          createtxg: state.nextTxg(),
        });
        state.snapshots.set('tank/old@keep', {
          dataset: 'tank/old',
          snapshotName: 'keep',
          createtxg: state.nextTxg(),
          creation: Date.now(),
          referenced: 0,
          user: {},
        });
        // A recursive snapshot (zfs snapshot -r): the same name on the dataset and every descendant.
        const deepTxg = state.nextTxg();
        for (const dataset of ['tank/apps', 'tank/apps/media'])
          state.snapshots.set(`${dataset}@deep`, { dataset, snapshotName: 'deep', createtxg: deepTxg, creation: Date.now(), referenced: 0, user: {} });
      },
      async check(context) {
        for (const address of ['truenas_dataset.old', 'truenas_snapshot.keep', 'truenas_snapshot.deep']) {
          assert.match(context.plan, new RegExp(`# ${address.replace('.', '\\.')} will be imported`));
        }
        assert.equal((await stepValues(context, 'truenas_snapshot.deep')).recursive, true, 'import learns recursive, which forces replacement');
      },
    },
    {
      // Compression set locally goes back to inheriting: the plan cannot know the inherited
      // value, the apply reads the parent's, and the plan after it is empty.
      config: datasetConfig({ ...datasetUpdated, snapshot: 'second', extra: datasetImports, inheritCompression: true }),
      expect: { 'truenas_dataset.media': 'update' },
      async check(context) {
        assert.match(planBlock(context.plan, 'truenas_dataset.media'), /~ compression\s+= "gzip-9" -> \(known after apply\)/);
        assert.equal(simDataset(context.target, 'tank/apps/media').props['compression'], undefined, 'nothing set locally');
        const media = await stepValues(context, 'truenas_dataset.media');
        assert.deepEqual([media.compression, media.inherit], ['lz4', ['compression']]);
      },
    },
  ],
  imports: [
    { address: 'truenas_dataset.parent' },
    // A refresh keeps the listed names the server does not set locally; an import lists none.
    { address: 'truenas_dataset.media', unreadable: ['inherit'] },
    { address: 'truenas_dataset.old' },
    { address: 'truenas_dataset.vault', unreadable: ['encryption_wo_version'] },
    { address: 'truenas_dataset.vault_docs' },
    { address: 'truenas_snapshot.media' },
    { address: 'truenas_snapshot.keep' },
    { address: 'truenas_snapshot.deep' },
  ],
  leftovers: (sim) => heldOf(sim, ['datasets', 'snapshots']),
};

// --- truenas_zvol ---------------------------------------------------------------------------

function zvolConfig(f: { size?: string; blocksize?: string; compression?: string; allowShrink?: boolean; spare?: boolean; extra?: string } = {}): string {
  return `
resource "truenas_zvol" "disk" {
  name        = "tank/disk0"
  volsize     = provider::truenas::parse_size("${f.size ?? '2G'}")
  compression = "${f.compression ?? 'lz4'}"
  comments    = "boot disk"
  ${f.blocksize ? `volblocksize = "${f.blocksize}"` : ''}
  ${f.allowShrink ? 'allow_shrink = true' : ''}
}
output "zvol_size" { value = provider::truenas::format_size(truenas_zvol.disk.volsize) }
${
  f.spare === false
    ? ''
    : `resource "truenas_zvol" "spare" {
  name    = "tank/spare"
  volsize = provider::truenas::parse_size("64M")
}`
}
${f.extra ?? ''}`;
}

const zvolReplaced = { size: '1G', allowShrink: true, blocksize: '64K', spare: false };
const zvolImports = `
import {
  to = truenas_zvol.imported1
  id = "tank/imported1"
}
resource "truenas_zvol" "imported1" {
  name    = "tank/imported1"
  volsize = 1073741824
}
import {
  to = truenas_zvol.imported2
  id = "tank/imported2"
}
resource "truenas_zvol" "imported2" {
  name    = "tank/imported2"
  volsize = 1073741824
}`;

/** An iSCSI extent made outside terraform, exporting `zvol`. */
function outsideExtent(sim: TrueNASSimulator, zvol: string) {
  return sim.state.extents.insert({
    name: 'outside-extent',
    type: 'DISK',
    path: `zvol/${zvol}`,
    filesize: '0',
    serial: 'abc',
    blocksize: 512,
    pblocksize: false,
    avail_threshold: null,
    comment: '',
    naa: '0x1',
    insecure_tpc: true,
    xen: false,
    rpm: 'SSD',
    ro: false,
    enabled: true,
    vendor: 'TrueNAS',
  });
}

const zvolCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas_zvol',
  steps: [
    {
      config: zvolConfig(),
      expect: { 'truenas_zvol.disk': 'create', 'truenas_zvol.spare': 'create' },
      async check(context) {
        const state = await stepValues(context, 'truenas_zvol.disk');
        assert.equal(state.id, 'tank/disk0');
        assert.equal(state.volsize, 2 * GiB);
        assert.equal(state.volblocksize, '16K');
        assert.equal(state.compression, 'lz4');
        assert.equal(state.device_path, '/dev/zvol/tank/disk0');
        assert.equal(state.used, 2 * GiB);
        assert.equal(typeof state.available, 'number');
        assert.equal(simDataset(context.target, 'tank/disk0').props['compression'], 'lz4');
        assert.equal(await context.ws.output('zvol_size'), '2G');
      },
    },
    {
      // Grows in place; the server's spellings of the compression and block size plan nothing.
      config: zvolConfig({ size: '4G', compression: 'LZ4', blocksize: '16384' }),
      expect: { 'truenas_zvol.disk': 'update', 'truenas_zvol.spare': 'create' },
      prepare({ target: sim }) {
        sim.state.datasets.delete('tank/spare');
      },
      check({ target: sim, plan }) {
        const disk = planBlock(plan, 'truenas_zvol.disk');
        assert.match(disk, /~ volsize\s+= 2147483648 -> 4294967296/);
        assert.doesNotMatch(disk, /compression|volblocksize/);
        assert.equal(simDataset(sim, 'tank/disk0').props['volsize'], String(4 * GiB));
        assert.ok(simDataset(sim, 'tank/spare'), 'the zvol deleted outside terraform was made again');
      },
    },
    {
      config: zvolConfig(zvolReplaced),
      expect: { 'truenas_zvol.disk': 'replace' },
      async prepare({ target: sim, ws }) {
        // The spare leaves the configuration while an extent made outside terraform exports it.
        const extent = outsideExtent(sim, 'tank/spare');
        const output = await expectFailure(ws, ['apply', '-auto-approve', '-input=false', '-target=truenas_zvol.spare']);
        assert.match(
          output,
          new RegExp(
            `zvol tank/spare is still used by iSCSI extent "outside-extent"\\s+\\(id\\s+${extent.id}\\):\\s+TrueNAS would\\s+delete it\\s+together with the zvol`,
          ),
        );
        assert.ok(sim.state.datasets.has('tank/spare'), 'the zvol is still there');
        assert.ok(sim.state.extents.get(extent.id), 'and so is the extent');
        assert.ok(
          (await ws.resources()).some((r) => r.address === 'truenas_zvol.spare'),
          'and it stays in state',
        );
        sim.state.extents.delete(extent.id);
      },
      check({ target: sim, plan }) {
        assert.match(plan, /volsize\s+= 4294967296 -> 1073741824 # forces replacement/, 'a shrink allowed replaces the zvol');
        assert.match(plan, /volblocksize\s+= "16K" -> "64K" # forces replacement/);
        const disk = simDataset(sim, 'tank/disk0');
        assert.equal(disk.props['volsize'], String(GiB));
        assert.equal(disk.props['volblocksize'], String(64 * 1024));
        assert.equal(sim.state.datasets.has('tank/spare'), false, 'deleted once the extent is gone');
      },
    },
    {
      config: zvolConfig(zvolReplaced),
      expect: { 'truenas_zvol.disk': 'update' },
      prepare({ target: sim }) {
        simDataset(sim, 'tank/disk0').props['compression'] = 'zstd';
      },
      check({ target: sim, plan }) {
        assert.match(plan, /~ compression\s+= "zstd" -> "lz4"/);
        assert.equal(simDataset(sim, 'tank/disk0').props['compression'], 'lz4');
      },
    },
    {
      config: zvolConfig({ ...zvolReplaced, extra: zvolImports }),
      prepare({ target: { state } }) {
        for (const name of ['tank/imported1', 'tank/imported2']) {
          state.datasets.set(name, {
            name,
            type: 'VOLUME',
            props: { volsize: String(GiB), volblocksize: '16384', refreservation: String(GiB) },
            user: {},
            written: 0,
            createtxg: state.nextTxg(),
          });
        }
      },
      check({ plan }) {
        assert.match(plan, /# truenas_zvol\.imported1 will be imported/);
        assert.match(plan, /# truenas_zvol\.imported2 will be imported/);
      },
    },
  ],
  imports: [
    // allow_shrink is the provider's own switch for the next update; the server has no such property.
    { address: 'truenas_zvol.disk', unreadable: ['allow_shrink'] },
    { address: 'truenas_zvol.imported1' },
    { address: 'truenas_zvol.imported2' },
  ],
  leftovers: (sim) => heldOf(sim, ['zvols']),
};

// --- the iSCSI resources --------------------------------------------------------------------

function iscsiConfig(v: { alias?: string; comment?: string; lun?: number; initiators?: string; mappedTo?: 'vm' | 'backup'; extra?: string } = {}): string {
  return `
resource "truenas_zvol" "vm_disk0" {
  name    = "tank/vm-disk0"
  volsize = provider::truenas::parse_size("1G")
}
resource "truenas_iscsi_portal" "main" {
  listen  = ["0.0.0.0"]
  comment = "${v.comment ?? 'all addresses'}"
}
resource "truenas_iscsi_initiator" "pve" {
  initiators = [${v.initiators ?? '"iqn.1993-08.org.debian:01:pve1"'}]
  comment    = "proxmox"
}
resource "truenas_iscsi_auth" "chap" {
  tag    = 1
  user   = "pve"
  secret = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm" {
  name  = "vm-100"
  alias = "${v.alias ?? 'VM 100'}"
  group {
    portal     = truenas_iscsi_portal.main.id
    initiator  = truenas_iscsi_initiator.pve.id
    authmethod = "CHAP"
    auth       = truenas_iscsi_auth.chap.tag
  }
}
resource "truenas_iscsi_target" "backup" {
  name   = "backup"
  group {
    portal = truenas_iscsi_portal.main.id
  }
}
resource "truenas_iscsi_extent" "disk0" {
  name    = "vm-100-disk0"
  zvol    = truenas_zvol.vm_disk0.name
  comment = "${v.comment ?? 'all addresses'}"
}
resource "truenas_iscsi_targetextent" "disk0" {
  target = truenas_iscsi_target.${v.mappedTo ?? 'vm'}.id
  extent = truenas_iscsi_extent.disk0.id
  ${v.lun !== undefined ? `lun_id = ${v.lun}` : ''}
}
${v.extra ?? ''}`;
}

const iscsiUpdated = { alias: 'VM one hundred', comment: 'changed', lun: 3, initiators: '"iqn.a:1", "iqn.b:2"' };
const iscsiImports = (portal: number, auth: number) => `
import {
  to = truenas_iscsi_portal.lan
  id = "${portal}"
}
resource "truenas_iscsi_portal" "lan" {
  listen  = ["10.0.0.5"]
  comment = "storage lan"
}
import {
  to = truenas_iscsi_auth.other
  id = "${auth}"
}
resource "truenas_iscsi_auth" "other" {
  tag    = 2
  user   = "other"
  secret = "another-secret"
}`;

/** Objects made outside terraform at the end of step 4, imported in step 5. */
const iscsiOutOfBand = { portal: 0, auth: 0 };

/** Values the iSCSI case remembers from one step to compare in a later one. */
const iscsiSeen: { serial?: unknown; mappingId?: unknown } = {};

const iscsiCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas iSCSI resources',
  steps: [
    {
      config: iscsiConfig(),
      expect: { 'truenas_iscsi_target.vm': 'create', 'truenas_iscsi_targetextent.disk0': 'create', 'truenas_iscsi_auth.chap': 'create' },
      async check(context) {
        const values = (address: string) => stepValues(context, address);
        const mapping = await values('truenas_iscsi_targetextent.disk0');
        assert.equal(mapping.lun_id, 0, 'the server assigned the first free LUN');
        iscsiSeen.mappingId = mapping.id;
        const extent = await values('truenas_iscsi_extent.disk0');
        assert.equal(extent.zvol, 'tank/vm-disk0');
        assert.match(String(extent.serial), /^\w+$/);
        iscsiSeen.serial = extent.serial;
        const target = await values('truenas_iscsi_target.vm');
        const portal = await values('truenas_iscsi_portal.main');
        assert.deepEqual(target.group, [{ portal: portal.id, initiator: (await values('truenas_iscsi_initiator.pve')).id, authmethod: 'CHAP', auth: 1 }]);
        assert.equal((await stepState(context)).get('truenas_iscsi_auth.chap')?.sensitive_values?.secret, true);
        const sim = context.target.state;
        assert.equal(sim.extents.list()[0]?.path, 'zvol/tank/vm-disk0');
        assert.deepEqual(
          sim.targetExtents.list().map((m) => [m.target, m.extent, m.lunid]),
          [[target.id, extent.id, 0]],
        );
        assert.equal(portal.port, 3260);
      },
    },
    {
      config: iscsiConfig(iscsiUpdated),
      expect: {
        'truenas_iscsi_portal.main': 'update',
        'truenas_iscsi_initiator.pve': 'update',
        'truenas_iscsi_target.vm': 'update',
        'truenas_iscsi_extent.disk0': 'update',
        'truenas_iscsi_targetextent.disk0': 'update',
      },
      async check(context) {
        assert.doesNotMatch(context.plan, /# truenas_iscsi_(auth|target\.backup)\S* (will|must)/, 'only the five changed objects are planned');
        const sim = context.target.state;
        assert.equal(sim.targetExtents.list()[0]?.lunid, 3);
        assert.equal(sim.extents.list()[0]?.comment, 'changed');
        assert.equal(sim.targets.list().find((t) => t.name === 'vm-100')?.alias, 'VM one hundred');
        assert.deepEqual(sim.initiators.list()[0]?.initiators, ['iqn.a:1', 'iqn.b:2']);
        assert.equal((await stepValues(context, 'truenas_iscsi_extent.disk0')).serial, iscsiSeen.serial, 'the extent was updated, not made again');
      },
    },
    {
      config: iscsiConfig({ ...iscsiUpdated, mappedTo: 'backup' }),
      expect: { 'truenas_iscsi_targetextent.disk0': 'replace' },
      async check(context) {
        assert.match(context.plan, /~ target\s+= \d+ -> \d+ # forces replacement/);
        const mapping = await stepValues(context, 'truenas_iscsi_targetextent.disk0');
        assert.notEqual(mapping.id, iscsiSeen.mappingId);
        assert.equal(mapping.target, (await stepValues(context, 'truenas_iscsi_target.backup')).id);
        assert.equal(context.target.state.targetExtents.list().length, 1);
      },
    },
    {
      config: iscsiConfig({ ...iscsiUpdated, mappedTo: 'backup' }),
      expect: { 'truenas_iscsi_extent.disk0': 'update', 'truenas_iscsi_targetextent.disk0': 'create', 'truenas_iscsi_initiator.pve': 'create' },
      prepare({ target: { state } }) {
        state.extents.list().find((e) => e.name === 'vm-100-disk0')!.comment = 'edited in the web UI';
        for (const mapping of state.targetExtents.list()) state.targetExtents.delete(mapping.id);
        for (const initiator of state.initiators.list()) state.initiators.delete(initiator.id);
      },
      check({ target: { state }, plan }) {
        assert.match(plan, /~ comment\s+= "edited in the web UI" -> "changed"/);
        assert.equal(state.extents.list()[0]?.comment, 'changed');
        assert.equal(state.targetExtents.list().length, 1);
        assert.equal(state.initiators.list().length, 1);
        // Out-of-band objects for the next step, whose import blocks need their ids.
        iscsiOutOfBand.portal = state.portals.insert({
          listen: [{ ip: '10.0.0.5', port: 3260 }],
          comment: 'storage lan',
          tag: state.portals.list().length + 1,
        }).id;
        iscsiOutOfBand.auth = state.auths.insert({ tag: 2, user: 'other', secret: 'another-secret', peeruser: '', peersecret: '', discovery_auth: 'NONE' }).id;
      },
    },
    {
      get config() {
        return iscsiConfig({ ...iscsiUpdated, mappedTo: 'backup', extra: iscsiImports(iscsiOutOfBand.portal, iscsiOutOfBand.auth) });
      },
      check({ plan }) {
        assert.match(plan, /# truenas_iscsi_portal\.lan will be imported/);
        assert.match(plan, /# truenas_iscsi_auth\.other will be imported/);
      },
    },
  ],
  imports: [
    { address: 'truenas_zvol.vm_disk0' },
    { address: 'truenas_iscsi_portal.main' },
    { address: 'truenas_iscsi_portal.lan' },
    { address: 'truenas_iscsi_initiator.pve' },
    { address: 'truenas_iscsi_auth.chap' },
    { address: 'truenas_iscsi_auth.other' },
    { address: 'truenas_iscsi_target.vm' },
    { address: 'truenas_iscsi_target.backup' },
    { address: 'truenas_iscsi_extent.disk0' },
    { address: 'truenas_iscsi_targetextent.disk0' },
  ],
  leftovers: (sim) => heldOf(sim, ['portals', 'initiators', 'auths', 'targets', 'extents', 'targetExtents']),
};

// --- truenas_nfs_share, truenas_smb_share, truenas_service ----------------------------------

function sharesConfig(f: { ro?: boolean; comment?: string; nfsRunning?: boolean; extra?: string } = {}): string {
  return `
resource "truenas_dataset" "share" {
  name = "tank/media"
}
resource "truenas_nfs_share" "media" {
  path         = truenas_dataset.share.mountpoint
  networks     = ["192.168.1.0/24"]
  ro           = ${f.ro ?? false}
  maproot_user = "root"
}
resource "truenas_smb_share" "media" {
  name    = "media"
  path    = truenas_dataset.share.mountpoint
  comment = "${f.comment ?? 'films'}"
}
resource "truenas_service" "nfs" {
  service = "nfs"
  running = ${f.nfsRunning ?? true}
}
resource "truenas_service" "smb" {
  service = "cifs"
}
${f.extra ?? ''}`;
}

const sharesUpdated = { ro: true, comment: 'movies', nfsRunning: false };
const sharesOutOfBand = { smb: 0 };
const sharesImports = (smb: number) => `
import {
  to = truenas_smb_share.public
  id = "${smb}"
}
resource "truenas_smb_share" "public" {
  name = "public"
  path = "/mnt/tank/media"
  ro   = true
}
import {
  to = truenas_service.ssh
  id = "ssh"
}
resource "truenas_service" "ssh" {
  service = "ssh"
  enable  = false
  running = false
}`;

const simService = (sim: TrueNASSimulator, name: string) => sim.state.services.list().find((s) => s.service === name)!;

const sharesCase: LifecycleCase<TrueNASSimulator> = {
  name: 'truenas shares and services',
  steps: [
    {
      config: sharesConfig(),
      expect: { 'truenas_nfs_share.media': 'create', 'truenas_smb_share.media': 'create', 'truenas_service.nfs': 'create', 'truenas_service.smb': 'create' },
      async check(context) {
        const sim = context.target;
        const nfs = await stepValues(context, 'truenas_nfs_share.media');
        assert.equal(nfs.path, '/mnt/tank/media');
        assert.equal(nfs.maproot_user, 'root');
        assert.equal(nfs.mapall_user, null);
        assert.equal((await stepValues(context, 'truenas_smb_share.media')).browsable, true);
        assert.equal(sim.state.nfsShares.list().length, 1);
        assert.deepEqual(sim.state.inventory().runningServices.sort(), ['cifs', 'nfs']);
        assert.equal(simService(sim, 'nfs').enable, true);
      },
    },
    {
      config: sharesConfig(sharesUpdated),
      expect: { 'truenas_nfs_share.media': 'update', 'truenas_smb_share.media': 'update', 'truenas_service.nfs': 'update' },
      check({ target: sim }) {
        assert.equal(sim.state.nfsShares.list()[0]?.['ro'], true);
        assert.equal(sim.state.smbShares.list()[0]?.['comment'], 'movies');
        assert.equal(simService(sim, 'nfs').state, 'STOPPED', 'a service that should not run is stopped');
        assert.equal(simService(sim, 'nfs').enable, true);
      },
    },
    { config: sharesConfig(sharesUpdated) },
    {
      config: sharesConfig(sharesUpdated),
      expect: { 'truenas_smb_share.media': 'update', 'truenas_service.smb': 'update', 'truenas_nfs_share.media': 'create' },
      prepare({ target: sim }) {
        sim.state.smbShares.list()[0]!['comment'] = 'edited';
        simService(sim, 'cifs').state = 'STOPPED';
        for (const share of sim.state.nfsShares.list()) sim.state.nfsShares.delete(share.id);
      },
      check({ target: sim, plan }) {
        assert.match(plan, /~ comment\s+= "edited" -> "movies"/);
        assert.match(plan, /~ running\s+= false -> true/);
        assert.equal(simService(sim, 'cifs').state, 'RUNNING');
        assert.equal(sim.state.nfsShares.list().length, 1);
        // Made outside terraform for the next step, whose import block needs its id.
        sharesOutOfBand.smb = sim.state.smbShares.insert({ path: '/mnt/tank/media', name: 'public', comment: '', ro: true, browsable: true, enabled: true }).id;
      },
    },
    {
      get config() {
        return sharesConfig({ ...sharesUpdated, extra: sharesImports(sharesOutOfBand.smb) });
      },
      check({ plan }) {
        assert.match(plan, /# truenas_smb_share\.public will be imported/);
        assert.match(plan, /# truenas_service\.ssh will be imported/);
        // All cases' out-of-band objects: 3 datasets/snapshots, 2 zvols, 2 iSCSI objects, these 2.
        assert.match(plan, /Plan: 9 to import, 0 to add, 0 to change, 0 to destroy/);
      },
    },
  ],
  imports: [
    { address: 'truenas_dataset.share' },
    { address: 'truenas_nfs_share.media' },
    { address: 'truenas_smb_share.media' },
    { address: 'truenas_smb_share.public' },
    { address: 'truenas_service.nfs', id: (values) => String(values.service) },
    { address: 'truenas_service.smb', id: (values) => String(values.service) },
    { address: 'truenas_service.ssh', id: (values) => String(values.service) },
  ],
  leftovers(sim) {
    const held = heldOf(sim, ['nfsShares', 'smbShares', 'runningServices']);
    return simService(sim, 'cifs').enable ? [...held, 'cifs still enabled'] : held;
  },
};

// --- the run ----------------------------------------------------------------------------------

describe('truenas resources with terraform', () => {
  let e2e: TrueNASE2e;

  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute (terraform validate)', async () => {
    e2e.ws.writeConfig(
      `
resource "truenas_dataset" "bad" {
  name       = "/tank/x/"
  recordsize = "big"
  sync       = "sometimes"
  quota      = -1
  share_type = "WINDOWS"
  key        = "not-a-key"
}
resource "truenas_snapshot" "bad" {
  dataset = "tank"
  name    = "has space"
}
resource "truenas_zvol" "bad" {
  name         = "nopool"
  volsize      = 1000
  volblocksize = "3K"
  compression  = "snappy"
}
resource "truenas_iscsi_extent" "bad" {
  name = "no-storage"
  path = "/mnt/tank/file"
}
resource "truenas_iscsi_target" "bad" {
  name = "Upper Case"
}
resource "truenas_iscsi_auth" "bad" {
  tag    = 1
  user   = "u"
  secret = "short"
}
resource "truenas_iscsi_targetextent" "bad" {
  target = 1
  extent = 1
  lun_id = 20000
}
resource "truenas_nfs_share" "bad" {
  path     = "/srv/data"
  security = ["NTLM"]
}
resource "truenas_smb_share" "bad" {
  name = ""
  path = "/mnt/tank/"
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['validate']).finally(() => e2e.ws.removeConfig('bad.tf'));
    const blamed = (address: string, message: RegExp) => assertBlames(output, address, message);
    blamed('truenas_dataset.bad', /"name" must be a full dataset name/);
    blamed('truenas_dataset.bad', /"recordsize"[\s\S]*"big" is not a size/);
    blamed('truenas_dataset.bad', /"sync" must be standard, always or disabled/);
    blamed('truenas_dataset.bad', /"quota" must be at least 0, got -1/);
    blamed('truenas_dataset.bad', /"share_type" must be one of/);
    blamed('truenas_dataset.bad', /"key" must be 64 hexadecimal digits/);
    blamed('truenas_dataset.bad', /"key" needs "encryption = true"/);
    assert.doesNotMatch(output, /got "not-a-key"/, 'the diagnostic never repeats a bad key');
    blamed('truenas_snapshot.bad', /"name" must be letters, digits, _ \. : and - only/);
    blamed('truenas_zvol.bad', /"name" must be a full dataset name/);
    blamed('truenas_zvol.bad', /"volblocksize" must be a power of two/);
    blamed('truenas_zvol.bad', /"compression" must be a compression TrueNAS accepts/);
    blamed('truenas_iscsi_extent.bad', /Missing zvol[\s\S]*A DISK extent exports a zvol/);
    blamed('truenas_iscsi_extent.bad', /path is for FILE extents/);
    blamed('truenas_iscsi_target.bad', /"name" must be 1 to 120 lower-case letters/);
    blamed('truenas_iscsi_auth.bad', /"secret" must be 12 to 16 characters long, got 5/);
    blamed('truenas_iscsi_targetextent.bad', /"lun_id" must be between 0 and 16382, got 20000/);
    blamed('truenas_nfs_share.bad', /"path" must be a path under \/mnt\/<pool>/);
    blamed('truenas_nfs_share.bad', /"security" must hold only SYS, KRB5, KRB5I or KRB5P/);
    blamed('truenas_smb_share.bad', /"name" must be between 1 and 80 characters long/);
  });

  it('refuses at plan time what only the server can judge, and import ids it cannot read (one plan)', async () => {
    e2e.ws.writeConfig(
      `
resource "truenas_zvol" "odd" {
  name    = "tank/bad"
  volsize = 1000
}
resource "truenas_service" "bad" {
  service = "telnet"
}
import {
  to = truenas_zvol.missing
  id = "tank/nothing"
}
resource "truenas_zvol" "missing" {
  name    = "tank/nothing"
  volsize = 1073741824
}
import {
  to = truenas_snapshot.badid
  id = "tank/old"
}
resource "truenas_snapshot" "badid" {
  dataset = "tank/x"
  name    = "x"
}
import {
  to = truenas_iscsi_portal.badid
  id = "lan"
}
resource "truenas_iscsi_portal" "badid" {
  listen = ["0.0.0.0"]
}`,
      'bad.tf',
    );
    const output = await expectFailure(e2e.ws, ['plan']).finally(() => e2e.ws.removeConfig('bad.tf'));
    assertBlames(output, 'truenas_zvol.odd', /volsize is not a multiple of volblocksize.*volsize = 1000/);
    // Against the server's own (per-version) service list.
    assertBlames(output, 'truenas_service.bad', /Unknown service.*no service named "telnet".*it has cifs, ftp, iscsitarget/);
    // Import errors come before any resource is planned, so they name the id, not an address.
    const folded = output.replace(/\s+/g, ' ');
    assert.match(
      folded,
      /Cannot import non-existent remote object No truenas_zvol with import id "tank\/nothing" exists\. The import id is the zvol's full name/,
    );
    assert.match(folded, /snapshot's full name <dataset>@<name>, such as "tank\/data@daily", got "tank\/old"/);
    assert.match(folded, /import id must be the object's numeric id on the server, such as "3", got "lan"/);
    assert.deepEqual(heldOf(e2e.sim, ['datasets', 'zvols', 'portals', 'snapshots']), [], 'nothing was made');
  });

  it('logs, as each provider process exits, its CPU time and as many API calls as the server answered', async () => {
    e2e.ws.writeConfig('data "truenas_pool" "tank" {\n  name = "tank"\n}\n', 'log.tf');
    const served = () => [...e2e.sim.callCounts.values()].reduce((sum, n) => sum + n, 0);
    const before = served();
    const run = await e2e.ws.run(['plan', '-no-color'], { TF_LOG_PROVIDER: 'INFO' }).finally(() => e2e.ws.removeConfig('log.tf'));
    assert.equal(run.code, 0, run.stderr);
    const counted = [...run.stderr.matchAll(/Provider process exiting:.*?\bapi_calls=(\d+)/g)].map((match) => Number(match[1]));
    assert.ok(counted.length > 0, 'the configured provider process logged its counters');
    assert.ok(served() > before, 'the plan called the server');
    assert.equal(
      counted.reduce((sum, n) => sum + n, 0),
      served() - before,
    );
    const cpu = [...run.stderr.matchAll(/Provider process exiting:.*?\bcpu_ms=(\d+)/g)].map((match) => Number(match[1]));
    assert.equal(cpu.length, run.stderr.match(/Provider process exiting/g)?.length, 'every provider process logged its CPU time');
    assert.ok(
      cpu.every((ms) => ms > 0),
      `CPU times: ${cpu.join(', ')}`,
    );
  });

  it('creates, updates, replaces, corrects drift, imports and destroys every resource kind', async () => {
    await runLifecycles({ ws: e2e.ws, providers: TRUENAS_PROVIDER, target: e2e.sim }, [datasetCase, zvolCase, iscsiCase, sharesCase]);
  });
});
