// Starting and stopping a guest the HA stack manages. Its start, stop and shutdown calls do not
// act on the guest: each answers an `hastart`/`hastop` task that only asks the HA stack and ends
// (qemu-server src/PVE/API2/Qemu.pm:3631-3642 `vm_start`, :3750-3768 `vm_stop`, :3932-3945
// `vm_shutdown` @e6352be; pve-container src/PVE/API2/LXC/Status.pm:166-177, :266-280, :365-375
// @94f5585): a start sets the resource's requested state to `started` (`ha-manager set`), a stop
// or shutdown queues `ha-manager crm-command stop`, whose CRM sets it to `stopped`
// (pve-ha-manager src/PVE/HA/Manager.pm:1422-1437 @b71218f). The LRM of the guest's node then
// starts or stops it as root in a task of its own. A resource in state `ignored` is not managed
// (pve-ha-manager src/PVE/HA/Config.pm:352-365): its guest's calls act at once.
import type { Principal } from '../permissions.js';
import type { SimEngine } from '../engine.js';
import type { TaskLog } from '../task-registry.js';
import type { SimGuest, SimState } from '../state.js';
import { guestLabel, workerType } from './guest-common.js';

/** The LRM's user: HA workers run as root@pam (pve-ha-manager LRM, `rpcenv->{type} = 'ha'`). */
export const HA_USER: Principal = { userid: 'root@pam', privsep: false };

/** The HA resource id of a guest, when the HA stack manages it (a resource not `ignored`). */
export function haManagedSid(state: SimState, guest: SimGuest): string | undefined {
  const sid = `${guest.kind === 'qemu' ? 'vm' : 'ct'}:${guest.vmid}`;
  const resource = state.datacenter.haResources.get(sid);
  return resource === undefined || resource.state === 'ignored' ? undefined : sid;
}

/**
 * The `hastart`/`hastop` task of a managed guest: sets the requested state and ends; the LRM's
 * start or stop task (`lrmWork`, held by `holdTasks` as any task) follows, the service state
 * `request_start`/`request_stop` until it ends, `error` when it failed (the CRM gives up on a
 * resource it cannot start: Manager.pm `next_state_started`).
 */
export function requestHaPower(
  engine: SimEngine,
  guest: SimGuest,
  sid: string,
  want: 'start' | 'stop',
  who: Principal,
  lrmWork: (log: TaskLog) => Promise<void>,
): string {
  const states = engine.state.datacenter.haServiceStates;
  const request = (log: TaskLog): void => {
    log(`Requesting HA ${want} for ${guestLabel(guest.kind)} ${guest.vmid}`);
    const resource = engine.state.datacenter.haResources.get(sid);
    if (resource !== undefined) resource.state = want === 'start' ? 'started' : 'stopped';
    // A guest already as asked for is left alone (the CRM sees nothing to do).
    if ((guest.status === 'running') === (want === 'start')) return;
    states.set(sid, want === 'start' ? 'request_start' : 'request_stop');
    const lrm = engine.tasks.tasks.get(engine.tasks.start(guest.node, workerType(guest.kind, want), String(guest.vmid), HA_USER, lrmWork));
    void lrm?.done.then(() => (/^(OK|WARNINGS: \d+)$/.test(lrm.exitstatus ?? '') ? states.delete(sid) : states.set(sid, 'error')));
  };
  // The request itself is not held by `holdTasks`: only the LRM's task it leads to is.
  return engine.tasks.start(guest.node, want === 'start' ? 'hastart' : 'hastop', String(guest.vmid), who, request, undefined, { pausedInWork: true });
}
