// The schema of `proxmox_storage`: one entry of the datacenter's storage.cfg. Type-specific
// options are attributes named after Proxmox's option names; the rest go into `options`.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import { nonEmptyList } from '../shared/non-empty-list.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

export const STORAGE_TYPES = ['dir', 'nfs', 'cifs', 'lvm', 'lvmthin', 'zfspool', 'iscsi', 'iscsidirect', 'zfs', 'pbs', 'truenasplugin'] as const;

const FILE_CONTENT = ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import'];

/**
 * Content types each storage type holds, from each pve-storage plugin's `plugindata` content
 * list ("none" where the plugin accepts an empty content list: dir, iscsi, iscsidirect and pbs;
 * the others refuse one, `decode_value` in Plugin.pm). Proxmox drops the others with a
 * warning (Plugin.pm, check_config content handling), so asking for them would plan a change on
 * every run. Third-party plugins (truenasplugin) are not checked.
 */
export const CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  dir: [...FILE_CONTENT, 'none'],
  nfs: FILE_CONTENT,
  cifs: FILE_CONTENT,
  lvm: ['images', 'rootdir'],
  lvmthin: ['images', 'rootdir'],
  zfspool: ['images', 'rootdir'],
  iscsi: ['images', 'none'],
  iscsidirect: ['images', 'none'],
  zfs: ['images'],
  pbs: ['backup', 'none'],
};

/** Options each type needs on create (Proxmox's "fixed" options: they never change). */
export const REQUIRED_OPTIONS: Readonly<Record<string, readonly (keyof StorageModel & string)[]>> = {
  dir: ['path'],
  nfs: ['server', 'export'],
  cifs: ['server', 'share'],
  lvm: ['vgname'],
  lvmthin: ['vgname', 'thinpool'],
  zfspool: ['pool'],
  iscsi: ['portal', 'target'],
  iscsidirect: ['portal', 'target'],
  zfs: ['portal', 'target', 'pool', 'blocksize', 'iscsiprovider'],
  pbs: ['server', 'datastore'],
  truenasplugin: ['api_host', 'api_key', 'dataset', 'target_iqn', 'discovery_portal'],
};

/** Types that take the `shared` option (DirPlugin.pm and LVMPlugin.pm `options`; the TrueNAS plugin lists it too); others refuse it ("unexpected property"). */
export const SHARED_TYPES: ReadonlySet<string> = new Set(['dir', 'lvm', 'truenasplugin']);

/** Types Proxmox always reads back as shared (pve-storage src/PVE/Storage/Plugin.pm `@SHARED_STORAGE`, applied in `parse_config`). */
export const FORCED_SHARED_TYPES: ReadonlySet<string> = new Set(['iscsi', 'nfs', 'cifs', 'iscsidirect', 'zfs', 'pbs']);

/** What `shared` reads back as for a type that does not take the option. */
export const sharedReadBack = (type: string): boolean => FORCED_SHARED_TYPES.has(type);

/**
 * Options of the `options` map that are fixed once set but optional on create (`{ optional => 1,
 * fixed => 1 }` in the plugins' `options`): an update carrying one fails "can't change value of
 * fixed parameter", removing one "unable to delete fixed option" (pve-common SectionConfig.pm
 * `check_config`, pve-storage API2/Storage/Config.pm update), so a change replaces the storage.
 */
export const FIXED_MAP_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  dir: ['snapshot-as-volume-chain'],
  nfs: ['snapshot-as-volume-chain'],
  cifs: ['snapshot-as-volume-chain'],
  lvm: ['base'],
};

/** Attribute name → Proxmox option name, for the options with attributes of their own. */
export const OPTION_ATTRIBUTES = {
  server: 'server',
  export: 'export',
  share: 'share',
  subdir: 'subdir',
  domain: 'domain',
  vgname: 'vgname',
  thinpool: 'thinpool',
  pool: 'pool',
  portal: 'portal',
  target: 'target',
  iscsiprovider: 'iscsiprovider',
  blocksize: 'blocksize',
  datastore: 'datastore',
  namespace: 'namespace',
  fingerprint: 'fingerprint',
  username: 'username',
  api_host: 'api_host',
  dataset: 'dataset',
  target_iqn: 'target_iqn',
  discovery_portal: 'discovery_portal',
} as const;

/** Options fixed at creation: changing them replaces the storage. */
const fixed = (description: string) => attr.string({ optional: true, description: `${description}`, planModifiers: [replace] });
const plain = (description: string) => attr.string({ optional: true, description });

export const storageSchema = schema({
  description: 'A storage definition of the Proxmox VE datacenter (storage.cfg): where disks, ISOs, templates and backups live.',
  attributes: {
    id: idAttribute('The storage id (same as storage).'),
    storage: attr.string({
      required: true,
      description: 'Storage id, such as "truenas-iscsi".',
      validators: [validators.textMatching(/^[a-zA-Z][a-zA-Z0-9\-_.]*[a-zA-Z0-9]$/, 'a storage id: letters, digits, "-", "_" and ".", starting with a letter')],
      planModifiers: [replace],
    }),
    type: attr.string({
      required: true,
      description: `Storage type: ${STORAGE_TYPES.join(', ')}.`,
      validators: [validators.oneOf(...STORAGE_TYPES)],
      planModifiers: [replace],
    }),
    content: attr.set(ty.string, {
      optional: true,
      computed: true,
      description: 'Content types: images, rootdir, iso, vztmpl, backup, snippets, import; Proxmox picks a default per type when unset.',
      planModifiers: [keep],
    }),
    nodes: attr.set(ty.string, {
      optional: true,
      description: 'Nodes that may use the storage; all when unset (not an empty list).',
      validators: [nonEmptyList('all nodes')],
    }),
    shared: attr.bool({
      optional: true,
      computed: true,
      description:
        'The same storage is reachable from every node: settable on dir and lvm (and truenasplugin) only; Proxmox reads it as true for network types.',
      planModifiers: [keep],
    }),
    disable: attr.bool({ optional: true, description: 'Disable the storage.' }),
    path: attr.string({
      optional: true,
      computed: true,
      description: 'Directory (dir) or mount point (nfs, cifs: /mnt/pve/STORAGE by default).',
      planModifiers: [keep, replace],
    }),
    server: fixed('Server address (nfs, cifs, pbs).'),
    export: fixed('NFS export path.'),
    share: fixed('CIFS share name.'),
    subdir: plain('Subdirectory of the CIFS share.'),
    domain: plain('CIFS domain.'),
    vgname: fixed('LVM volume group (lvm, lvmthin).'),
    thinpool: fixed('LVM thin pool (lvmthin).'),
    pool: fixed('ZFS pool (zfspool, zfs over iSCSI).'),
    portal: fixed('iSCSI portal, "host" or "host:port" (iscsi, zfs over iSCSI).'),
    target: fixed('iSCSI target IQN (iscsi, zfs over iSCSI).'),
    iscsiprovider: fixed('ZFS over iSCSI provider: comstar, istgt, iet or LIO.'),
    // Fixed only for ZFS over iSCSI (ZFSPlugin.pm); zfspool can change it (ZFSPoolPlugin.pm): see modifyPlan.
    blocksize: plain('ZFS block size, such as "4k" (zfs over iSCSI: fixed, a change replaces the storage; zfspool: changeable).'),
    datastore: fixed('Proxmox Backup Server datastore.'),
    namespace: plain('Proxmox Backup Server namespace.'),
    fingerprint: plain('Proxmox Backup Server certificate fingerprint.'),
    username: plain('User name (cifs, pbs).'),
    password: attr.string({ optional: true, sensitive: true, description: 'Password (cifs, pbs); Proxmox never returns it.' }),
    api_host: fixed('TrueNAS host the TrueNAS storage plugin (type truenasplugin) talks to.'),
    api_key: attr.string({
      optional: true,
      sensitive: true,
      description: 'TrueNAS API key for the TrueNAS storage plugin (truenasplugin). Note that the plugin keeps it readable in storage.cfg.',
      planModifiers: [replace],
    }),
    api_key_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description:
        'TrueNAS API key for the TrueNAS storage plugin, write-only: sent to Proxmox but never stored in the plan or state (Terraform 1.11+); the plugin itself still keeps it in storage.cfg.',
    }),
    api_key_wo_version: attr.number({
      optional: true,
      description: 'Required with api_key_wo. Like api_key, a new key replaces the storage entry, so changing the version replaces it.',
      validators: [validators.integer()],
      planModifiers: [planModifiers.requiresReplaceIf('changing it replaces the storage (not when an import learns it)', ({ state }) => state !== null)],
    }),
    dataset: fixed('Parent dataset for the zvols the TrueNAS storage plugin creates, such as "tank/proxmox".'),
    target_iqn: fixed('iSCSI target (full IQN or short name) for the TrueNAS storage plugin.'),
    discovery_portal: fixed('iSCSI portal IP[:port] for the TrueNAS storage plugin.'),
    encryption_key: attr.string({ optional: true, sensitive: true, description: 'Proxmox Backup Server encryption key; never returned.' }),
    options: attr.map(ty.string, {
      optional: true,
      description:
        'Any other storage options by their Proxmox names, such as { "prune-backups" = "keep-last=3" }. Changing "snapshot-as-volume-chain" (dir, nfs, cifs) or "base" (lvm) replaces the storage: Proxmox fixes them at creation.',
    }),
  },
  rules: [rules.conflictsWith('api_key', 'api_key_wo'), rules.requiredWith('api_key_wo', 'api_key_wo_version')],
});

export type StorageModel = ModelOf<typeof storageSchema>;
