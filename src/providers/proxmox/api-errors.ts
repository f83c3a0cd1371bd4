// The proxmox provider's one translation of Proxmox VE API errors into errors about attributes,
// with the fix in words. Texts: qemu-server PVE/API2/Qemu.pm and pve-container
// src/PVE/API2/LXC.pm ("unable to create VM N - VM N already exists on node 'X'"),
// pve-cluster PVE/Cluster.pm check_node_exists ("no such node"), pve-storage
// PVE/Storage.pm storage_config ("storage 'X' does not exist"), pve-access-control
// PVE/API2/{User,Group,Role,Pool}.pm ("... already exists").
import { ProxmoxApiError, ProxmoxTaskError } from '../../clients/proxmox/errors.js'; // not the index: the client loads lazily
import { AttributeError, type AttributePath, type PathStep } from '../../framework/diagnostics.js';
import { importAdvice, type ErrorExplainer, type FailedOperation } from '../../framework/error-explainer.js';
import { getAttr, isListValue, isObjectValue } from '../../framework/values-util.js';
import type { Value } from '../../values/types.js';

/** The id attribute and import id of objects whose create says "already exists". */
const ADOPTABLE: Readonly<Record<string, (failed: FailedOperation) => { attribute: string; id: string | undefined }>> = {
  proxmox_pool: (f) => ({ attribute: 'pool_id', id: f.values.string('pool_id') }),
  proxmox_user: (f) => ({ attribute: 'user_id', id: f.values.string('user_id') }),
  proxmox_group: (f) => ({ attribute: 'group_id', id: f.values.string('group_id') }),
  proxmox_role: (f) => ({ attribute: 'role_id', id: f.values.string('role_id') }),
  proxmox_storage: (f) => ({ attribute: 'storage', id: f.values.string('storage') }),
};

/** The first `storage` attribute holding `storage`, anywhere in the planned values (disk[1].storage). */
function storagePath(value: Value, storage: string, path: PathStep[] = []): AttributePath | undefined {
  if (isListValue(value)) {
    for (const [index, element] of value.entries()) {
      const found = storagePath(element, storage, [...path, { index }]);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObjectValue(value)) return undefined;
  if (getAttr(value, 'storage') === storage) return [...path, { attribute: 'storage' }];
  for (const [name, member] of Object.entries(value)) {
    const found = storagePath(member as Value, storage, [...path, { attribute: name }]);
    if (found) return found;
  }
  return undefined;
}

/** What the server said: an HTTP error's message and parameter errors, or a failed task's exit status. */
interface ServerSaid {
  readonly message: string;
  readonly errors: Readonly<Record<string, string>>;
}

function serverSaid(error: unknown): ServerSaid | undefined {
  if (error instanceof ProxmoxApiError) return { message: error.serverMessage, errors: error.errors };
  if (error instanceof ProxmoxTaskError) return { message: error.exitStatus, errors: {} };
  return undefined;
}

function existingGuest(error: ServerSaid, failed: FailedOperation): AttributeError | undefined {
  if (failed.resourceType !== 'proxmox_vm' && failed.resourceType !== 'proxmox_lxc') return undefined;
  const text = [error.message, error.errors['vmid'] ?? ''].join(' ');
  const match = /(?:VM|CT) (\d+) already exists(?: on node '([^']+)')?/.exec(text);
  if (!match) return undefined;
  const node = match[2] ?? failed.values.string('node') ?? 'NODE';
  return new AttributeError(
    'vmid',
    'The VMID is taken',
    `${match[0]}.\n${importAdvice(failed.resourceType, `${node}/${match[1]}`)}\nOtherwise choose another vmid, or leave vmid unset to take the next free one.`,
  );
}

/**
 * The attributes each per-option privilege covers (qemu-server PVE/API2/Qemu.pm `$cpuoptions`,
 * `$memoryoptions`, `$hwtypeoptions`, `$generaloptions`, `$cloudinitoptions`, disks and NICs;
 * pve-container src/PVE/LXC.pm `check_ct_modify_config_perm`): the first is where the error points.
 */
const PRIVILEGE_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  proxmox_vm: {
    'VM.Config.CPU': ['cores', 'sockets', 'cpu_type'],
    'VM.Config.Memory': ['memory', 'balloon'],
    'VM.Config.HWType': ['bios', 'machine', 'scsi_hardware'],
    'VM.Config.Options': ['name', 'description', 'tags', 'os_type', 'boot_order', 'agent', 'start_on_boot'],
    'VM.Config.Disk': ['disk'],
    'VM.Config.CDROM': ['cdrom'],
    'VM.Config.Network': ['network'],
    'VM.Config.Cloudinit': ['cloud_init'],
    'VM.PowerMgmt': ['started'],
  },
  proxmox_lxc: {
    'VM.Config.CPU': ['cores'],
    'VM.Config.Memory': ['memory', 'swap'],
    'VM.Config.Options': ['hostname', 'description', 'tags', 'start_on_boot'],
    'VM.Config.Disk': ['rootfs', 'mount_point'],
    'VM.Config.Network': ['network', 'dns_servers', 'search_domain'],
    'VM.PowerMgmt': ['started'],
  },
};

/** `Permission check failed (/vms/100, VM.Config.CPU)`: the privilege the credentials lack, on the attributes it covers. */
function missingPrivilege(message: string, failed: FailedOperation): AttributeError | undefined {
  const match = /Permission check failed \(([^,]+), ([^)]+)\)/.exec(message);
  if (!match) return undefined;
  const [, path, privilege] = match;
  const attributes = PRIVILEGE_ATTRIBUTES[failed.resourceType]?.[privilege ?? ''];
  if (!attributes?.[0]) return undefined;
  return new AttributeError(
    attributes[0],
    'Permission denied by the Proxmox VE server',
    `${message}: changing ${attributes.join(', ')} needs ${privilege} on ${path}, which the credentials lack ` +
      '(an API token with privilege separation has only what both it and its user are granted). ' +
      'Grant a role with that privilege, or leave these attributes as they are.',
  );
}

export const explainProxmoxError: ErrorExplainer = (thrown, failed) => {
  const error = serverSaid(thrown);
  if (!error) return undefined;
  const message = error.message;
  if (failed.operation === 'create') {
    const guest = existingGuest(error, failed);
    if (guest) return guest;
    const adoptable = ADOPTABLE[failed.resourceType]?.(failed);
    if (adoptable && /already exists|already defined/i.test([message, ...Object.values(error.errors)].join(' '))) {
      const adopt = adoptable.id !== undefined ? `\n${importAdvice(failed.resourceType, adoptable.id)}` : '';
      return new AttributeError(
        adoptable.attribute,
        'Already exists on the Proxmox VE server',
        `${message}.${adopt}\nOtherwise choose another ${adoptable.attribute}.`,
      );
    }
  }
  const denied = missingPrivilege(message, failed);
  if (denied) return denied;
  const node = /no such node '([^']+)'|hostname lookup '([^']+)' failed/.exec(message);
  if (node) {
    return new AttributeError(
      'node',
      'Unknown node',
      `Proxmox VE has no node "${node[1] ?? node[2]}": use the name of a cluster node (the data source proxmox_nodes lists them).`,
    );
  }
  const storage = /storage '([^']+)' does not exist/.exec(message);
  if (storage?.[1]) {
    const path = storagePath(failed.values.value, storage[1]);
    if (path)
      return new AttributeError(
        path,
        'Unknown storage',
        `Proxmox VE has no storage "${storage[1]}" (on this node): use a storage id that exists there (the data source proxmox_storages lists them).`,
      );
  }
  const pool = /pool '([^']+)' does not exist/.exec(message);
  if (pool && failed.values.string('pool') === pool[1]) {
    return new AttributeError(
      'pool',
      'Unknown pool',
      `Proxmox VE has no pool "${pool[1]}": create it first (a proxmox_pool resource this one refers to) or fix the name.`,
    );
  }
  for (const [param, text] of Object.entries(error.errors)) {
    if (isObjectValue(failed.values.value) && param in failed.values.value) {
      return new AttributeError(param, 'Refused by the Proxmox VE server', `${param}: ${text}`);
    }
  }
  return undefined;
};
