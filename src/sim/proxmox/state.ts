// The simulator's state: everything a Proxmox VE node keeps in /etc/pve and on its storages.
// Tests may read and change it directly (drift, objects deleted outside Terraform).
import { seedNodeDisks, type SimDisk } from './node-disks.js';
import { seedDiskStorage, type SimDiskStorage } from './disk-storage-state.js';
import type { SimIscsiLun } from './iscsi-luns.js';
import { emptyFirewall, type SimFirewall } from './firewall-state.js';
import { BUILTIN_ROLES } from './roles.js';
import { seedRealms, type SimRealms } from './realm-state.js';
import { seedCertificates, type SimCertificates } from './certificate-state.js';
import { seedNodeNetwork, seedNodeSettings, type SimNodeNetwork, type SimNodeSettings } from './node-network-state.js';
import { seedSdn, type SimSdn } from './sdn-state.js';
import { emptyMappings, type SimMappings } from './mapping-state.js';
import { emptyDatacenter, type SimDatacenter } from './datacenter-state.js';

export type GuestKind = 'qemu' | 'lxc';

export interface SimSnapshot {
  name: string;
  description: string;
  snaptime: number;
  parent?: string;
  vmstate: boolean;
  /** The guest's config when the snapshot was taken. */
  config: Record<string, string>;
  /** A container's raw lxc lines when the snapshot was taken. */
  lxc?: Array<[string, string]>;
}

export interface SimGuest {
  kind: GuestKind;
  vmid: number;
  node: string;
  /** Config values as the config file holds them (all text). */
  config: Record<string, string>;
  /** A container's raw `lxc.*` lines of its current section, in file order (written only in the file, never through the API). */
  lxc?: Array<[string, string]>;
  /** Changes waiting for a reboot of the running guest. */
  pending: Record<string, string>;
  pendingDelete: Set<string>;
  status: 'running' | 'stopped';
  snapshots: Map<string, SimSnapshot>;
  /** Simulator switch: the guest OS ignores ACPI power buttons, so shutdown and reboot time out. */
  ignoresAcpi?: boolean;
  /** Simulator switch: hot-plugging these keys fails with this text (the change stays pending, the call answers 400). */
  hotplugFailures?: Record<string, string>;
  /** The cloud-init values the guest's cloud-init drive was last generated with (at start). */
  cloudinitDrive?: Record<string, string>;
}

export interface SimVolume {
  storage: string;
  /** `vm-100-disk-0`, `iso/debian.iso`, `100/vm-100-disk-0.qcow2`. */
  name: string;
  /** The owning guest, for images and container volumes. */
  vmid?: number;
  size: number;
  format: string;
  content: string;
  /** The file's bytes, where the simulator knows them (downloads, uploads, snippets). */
  bytes?: Buffer;
}

export interface SimStorage {
  storage: string;
  type: string;
  /** Options as storage.cfg holds them (`content`, `nodes`, `path`, `vgname`, ...). */
  options: Record<string, string>;
  /** Options kept outside storage.cfg and never returned (passwords, keys). */
  secrets: Record<string, string>;
  capacity: number;
}

export interface SimToken {
  comment: string;
  expire: number;
  privsep: boolean;
  secret: string;
}

export interface SimUser {
  userid: string;
  enable: boolean;
  expire: number;
  firstname?: string;
  lastname?: string;
  email?: string;
  comment?: string;
  keys?: string;
  password?: string;
  groups: Set<string>;
  tokens: Map<string, SimToken>;
  /** Simulator switch: the user has a second factor, so a password login answers a partial ticket (`NeedTFA`). */
  tfa?: boolean;
}

export interface SimAclEntry {
  path: string;
  type: 'user' | 'group' | 'token';
  ugid: string;
  roleid: string;
  propagate: boolean;
}

export interface SimState {
  /** The Proxmox VE version the server reports (`pveVersion` option; 9.1.3 by default). */
  pveVersion: string;
  nodes: string[];
  /**
   * Simulator switch: cluster members that are down (and have been for over five minutes, so
   * pmxcfs holds no more statistics of them or their guests). Calls proxied to them answer 595.
   */
  offlineNodes: Set<string>;
  guests: Map<number, SimGuest>;
  storages: Map<string, SimStorage>;
  volumes: Map<string, SimVolume>;
  /** LUNs each iSCSI target exports, by target IQN (see iscsi-luns.ts). */
  iscsiLuns: Map<string, SimIscsiLun[]>;
  pools: Map<string, { comment: string; members: Set<string> }>;
  users: Map<string, SimUser>;
  groups: Map<string, { comment: string }>;
  roles: Map<string, { privs: Set<string>; special: boolean }>;
  acl: SimAclEntry[];
  /** datacenter.cfg `next-id` (`lower=100,upper=1000000`), which `/cluster/nextid` honours. */
  nextId: { lower: number; upper: number };
  /** Bumped on every storage.cfg change; feeds its digest. */
  storageCfgVersion: number;
  /** /etc/pve/firewall: datacenter, node and guest firewall files. */
  firewall: SimFirewall;
  /** SDN: written and running configuration (sdn-state.ts). */
  sdn: SimSdn;
  /** Each node's interfaces (live and pending) and its DNS, hosts, time zone and config (node-network-state.ts). */
  nodeNetworks: Map<string, SimNodeNetwork>;
  settings: Map<string, SimNodeSettings>;
  /** domains.cfg, realm bind passwords, realm-sync jobs (realm-state.ts). */
  realms: SimRealms;
  /** ACME accounts and plugins, custom node certificates (certificate-state.ts). */
  certificates: SimCertificates;
  /** /etc/pve/mapping: PCI, USB and directory mappings (mapping-state.ts). */
  mappings: SimMappings;
  /** Backup and replication jobs, HA, metric servers, datacenter.cfg (datacenter-state.ts). */
  datacenter: SimDatacenter;
  /** Each node's physical disks (node-disks.ts). */
  nodeDisks: Map<string, SimDisk[]>;
  /** Each node's ZFS pools, volume groups, thin pools and directory mounts (disk-storage-state.ts). */
  diskStorage: Map<string, SimDiskStorage>;
}

export const GIB = 1024 ** 3;

/** The volume id `storage:name`. */
export function volid(volume: Pick<SimVolume, 'storage' | 'name'>): string {
  return `${volume.storage}:${volume.name}`;
}

export function addVolume(state: SimState, volume: SimVolume): SimVolume {
  state.volumes.set(volid(volume), volume);
  return volume;
}

/** A fresh node `pve` with `local` (dir) and `local-lvm` (lvmthin), an ISO and a CT template. */
export function seedState(nodeName = 'pve'): SimState {
  const state: SimState = {
    pveVersion: '9.1.3',
    nodes: [nodeName],
    offlineNodes: new Set(),
    guests: new Map(),
    storages: new Map(),
    volumes: new Map(),
    iscsiLuns: new Map(),
    pools: new Map(),
    users: new Map(),
    groups: new Map(),
    roles: new Map(Object.entries(BUILTIN_ROLES).map(([id, privs]) => [id, { privs: new Set(privs), special: true }])),
    acl: [],
    nextId: { lower: 100, upper: 1_000_000 },
    storageCfgVersion: 1,
    firewall: emptyFirewall(),
    sdn: seedSdn(),
    nodeNetworks: new Map([[nodeName, seedNodeNetwork()]]),
    settings: new Map([[nodeName, seedNodeSettings(nodeName)]]),
    realms: seedRealms(),
    certificates: seedCertificates(),
    mappings: emptyMappings(),
    datacenter: emptyDatacenter(),
    nodeDisks: new Map([[nodeName, seedNodeDisks(nodeName)]]),
    diskStorage: new Map([[nodeName, seedDiskStorage()]]),
  };
  state.storages.set('local', {
    storage: 'local',
    type: 'dir',
    options: { path: '/var/lib/vz', content: 'iso,vztmpl,backup' },
    secrets: {},
    capacity: 100 * GIB,
  });
  state.storages.set('local-lvm', {
    storage: 'local-lvm',
    type: 'lvmthin',
    options: { vgname: 'pve', thinpool: 'data', content: 'images,rootdir' },
    secrets: {},
    capacity: 2048 * GIB,
  });
  addVolume(state, { storage: 'local', name: 'iso/debian-12.7.0-amd64-netinst.iso', size: 661_651_456, format: 'iso', content: 'iso' });
  addVolume(state, { storage: 'local', name: 'vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', size: 126_083_011, format: 'tzst', content: 'vztmpl' });
  state.users.set('root@pam', { userid: 'root@pam', enable: true, expire: 0, groups: new Set(), tokens: new Map() });
  return state;
}

/** Another node joining the cluster: shared storages are seen from it, node-local ones too (same ids, as a default install has). */
export function addClusterNode(state: SimState, node: string): void {
  if (state.nodes.includes(node)) return;
  state.nodes.push(node);
  state.nodeNetworks.set(node, seedNodeNetwork());
  state.settings.set(node, seedNodeSettings(node));
  state.nodeDisks.set(node, seedNodeDisks(node));
  state.diskStorage.set(node, seedDiskStorage());
}
