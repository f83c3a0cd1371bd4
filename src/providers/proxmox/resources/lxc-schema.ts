// The schema of `proxmox_lxc`: a container from a template, with its root disk, mount points,
// network devices and features.
import { guestLockNote } from '../shared/guest-lock-note.js';
import { attr, block, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import { lxcExtraAttributes, lxcNetworkExtraAttributes, mountPointExtraAttributes } from './lxc-options.js';
import { startup } from './vm-hardware-schema.js';
import { restartAttributes } from '../shared/restart-schema.js';
import { guestMoveAttributes } from '../shared/guest-move.js';
import { guestNicAttributes } from '../shared/guest-nic-schema.js';
import { cloneBlock } from '../shared/guest-clone.js';
import { consoleAttributes, deviceBlock } from './lxc-devices.js';
import { idmapBlock } from './lxc-idmap.js';
import { containerIpv4Validator } from '../shared/ip-config.js';
import { tagsValidator } from '../shared/validation.js';
import { keepEquivalent, sameSize, sizeValidator } from '../shared/sizes.js';
import { replaceWhenChangedBetweenValues } from '../../common/create-only.js';
import { idAttribute } from '../shared/key-attributes.js';
import { guestVmidAttr } from '../shared/guest-id.js';

const keep = planModifiers.useStateForUnknown();
const ROOT_ONLY = 'Proxmox lets only root@pam change it (an API token never is root@pam): it needs a ticket login as root@pam (PROXMOX_VE_USERNAME/PASSWORD).';
const replace = planModifiers.requiresReplace();
/**
 * Create-only settings Proxmox keeps no record of: a change from one value to another replaces
 * the container; removing one (or an import learning it) changes nothing on the server, so it
 * only updates the state and the container stays, with its data.
 */
const replaceOnceKnown = replaceWhenChangedBetweenValues(
  'changing it from one value to another forces replacement (removing it, or giving it to an imported container, does not)',
);
const size = (description: string) =>
  attr.string({ required: true, description, validators: [sizeValidator], semanticEquals: sameSize, planModifiers: [keepEquivalent(sameSize)] });

const rootfs = block.single(
  {
    description: 'The root disk.',
    attributes: {
      storage: attr.string({
        required: true,
        description:
          'Storage, such as "local-lvm". Changing it moves the root disk there (move_volume; a running container is shut down for it and started again, with reboot_after_update), or a migration copies it there (migrate_target_storage).',
      }),
      size: size('Size with a unit, such as "8G"; grows in place, never shrinks.'),
      volume: attr.string({ computed: true, description: 'The volume id Proxmox allocated.', planModifiers: [keep] }),
    },
  },
  { minItems: 1, maxItems: 1 },
);

const mountPoint = block.list({
  description: 'An extra volume (storage and size) or a bind-mounted host directory (host_path), mp0, mp1, ... in the order given.',
  rules: [rules.exactlyOneOf('storage', 'host_path'), rules.requiredWith('storage', 'size'), rules.conflictsWith('host_path', 'size')],
  attributes: {
    storage: attr.string({
      optional: true,
      description: 'Storage of the volume, such as "local-lvm". Changing it moves the volume there (move_volume, as for rootfs).',
    }),
    size: attr.string({
      optional: true,
      description: 'Size of the volume with a unit, such as "16G"; grows in place, never shrinks.',
      validators: [sizeValidator],
      semanticEquals: sameSize,
      planModifiers: [keepEquivalent(sameSize)],
    }),
    ...mountPointExtraAttributes,
    path: attr.string({ required: true, description: 'Mount path in the container, such as "/srv/data".' }),
    backup: attr.bool({ optional: true, description: 'Include the volume in backups.' }),
    volume: attr.string({ computed: true, description: 'The volume id Proxmox allocated.', planModifiers: [keep] }),
  },
});

const network = block.list({
  description: 'A network device, net0, net1, ... in the order given.',
  attributes: {
    name: attr.string({ default: 'eth0', description: 'Interface name in the container (default "eth0").' }),
    bridge: attr.string({ default: 'vmbr0', description: 'Bridge (default "vmbr0").' }),
    ip: attr.string({
      optional: true,
      description: 'IPv4: "dhcp", "manual" or an address with prefix, such as "10.0.0.5/24".',
      validators: [containerIpv4Validator],
    }),
    gateway: attr.string({ optional: true, description: 'IPv4 gateway.', validators: [validators.ipAddress(4)] }),
    ...guestNicAttributes,
    ...lxcNetworkExtraAttributes,
  },
});

const FS_TYPE = /^[a-z0-9_.-]+$/;
const mountTypesValidator = validators.custom<string[]>('file system type names such as "nfs"', (value) =>
  Array.isArray(value) && value.some((name) => typeof name !== 'string' || !FS_TYPE.test(name)) ? 'must hold file system type names such as "nfs"' : undefined,
);

const clone = cloneBlock(
  'container',
  "Create the container as a clone of a container template (or container) on the same node (POST .../clone), instead of from an OS template. Changing it replaces the container. The configuration is then applied in full, as for a new container: settings, mount points and network devices it does not list are removed. A full copy puts every volume on rootfs.storage; a linked clone stays on the template's storage, which rootfs.storage must name. Password and SSH keys cannot be set on a clone.",
);

export const lxcSchema = schema({
  description: `An LXC container on a Proxmox VE node. ${guestLockNote('container', 'pct')}`,
  attributes: {
    id: idAttribute('NODE/VMID, such as "pve/200".'),
    node: attr.string({ required: true, description: 'Node. Changing it replaces the container, or with migrate = true migrates it there.' }),
    vmid: guestVmidAttr('Container'),
    template: attr.string({
      optional: true,
      description:
        'OS template volume, such as "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst". Required to create a container unless it is a clone; an imported container may leave it unset (Proxmox does not record it). Changing it to another template replaces the container; removing it keeps the container.',
      // Proxmox does not keep the template: an imported container learns it from the configuration.
      planModifiers: [replaceOnceKnown],
    }),
    hostname: attr.string({
      optional: true,
      computed: true,
      description: 'Host name (Proxmox picks CT<vmid> when unset at create; removed from the configuration later, the current name is kept).',
      planModifiers: [keep],
    }),
    description: attr.string({ optional: true, description: 'Notes shown in the web UI.' }),
    tags: attr.set(ty.string, { optional: true, description: 'Tags (lower case).', validators: [tagsValidator] }),
    unprivileged: attr.bool({ default: true, description: 'Run as an unprivileged container (default true).', planModifiers: [replace] }),
    password: attr.string({
      optional: true,
      sensitive: true,
      description:
        'Root password, set at creation only. Changing it to another password replaces the container; removing it keeps the container and its root password as it is (Proxmox keeps no record of it to unset).',
      planModifiers: [replaceOnceKnown],
    }),
    password_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'Root password, write-only: set at creation but never stored in the plan or state (Terraform 1.11+).',
    }),
    password_wo_version: attr.number({
      optional: true,
      description:
        'Required with password_wo. Proxmox sets the root password only when it creates a container, so changing the version to another replaces the container; removing password_wo with its version keeps the container and its password.',
      validators: [validators.integer()],
      planModifiers: [replaceOnceKnown],
    }),
    ssh_public_keys: attr.list(ty.string, {
      optional: true,
      description:
        "Root's SSH public keys, set at creation only. Changing them to other keys replaces the container; removing them keeps the container and the keys written into it.",
      planModifiers: [replaceOnceKnown],
    }),
    cores: attr.number({
      optional: true,
      description: "CPU cores; all of the node's when unset.",
      validators: [validators.between(1, 8192), validators.integer()],
    }),
    memory: attr.number({ default: 512, description: 'Memory in MiB (default 512).', validators: [validators.atLeast(16), validators.integer()] }),
    swap: attr.number({ default: 512, description: 'Swap in MiB (default 512).', validators: [validators.atLeast(0), validators.integer()] }),
    nesting: attr.bool({ optional: true, description: 'Allow nested containers (feature nesting, needed by systemd in recent distributions).' }),
    keyctl: attr.bool({ optional: true, description: `Allow the keyctl() system call (feature keyctl, for Docker in unprivileged containers). ${ROOT_ONLY}` }),
    fuse: attr.bool({ optional: true, description: `Allow FUSE mounts (feature fuse). ${ROOT_ONLY}` }),
    mknod: attr.bool({ optional: true, description: `Allow mknod() of a few device nodes (feature mknod, experimental). ${ROOT_ONLY}` }),
    mount_types: attr.set(ty.string, {
      optional: true,
      description: `File system types the container may mount, such as ["nfs", "cifs"] (feature mount). ${ROOT_ONLY}`,
      validators: [mountTypesValidator],
    }),
    dns_servers: attr.list(ty.string, { optional: true, description: "DNS servers; the node's when unset." }),
    search_domain: attr.string({ optional: true, description: 'DNS search domain.' }),
    start_on_boot: attr.bool({ optional: true, description: 'Start the container when the node boots.' }),
    ...lxcExtraAttributes,
    ...consoleAttributes,
    is_template: attr.bool({
      optional: true,
      description:
        "Convert the container into a template (Proxmox's template conversion, POST .../template: its volumes become read-only base volumes for clones; it cannot be started then). Undoing it replaces the container.",
      planModifiers: [replace],
    }),
    started: attr.bool({
      default: true,
      description:
        'Whether the container should be running (default true). For a guest Proxmox HA manages, Proxmox asks the HA stack to start or stop it (which also sets the state of its proxmox_ha_resource to started or stopped), and the apply waits until it has.',
    }),
    ...guestMoveAttributes('container', 'a running container in restart mode: shut down (shutdown_timeout), moved, started again'),
    ...restartAttributes(
      'container',
      'on a running container Proxmox applies only a few settings at once (hostname, description, cores, memory, network, ...) and keeps the rest, such as features, DNS settings and mount-point changes, pending',
    ),
  },
  blocks: { rootfs, mount_point: mountPoint, network, startup, device: deviceBlock, clone, idmap: idmapBlock },
  rules: [rules.conflictsWith('password', 'password_wo'), rules.requiredWith('password_wo', 'password_wo_version')],
});

export type LxcModel = ModelOf<typeof lxcSchema>;
/** The planned container create and update receive: defaulted attributes are set. */
export type LxcPlan = PlanModelOf<typeof lxcSchema>;
export type MountPointModel = LxcModel['mount_point'][number];
export type LxcNetworkModel = LxcModel['network'][number];
