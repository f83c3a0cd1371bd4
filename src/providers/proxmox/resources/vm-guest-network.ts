// What the QEMU guest agent reports of the guest's network (`GET .../agent/network-get-interfaces`),
// as `proxmox_vm`'s outputs, and the bounded, opt-in wait for a first address after apply.
import type { AgentInterface, ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { GuestRef } from '../shared/guest-id.js';
import { NO_GUEST_NETWORK, type GuestNetworkOutputs } from './vm-config.js';

const LOOPBACK = /^(lo|Loopback Pseudo-Interface \d+)$/;

/** Addresses per family, loopback interfaces and link-local/loopback addresses left out. */
export function guestNetworkOutputs(interfaces: readonly AgentInterface[]): GuestNetworkOutputs {
  const outputs: GuestNetworkOutputs = { ipv4_addresses: [], ipv6_addresses: [], network_interface_names: [] };
  for (const nic of interfaces) {
    if (LOOPBACK.test(nic.name)) continue;
    outputs.network_interface_names.push(nic.name);
    for (const address of nic['ip-addresses'] ?? []) {
      const ip = address['ip-address'];
      if (address['ip-address-type'] === 'ipv4' && !ip.startsWith('127.') && !ip.startsWith('169.254.')) outputs.ipv4_addresses.push(ip);
      if (address['ip-address-type'] === 'ipv6' && ip !== '::1' && !/^fe80:/i.test(ip)) outputs.ipv6_addresses.push(ip);
    }
  }
  return outputs;
}

/** The agent's report, or nothing when the VM is stopped, has no agent, or the agent does not answer (yet). */
export async function readGuestNetwork(client: ProxmoxClient, ref: GuestRef, running: boolean, agentEnabled: boolean): Promise<GuestNetworkOutputs> {
  if (!running || !agentEnabled) return NO_GUEST_NETWORK;
  try {
    return guestNetworkOutputs(await client.qemu.agentInterfaces(ref.node, ref.vmid));
  } catch {
    // "QEMU guest agent is not running" (500) until the guest has booted and started its agent.
    return NO_GUEST_NETWORK;
  }
}

/** Polls the agent until it reports an address or `timeoutS` passes; a timeout warns, it does not fail the apply. */
export async function waitForGuestIp(
  ctx: OperationContext<{ client: ProxmoxClient }>,
  ref: GuestRef,
  timeoutS: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    const outputs = await readGuestNetwork(ctx.provider.client, ref, true, true);
    if (outputs.ipv4_addresses.length > 0 || outputs.ipv6_addresses.length > 0) return;
    if (Date.now() >= deadline) {
      ctx.warn(
        'No IP address from the guest agent',
        `VM ${ref.vmid}'s guest agent reported no IP address within ${timeoutS} seconds; the addresses appear at a later refresh.`,
        attributePath('agent_wait_for_ip'),
      );
      return;
    }
    if (ctx.signal.aborted) return;
    await sleep(2000);
  }
}

/** The pool a guest belongs to (`GET /cluster/resources`), or null. */
export async function guestPool(client: ProxmoxClient, vmid: number): Promise<string | null> {
  const found = (await client.cluster.resources('vm')).find((r) => r.vmid === vmid);
  return found?.pool ?? null;
}

/** Moves a guest into `wanted` (out of `current`), as `PUT /pools` does with `allow-move`. */
export async function setGuestPool(client: ProxmoxClient, vmid: number, current: string | null, wanted: string | null): Promise<void> {
  if (current === wanted) return;
  if (wanted === null) {
    if (current !== null) await client.pools.update(current, { vms: [vmid], remove: true });
    return;
  }
  await client.pools.update(wanted, { vms: [vmid], allowMove: true });
}
