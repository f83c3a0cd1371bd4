// Drives whose new volume is not simply `STORAGE:SIZE` GiB, as qemu-server's `create_disks`
// (src/PVE/API2/Qemu.pm) allocates them:
// - `efidisk0`: the OVMF vars template's size (`OVMF::create_efidisk`): 528K for efitype=4m,
//   128K for 2m; pre-enrolled keys also record the Microsoft 2023 certificate (`ms-cert=2023k`);
// - `tpmstate0`: a fixed 4 MiB (`PVE::QemuServer::Drive::TPMSTATE_DISK_SIZE`);
// - `import-from=VOLUME` with the special size 0: a copy of the source volume, its size; the
//   option itself is not kept in the config.
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { checkVolumeAccess, type GuestPermContext } from './guest-privileges.js';
import { isRootPam, requirePrivileges } from './permissions.js';
import { die, paramError } from './pve-error.js';
import type { SimState } from './state.js';
import { findVolume } from './volumes.js';

const KIB = 1024;
const EFI_VARS_BYTES: Readonly<Record<string, number>> = { '4m': 528 * KIB, '2m': 128 * KIB };
export const TPMSTATE_BYTES = 4 * KIB * KIB;

export interface SpecialAllocation {
  /** Bytes of the new volume. */
  readonly size: number;
  /** Options to write besides the request's (minus `import-from`). */
  readonly options: Record<string, string>;
  /** Options the config does not keep. */
  readonly dropped: readonly string[];
}

/** How a new volume for `key` is allocated when it is not a plain size; undefined for plain ones. */
export function specialAllocation(state: SimState, key: string, options: Readonly<Record<string, string>>): SpecialAllocation | undefined {
  const source = options['import-from'];
  if (source !== undefined) {
    const volume = findVolume(state, source);
    if (!volume) throw die(`unable to parse volume ID '${source}'`);
    if (volume.content !== 'images' && volume.content !== 'import')
      throw die(`${source} has wrong type '${volume.content}' - needs to be 'images' or 'import'`);
    return { size: volume.size, options: {}, dropped: ['import-from'] };
  }
  if (key === 'efidisk0') {
    const efitype = options.efitype ?? '2m';
    const msCert: Record<string, string> = options['pre-enrolled-keys'] === '1' ? { 'ms-cert': '2023k' } : {};
    return { size: EFI_VARS_BYTES[efitype] ?? EFI_VARS_BYTES['2m']!, options: msCert, dropped: [] };
  }
  if (key === 'tpmstate0') return { size: TPMSTATE_BYTES, options: {}, dropped: [] };
  return undefined;
}

/**
 * `$check_drive_param`: `import-from` needs `<storage>:0`; an EFI disk import needs efitype and
 * pre-enrolled-keys, a TPM import its version. Returns the 400's per-option text, if any.
 */
export function importFromProblem(key: string, value: string): string | undefined {
  const { bare, props } = parsePropertyString(value);
  if (props['import-from'] === undefined) return undefined;
  const spec = bare ?? props.file ?? props.volume ?? '';
  const alloc = /^(([^/:\s]+):)?(\d+(\.\d+)?)$/.exec(spec);
  if (!alloc || Number(alloc[3]) !== 0) return "'import-from' requires special syntax - use <storage ID>:0,import-from=<source>";
  if (key === 'efidisk0')
    for (const required of ['efitype', 'pre-enrolled-keys']) if (props[required] === undefined) return `need to specify '${required}' when using 'import-from'`;
  if (key === 'tpmstate0' && props.version === undefined) return "need to specify 'version' when using 'import-from'";
  return undefined;
}

/** `$check_drive_param`'s import-from checks over a request's drives: a 400 naming the option. */
export function checkDriveParams(settings: Readonly<Record<string, string>>): void {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (!/^(scsi|virtio|sata|ide)\d+$|^efidisk0$|^tpmstate0$/.test(key)) continue;
    const problem = importFromProblem(key, value);
    if (problem !== undefined) errors[key] = problem;
  }
  if (Object.keys(errors).length > 0) throw paramError(errors);
}

/**
 * `$check_storage_access` on an `import-from` source: a guest's disk needs VM.Clone on that
 * guest, anything else (an `import` volume) the usual volume access.
 */
export function checkImportSources(ctx: GuestPermContext, settings: Readonly<Record<string, string>>): void {
  if (isRootPam(ctx.who)) return;
  for (const value of Object.values(settings)) {
    const source = parsePropertyString(value).props['import-from'];
    if (source === undefined) continue;
    const volume = findVolume(ctx.state, source);
    if (volume?.vmid !== undefined && volume.content === 'images') requirePrivileges(ctx.state, ctx.who, `/vms/${volume.vmid}`, ['VM.Clone']);
    else checkVolumeAccess(ctx, source);
  }
}
