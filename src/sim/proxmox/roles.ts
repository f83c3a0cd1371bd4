// The built-in roles of PVE 9 (pve-access-control's AccessControl.pm), with their privileges.

const VM_AUDIT = ['VM.Audit'];
const VM_USER = [...VM_AUDIT, 'VM.Console', 'VM.Backup', 'VM.Config.CDROM', 'VM.Config.Cloudinit', 'VM.PowerMgmt'];
const VM_ADMIN = [
  ...VM_USER,
  'VM.Allocate',
  'VM.Clone',
  'VM.Config.CPU',
  'VM.Config.Disk',
  'VM.Config.HWType',
  'VM.Config.Memory',
  'VM.Config.Network',
  'VM.Config.Options',
  'VM.Migrate',
  'VM.GuestAgent.Audit',
  'VM.GuestAgent.FileRead',
  'VM.GuestAgent.FileWrite',
  'VM.GuestAgent.FileSystemMgmt',
  'VM.GuestAgent.Unrestricted',
  'VM.Snapshot',
  'VM.Snapshot.Rollback',
  'VM.Replicate',
];
const DATASTORE_USER = ['Datastore.Audit', 'Datastore.AllocateSpace', 'Datastore.AllocateTemplate'];
const DATASTORE_ADMIN = [...DATASTORE_USER, 'Datastore.Allocate'];
const USER_ADMIN = ['User.Modify', 'Permissions.Modify', 'Group.Allocate', 'Realm.Allocate', 'Realm.AllocateUser'];
const SYS = ['Sys.Audit', 'Sys.Console', 'Sys.Incoming', 'Sys.Modify', 'Sys.PowerMgmt', 'Sys.Syslog', 'Sys.AccessNetwork'];
const POOL = ['Pool.Allocate', 'Pool.Audit'];
const SDN = ['SDN.Allocate', 'SDN.Audit', 'SDN.Use'];
const MAPPING = ['Mapping.Audit', 'Mapping.Modify', 'Mapping.Use'];

/** Every privilege; `Administrator` has them all. */
export const ALL_PRIVILEGES: readonly string[] = [...new Set([...VM_ADMIN, ...DATASTORE_ADMIN, ...USER_ADMIN, ...SYS, ...POOL, ...SDN, ...MAPPING])].sort();

export const BUILTIN_ROLES: Readonly<Record<string, readonly string[]>> = {
  Administrator: ALL_PRIVILEGES,
  NoAccess: [],
  PVEAdmin: ALL_PRIVILEGES.filter((p) => !['Permissions.Modify', 'Realm.Allocate', 'Sys.Modify', 'Sys.PowerMgmt'].includes(p)),
  PVEAuditor: ['Datastore.Audit', 'Mapping.Audit', 'Pool.Audit', 'SDN.Audit', 'Sys.Audit', 'VM.Audit'],
  PVEDatastoreAdmin: DATASTORE_ADMIN,
  PVEDatastoreUser: ['Datastore.Audit', 'Datastore.AllocateSpace'],
  PVEPoolAdmin: POOL,
  PVEPoolUser: ['Pool.Audit'],
  PVESDNAdmin: SDN,
  PVESDNUser: ['SDN.Audit', 'SDN.Use'],
  PVETemplateUser: ['VM.Audit', 'VM.Clone'],
  PVEUserAdmin: ['User.Modify', 'Group.Allocate', 'Sys.Audit'],
  PVEVMAdmin: VM_ADMIN,
  PVEVMUser: VM_USER,
  PVEMappingAdmin: MAPPING,
  PVEMappingUser: ['Mapping.Audit', 'Mapping.Use'],
};
