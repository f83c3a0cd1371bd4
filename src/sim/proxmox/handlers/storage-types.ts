// What each storage type takes (api-facts B6, C): fixed options (required on create, immutable),
// other options, allowed and default content, and whether it is forced `shared`.
import { TRUENAS_PLUGIN } from '../schema/storage-plugins.js';

export interface StorageTypeRules {
  fixed: readonly string[];
  /** Fixed once set, but not required on create. */
  optionalFixed?: readonly string[];
  options: readonly string[];
  content: readonly string[];
  defaultContent: readonly string[];
  forcedShared: boolean;
}

const COMMON = ['nodes', 'disable', 'content', 'bwlimit'];
const FILE_OPTIONS = ['prune-backups', 'max-protected-backups', 'format', 'content-dirs', 'create-base-path', 'create-subdirs', 'preallocation', 'mkdir'];
const FILE_CONTENT = ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import'];

export const STORAGE_TYPES: Readonly<Record<string, StorageTypeRules>> = {
  dir: {
    fixed: ['path'],
    optionalFixed: ['snapshot-as-volume-chain'],
    options: [...COMMON, ...FILE_OPTIONS, 'shared', 'is_mountpoint'],
    content: [...FILE_CONTENT, 'none'],
    defaultContent: ['images', 'rootdir'],
    forcedShared: false,
  },
  // NFS and CIFS default `path` to /mnt/pve/<id> (NFSPlugin.pm/CIFSPlugin.pm `check_config`).
  nfs: {
    fixed: ['server', 'export'],
    optionalFixed: ['path', 'snapshot-as-volume-chain'],
    options: [...COMMON, ...FILE_OPTIONS, 'options'],
    content: FILE_CONTENT,
    defaultContent: ['images'],
    forcedShared: true,
  },
  cifs: {
    fixed: ['server', 'share'],
    optionalFixed: ['path', 'snapshot-as-volume-chain'],
    options: [...COMMON, ...FILE_OPTIONS, 'subdir', 'username', 'password', 'domain', 'smbversion', 'options'],
    content: FILE_CONTENT,
    defaultContent: ['images'],
    forcedShared: true,
  },
  lvm: {
    fixed: ['vgname'],
    optionalFixed: ['base'],
    options: [...COMMON, 'shared', 'saferemove', 'saferemove-stepsize', 'saferemove_throughput', 'tagged_only', 'snapshot-as-volume-chain'],
    content: ['images', 'rootdir'],
    defaultContent: ['images'],
    forcedShared: false,
  },
  lvmthin: { fixed: ['vgname', 'thinpool'], options: COMMON, content: ['images', 'rootdir'], defaultContent: ['images', 'rootdir'], forcedShared: false },
  zfspool: {
    fixed: ['pool'],
    options: [...COMMON, 'blocksize', 'sparse', 'mountpoint'],
    content: ['images', 'rootdir'],
    defaultContent: ['images', 'rootdir'],
    forcedShared: false,
  },
  iscsi: { fixed: ['portal', 'target'], options: COMMON, content: ['images', 'none'], defaultContent: ['images'], forcedShared: true },
  iscsidirect: { fixed: ['portal', 'target'], options: COMMON, content: ['images', 'none'], defaultContent: ['images'], forcedShared: true },
  zfs: {
    fixed: ['portal', 'target', 'pool', 'blocksize', 'iscsiprovider'],
    options: [...COMMON, 'nowritecache', 'sparse', 'comstar_hg', 'comstar_tg', 'lio_tpg', 'zfs-base-path'],
    content: ['images'],
    defaultContent: ['images'],
    forcedShared: true,
  },
  [TRUENAS_PLUGIN.type]: {
    fixed: TRUENAS_PLUGIN.required,
    optionalFixed: TRUENAS_PLUGIN.fixed.filter((key) => !TRUENAS_PLUGIN.required.includes(key)),
    options: [...COMMON, 'shared', ...TRUENAS_PLUGIN.changeable],
    content: ['images'],
    defaultContent: ['images'],
    forcedShared: true,
  },
  pbs: {
    fixed: ['server', 'datastore'],
    options: [
      ...COMMON,
      'namespace',
      'port',
      'username',
      'password',
      'encryption-key',
      'master-pubkey',
      'fingerprint',
      'prune-backups',
      'max-protected-backups',
    ],
    content: ['backup', 'none'],
    defaultContent: ['backup'],
    forcedShared: true,
  },
};

/** Options stored outside storage.cfg and never returned. */
// The TrueNAS plugin does not declare api_key sensitive: Proxmox keeps and returns it (api-facts C).
export const SENSITIVE_OPTIONS = new Set(['password', 'encryption-key', 'master-pubkey', 'keyring']);
