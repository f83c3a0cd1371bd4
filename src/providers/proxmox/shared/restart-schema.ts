// The attributes saying how `proxmox_vm` and `proxmox_lxc` restart a running guest whose changes
// wait for a restart (see restart.ts).
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';

export const DEFAULT_SHUTDOWN_TIMEOUT_S = 180;

/** `reboot_after_update` and `shutdown_timeout`; `waiting` says which changes wait for this kind of guest. */
export function restartAttributes(guest: 'VM' | 'container', waiting: string) {
  return {
    reboot_after_update: attr.bool({
      default: true,
      description: `Restart a running ${guest} after an update whose changes wait for a restart: ${waiting} (default true). The restart is a graceful shutdown (see shutdown_timeout), then a start. With false, such changes stay pending until you restart the ${guest}, and apply warns which they are.`,
    }),
    shutdown_timeout: attr.number({
      default: DEFAULT_SHUTDOWN_TIMEOUT_S,
      description: `Seconds a ${guest} gets to shut down for that restart (default ${DEFAULT_SHUTDOWN_TIMEOUT_S}). A guest that ignores the shutdown request fails the update with an error naming the changes that wait; it is not forced off.`,
      validators: [validators.between(1, 86_400), validators.integer()],
    }),
  };
}
