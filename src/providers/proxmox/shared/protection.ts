// A guest's protection flag against the plan: Proxmox refuses removing a VM's drives and
// changing or removing a container's mount points while the config holds it (pve-guest-common
// AbstractConfig.pm `check_protection`, from qemu-server API2/Qemu.pm `update_vm` and
// pve-container LXC/Config.pm `update_pct_config`). Turned off in the same apply, the resources
// turn it off first (config-diff.ts `protectionOffFirst`); left on, the apply is refused before
// any call instead of failing halfway.
import type { PlanContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../provider-data.js';

/** Refuses the update when protection stays on and `guarded` (config keys) would change. */
export function refuseGuardedChanges(ctx: PlanContext<ProxmoxProviderData>, guarded: readonly string[], what: string): void {
  if (ctx.creating || guarded.length === 0 || ctx.prior.bool('protection') !== true || ctx.planned.bool('protection') !== true) return;
  ctx.refuseUpdate(
    'protection',
    'Protected guest',
    `Proxmox refuses ${what} while protection is on (${guarded.join(', ')}): set protection = false in the same apply (it is turned off first), or leave them as they are.`,
  );
}
