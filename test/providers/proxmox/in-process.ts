// What a proxmox resource's operations get when a test runs them in process against the
// simulator (test/clients/proxmox/harness.ts): the provider's data and an operation context.
import type { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { ProxmoxProviderData } from '../../../src/providers/proxmox/provider-data.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';

/** The provider's data around `client`: no SSH access; guest ids from the server's next free one. */
export function providerData(client: ProxmoxClient): ProxmoxProviderData {
  return { client, ssh: undefined, vmids: new VmidAllocator(client.cluster) };
}

/** The context of a create, update or read called directly: the client, and sinks for warnings and partial state. */
export function operationContext(client: ProxmoxClient) {
  return {
    provider: providerData(client),
    logger: silentLogger,
    signal: new AbortController().signal,
    timeoutMs: undefined,
    warn: () => {},
    savePartialState: () => {},
  } as never;
}
