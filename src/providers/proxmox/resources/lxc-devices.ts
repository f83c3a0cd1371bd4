// `proxmox_lxc`'s device passthrough (`devN`: "/dev/ttyUSB0,mode=0660,uid=1000,gid=1000";
// pve-container src/PVE/LXC/Config.pm `$dev_desc`, root@pam only as `check_ct_modify_config_perm`
// says), console settings (`console`, `tty`, `cmode`) and the addresses the running container's
// interfaces report (`GET .../interfaces`).
import type { ContainerInterface, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr, block } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import type { BlockModel } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ConfigValues } from '../shared/config-diff.js';
import type { GuestRef } from '../shared/guest-id.js';
import { buildPropertyString } from '../../../clients/proxmox/property-string.js';
import { field, fieldMapper, type AttributesModel } from './vm-property-fields.js';

export const deviceBlock = block.list(
  {
    description:
      'A host device passed into the container (dev0, dev1, ... in order). Only root@pam may configure device passthrough (a ticket login, not an API token), as Proxmox checks it; the plan says so.',
    attributes: {
      path: attr.string({
        required: true,
        description: 'Host device path, such as "/dev/ttyUSB0" or "/dev/dri/renderD128".',
        validators: [validators.textMatching(/^\/dev\/[^,;=\s]+$/, 'a device path under /dev')],
      }),
      mode: attr.string({
        optional: true,
        description: 'Access mode of the device node in the container, such as "0660".',
        validators: [validators.textMatching(/^0[0-7]{3}$/, 'an octal mode such as 0660')],
      }),
      uid: attr.number({ optional: true, description: 'Owner user id in the container.', validators: [validators.atLeast(0), validators.integer()] }),
      gid: attr.number({ optional: true, description: 'Owner group id in the container.', validators: [validators.atLeast(0), validators.integer()] }),
      deny_write: attr.bool({ optional: true, description: 'Make the device read-only in the container.' }),
    },
  },
  { maxItems: 256 },
);

export type DeviceModel = BlockModel<typeof deviceBlock>[number];

export const deviceFields = fieldMapper<DeviceModel>([
  field('path', 'path'),
  field('mode', 'mode'),
  field('uid', 'uid', 'number'),
  field('gid', 'gid', 'number'),
  field('deny_write', 'deny-write', 'flag'),
]);

/** A devN value as Proxmox writes it: the path as the bare value. */
export function deviceValue(device: DeviceModel): string {
  const { path: _path, ...options } = deviceFields.props(device);
  return buildPropertyString(options, device.path);
}

export function deviceFromConfig(value: string): DeviceModel {
  const parsed = deviceFields.parse(/^\//.test(value) ? `path=${value}` : value);
  return { ...parsed, path: parsed.path ?? '' };
}

export const consoleAttributes = {
  console: attr.bool({ optional: true, description: 'Attach a console device (/dev/console) to the container (Proxmox default: yes).' }),
  tty: attr.number({
    optional: true,
    description: 'Number of ttys for the container (0 to 6; Proxmox default 2).',
    validators: [validators.between(0, 6), validators.integer()],
  }),
  console_mode: attr.string({
    optional: true,
    description: 'What the console opens: "tty" (Proxmox default), "console" (/dev/console) or "shell" (a shell, no login).',
    validators: [validators.oneOf('tty', 'console', 'shell')],
  }),
  ipv4_addresses: attr.list(ty.string, {
    computed: true,
    description: 'IPv4 addresses the running container reports (loopback left out); empty when stopped.',
  }),
  ipv6_addresses: attr.list(ty.string, { computed: true, description: 'IPv6 addresses the running container reports (loopback and link-local left out).' }),
};

/** The console settings (the addresses are read only). */
export type ConsoleModel = Pick<AttributesModel<typeof consoleAttributes>, 'console' | 'tty' | 'console_mode'>;

export function consoleValues(model: ConsoleModel): ConfigValues {
  const values: ConfigValues = {};
  if (model.console !== null) values.console = model.console ? 1 : 0;
  if (model.tty !== null) values.tty = model.tty;
  if (model.console_mode !== null) values.cmode = model.console_mode;
  return values;
}

export function consoleFromConfig(config: Readonly<Record<string, string | number>>): ConsoleModel {
  return {
    console: config.console === undefined ? null : String(config.console) === '1',
    tty: config.tty === undefined ? null : Number(config.tty),
    console_mode: config.cmode === undefined ? null : String(config.cmode),
  };
}

export interface ContainerAddresses {
  ipv4_addresses: string[];
  ipv6_addresses: string[];
}

/** Addresses per family from the interfaces' `ip-addresses` (or `inet`/`inet6`), loopback and link-local left out. */
export function containerAddresses(interfaces: readonly ContainerInterface[]): ContainerAddresses {
  const out: ContainerAddresses = { ipv4_addresses: [], ipv6_addresses: [] };
  for (const nic of interfaces) {
    if (nic.name === 'lo') continue;
    const listed = nic['ip-addresses'] ?? [];
    const addresses =
      listed.length > 0
        ? listed.map((a) => ({ ip: a['ip-address'], v6: /6$/.test(a['ip-address-type']) }))
        : [
            ...(nic.inet === undefined ? [] : [{ ip: nic.inet.split('/')[0] ?? '', v6: false }]),
            ...(nic.inet6 === undefined ? [] : [{ ip: nic.inet6.split('/')[0] ?? '', v6: true }]),
          ];
    for (const { ip, v6 } of addresses) {
      if (!v6 && !ip.startsWith('127.') && !ip.startsWith('169.254.')) out.ipv4_addresses.push(ip);
      if (v6 && ip !== '::1' && !/^fe80:/i.test(ip)) out.ipv6_addresses.push(ip);
    }
  }
  return out;
}

/** The running container's addresses; none when it is stopped or the call fails. */
export async function readContainerAddresses(client: ProxmoxClient, ref: GuestRef, running: boolean): Promise<ContainerAddresses> {
  if (!running) return { ipv4_addresses: [], ipv6_addresses: [] };
  try {
    return containerAddresses(await client.lxc.interfaces(ref.node, ref.vmid));
  } catch {
    return { ipv4_addresses: [], ipv6_addresses: [] };
  }
}
