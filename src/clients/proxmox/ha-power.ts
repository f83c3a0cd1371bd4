// Starting and stopping an HA-managed guest. For a guest that is an HA resource (not `ignored`),
// `POST .../status/start|stop|shutdown` does not act on it: it answers an `hastart`/`hastop` task
// that only sets the resource's requested state (`ha-manager set --state started`,
// `ha-manager crm-command stop`) and ends (qemu-server src/PVE/API2/Qemu.pm:3631-3642,
// :3750-3768, :3932-3945 @e6352be; pve-container src/PVE/API2/LXC/Status.pm:166-177, :266-280,
// :365-375 @94f5585). The LRM of the guest's node starts or stops it some seconds later. So the
// end of that task says nothing about the guest's status: this waits for it.
import { ApiError } from '../common/api-error.js';
import type { EndpointContext } from './endpoints/context.js';
import { clusterGuests } from './ha-migration.js';
import { abortableSleep, MAX_POLL_MS, type TaskOptions } from './tasks.js';
import { ProxmoxTaskTimeoutError } from './errors.js';
import { parseUpid } from './upid.js';

/** The HA stack did not bring the guest to the status asked for. */
export class ProxmoxHaPowerError extends ApiError {
  readonly retryable = false;
  constructor(vmid: number, want: GuestRunState, reason: string) {
    super(
      `ha-manager ${want === 'running' ? 'start' : 'stop'} ${vmid}`,
      `the HA stack did not ${want === 'running' ? 'start' : 'stop'} guest ${vmid}: ${reason}`,
    );
  }
}

export type GuestRunState = 'running' | 'stopped';

/** The status an `hastart`/`hastop` task asked the HA stack for; undefined for any other task. */
export function haPowerRequest(upid: string): GuestRunState | undefined {
  const type = parseUpid(upid)?.type;
  return type === 'hastart' ? 'running' : type === 'hastop' ? 'stopped' : undefined;
}

/**
 * Waits until /cluster/resources lists the guest with status `want` and an HA state no longer
 * `request_start`/`request_stop` (`starting` for a start), bounded by `wait` (signal, time limit).
 * Throws ProxmoxHaPowerError when the HA stack gave up (state `error`) or the guest is gone.
 */
export async function awaitHaPower(ctx: EndpointContext, vmid: number, want: GuestRunState, requestUpid: string, wait: TaskOptions | undefined): Promise<void> {
  const timeoutMs = wait?.timeoutMs ?? Number.POSITIVE_INFINITY;
  const deadline = Date.now() + timeoutMs;
  let delay = ctx.tasks.pollMs;
  ctx.logger.info(`the guest is HA managed: waiting for the HA stack to ${want === 'running' ? 'start' : 'stop'} it`, { vmid, request: requestUpid });
  for (;;) {
    const guests = await ctx.http.call('GET', '/cluster/resources', { type: 'vm' }, clusterGuests, wait?.signal ? { signal: wait.signal } : {});
    const guest = guests.find((entry) => entry.vmid === vmid);
    if (guest === undefined)
      throw new ProxmoxHaPowerError(vmid, want, `/cluster/resources does not list it (gone, or the credentials lack VM.Audit on /vms/${vmid})`);
    if (guest.hastate === 'error') throw new ProxmoxHaPowerError(vmid, want, "its HA state is 'error' (see `ha-manager status` and the node's task log)");
    const requested = guest.hastate !== undefined && /^(request_start|request_stop|starting)$/.test(guest.hastate);
    if (guest.status === want && !requested) return;
    if (Date.now() + delay > deadline) throw new ProxmoxTaskTimeoutError(requestUpid, timeoutMs);
    ctx.logger.debug('waiting for the HA stack', { vmid, status: guest.status, hastate: guest.hastate, want });
    await abortableSleep(delay, wait?.signal);
    delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
  }
}
