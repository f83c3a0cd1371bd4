// Plan-time checks of `proxmox_vm`'s hardware settings that the API would only refuse at apply
// or at the next start (qemu-server PVE/QemuServer.pm `config_to_command`, PVE/QemuServer/PCI.pm).
import { attributePath } from '../../../framework/diagnostics.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { getAttr, isObjectValue } from '../../../framework/values-util.js';

/** The single blocks holding a firmware disk (moved, not replaced, on a storage change). */
export const FIRMWARE_BLOCKS = ['efi_disk', 'tpm_state'] as const;

function known(value: unknown): value is number | string | boolean {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';
}

export function validateHardware(ctx: ValidateContext): void {
  const bios = ctx.config.get('bios');
  if (isObjectValue(ctx.config.get('efi_disk')) && known(bios) && bios !== 'ovmf') {
    ctx.warn('efi_disk', 'EFI disk without OVMF', 'An EFI disk is used only by OVMF (UEFI) firmware; set bios = "ovmf", or drop efi_disk.');
  }
  const cores = ctx.config.get('cores');
  const sockets = ctx.config.get('sockets');
  const vcpus = ctx.config.get('vcpus');
  if (typeof vcpus === 'number') {
    const max = (typeof cores === 'number' ? cores : 1) * (typeof sockets === 'number' ? sockets : 1);
    if ((cores === null || typeof cores === 'number') && (sockets === null || typeof sockets === 'number') && vcpus > max) {
      ctx.error('vcpus', 'Too many vCPUs', `vcpus (${vcpus}) cannot exceed cores × sockets (${max}); Proxmox refuses to start such a VM.`);
    }
  }
  const machine = ctx.config.get('machine');
  const hostpci = ctx.config.get('hostpci');
  if (Array.isArray(hostpci) && typeof machine === 'string' && !/q35/.test(machine)) {
    hostpci.forEach((device, index) => {
      if (getAttr(device, 'pcie') === true)
        ctx.error(
          attributePath('hostpci', index, 'pcie'),
          'PCIe needs a q35 machine',
          `pcie = true works only with a q35 machine type; machine is "${machine}".`,
        );
    });
  }
  const hookscript = ctx.config.get('hookscript');
  if (typeof hookscript === 'string' && !/^[a-zA-Z][a-zA-Z0-9\-_.]*[a-zA-Z0-9]:snippets\/.+/.test(hookscript)) {
    ctx.error('hookscript', 'Not a snippet volume', `hookscript must be a snippet volume such as "local:snippets/hook.pl", not "${hookscript}".`);
  }
}
