// `proxmox_lxc`'s settings beyond the basic ones: IPv6, MTU and rate per interface; read-only,
// ACL, quota, mount options and replication per mount point, and bind mounts of host paths;
// CPU limit and weight, start order, protection, hookscript, pool and OS type. Option names and
// values follow the PVE 9.1.3 API schema of `PUT /nodes/{node}/lxc/{vmid}/config`
// (pve-container src/PVE/LXC/Config.pm).
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { ConfigValues } from '../shared/config-diff.js';
import { field, fieldMapper, type AttributesModel } from './vm-property-fields.js';
import { startupFields } from './vm-hardware-config.js';
import type { LxcModel } from './lxc-schema.js';

const ROOT_ONLY = 'Only root@pam may set it (a ticket login, not an API token), as Proxmox checks it.';

export const lxcNetworkExtraAttributes = {
  ip6: attr.string({
    optional: true,
    description: 'IPv6: "auto" (SLAAC), "dhcp", "manual" or an address with prefix, such as "fd00::5/64".',
    validators: [validators.textMatching(/^(auto|dhcp|manual|[0-9a-fA-F:]+\/\d{1,3})$/, 'auto, dhcp, manual or an IPv6 address with prefix')],
  }),
  gateway6: attr.string({ optional: true, description: 'IPv6 gateway.', validators: [validators.ipAddress(6)] }),
  mtu: attr.number({ optional: true, description: 'MTU of the interface (64 to 65535).', validators: [validators.between(64, 65_535), validators.integer()] }),
  rate: attr.number({ optional: true, description: 'Rate limit in MB/s.', validators: [validators.atLeast(0)] }),
};

export type LxcNetworkExtraModel = AttributesModel<typeof lxcNetworkExtraAttributes>;

export const lxcNetworkExtraFields = fieldMapper<LxcNetworkExtraModel>([
  field('ip6', 'ip6'),
  field('gateway6', 'gw6'),
  field('mtu', 'mtu', 'number'),
  field('rate', 'rate', 'number'),
]);

export const mountPointExtraAttributes = {
  host_path: attr.string({
    optional: true,
    description: `A host directory to bind-mount instead of a volume (a bind mount), such as "/srv/media". ${ROOT_ONLY}`,
    validators: [validators.textMatching(/^\/.+/, 'an absolute host path')],
  }),
  read_only: attr.bool({ optional: true, description: 'Mount read-only.' }),
  acl: attr.bool({ optional: true, description: 'Enable (true) or disable (false) POSIX ACLs; unset: the file system default.' }),
  quota: attr.bool({ optional: true, description: 'User quotas inside the container (not on ZFS subvolumes).' }),
  mount_options: attr.set(ty.string, {
    optional: true,
    description: 'Mount options: "noatime", "nodev", "nosuid", "noexec", "discard", "lazytime".',
    validators: [validators.each(validators.oneOf('noatime', 'nodev', 'nosuid', 'noexec', 'discard', 'lazytime'))],
  }),
  replicate: attr.bool({ optional: true, description: 'Include the volume in replication jobs (Proxmox default: yes).' }),
};

/** host_path is not an option of the mpN string: it takes the volume's place. */
export type MountPointExtraModel = Omit<AttributesModel<typeof mountPointExtraAttributes>, 'host_path'>;

export const mountPointExtraFields = fieldMapper<MountPointExtraModel>([
  field('read_only', 'ro', 'flag'),
  field('acl', 'acl', 'flag'),
  field('quota', 'quota', 'flag'),
  field('mount_options', 'mountoptions', 'list'),
  field('replicate', 'replicate', 'flag'),
]);

export const lxcExtraAttributes = {
  os_type: attr.string({
    optional: true,
    computed: true,
    description:
      'OS type Proxmox sets up the container for, such as "debian" or "alpine"; unset: what Proxmox detected from the template. Proxmox cannot delete it (a required option): removed from the configuration, the current value is kept.',
    validators: [validators.oneOf('debian', 'devuan', 'ubuntu', 'centos', 'fedora', 'opensuse', 'archlinux', 'alpine', 'gentoo', 'nixos', 'unmanaged')],
    planModifiers: [planModifiers.useStateForUnknown()],
  }),
  cpu_limit: attr.number({ optional: true, description: 'CPU time limit in host CPUs (0 to 8192; 0 means none).', validators: [validators.between(0, 8192)] }),
  cpu_units: attr.number({
    optional: true,
    // Proxmox VE 9 runs cgroup v2 only, where the API clamps larger values to 10000 (pve-common
    // src/PVE/CGroup.pm:493-505 `clamp_cpu_shares` @f665029, called by pve-container
    // API2/LXC.pm:263-264 and API2/LXC/Config.pm:168-169 @94f5585): a larger one would be stored as 10000.
    description: 'CPU weight against other guests (0 to 10000; default 100).',
    validators: [validators.between(0, 10_000), validators.integer()],
  }),
  protection: attr.bool({
    optional: true,
    description:
      'Refuse removing the container and its volumes; destroy and changing or removing a mount point fail while it is set. Turned off in the apply that changes a mount point, it is turned off first; left on, such a plan warns and its apply is refused before any change.',
  }),
  hookscript: attr.string({
    optional: true,
    description: `A snippet volume run at lifecycle events, such as "local:snippets/hook.pl". ${ROOT_ONLY}`,
    validators: [validators.textMatching(/^[a-zA-Z][a-zA-Z0-9\-_.]*[a-zA-Z0-9]:snippets\/.+/, 'a snippet volume such as local:snippets/hook.pl')],
  }),
  pool: attr.string({ optional: true, description: 'Resource pool the container belongs to; changing it moves the container between pools.' }),
};

/** The extra scalar config values the plan sets. */
export function lxcExtraValues(plan: LxcModel): ConfigValues {
  const values: ConfigValues = {};
  if (plan.os_type !== null) values.ostype = plan.os_type;
  if (plan.cpu_limit !== null) values.cpulimit = plan.cpu_limit;
  if (plan.cpu_units !== null) values.cpuunits = plan.cpu_units;
  if (plan.protection !== null) values.protection = plan.protection ? 1 : 0;
  if (plan.hookscript !== null) values.hookscript = plan.hookscript;
  if (plan.startup !== null) {
    const startup = startupFields.print(plan.startup);
    if (startup !== '') values.startup = startup;
  }
  return values;
}

/** Those settings as the config shows them. */
export function lxcExtrasFromConfig(
  config: Readonly<Record<string, string | number>>,
): Pick<LxcModel, 'os_type' | 'cpu_limit' | 'cpu_units' | 'protection' | 'hookscript' | 'startup'> {
  const text = (key: string): string | null => (config[key] === undefined ? null : String(config[key]));
  return {
    os_type: text('ostype'),
    cpu_limit: config.cpulimit === undefined ? null : Number(config.cpulimit),
    cpu_units: config.cpuunits === undefined ? null : Number(config.cpuunits),
    protection: config.protection === undefined ? null : String(config.protection) === '1',
    hookscript: text('hookscript'),
    startup: config.startup === undefined ? null : startupFields.parse(String(config.startup)),
  };
}
