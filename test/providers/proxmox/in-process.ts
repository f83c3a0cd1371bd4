// What a proxmox resource's operations get when a test runs them in process against the
// simulator (test/clients/proxmox/harness.ts): the provider's data and an operation context.
import type { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { ProxmoxProviderData } from '../../../src/providers/proxmox/provider-data.js';

/** The provider's data around `client`: no SSH access; tests that create guests pass their vmids. */
export function providerData(client: ProxmoxClient): ProxmoxProviderData {
  return { client, ssh: undefined, vmids: undefined as never };
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
