// What every proxmox resource, data source and ephemeral resource gets from the configured
// provider, and the typed definers bound to it.
import type { ProxmoxClient } from '../../clients/proxmox/index.js';
import { defineDataSource } from '../../framework/data-source.js';
import { defineEphemeralResource } from '../../framework/ephemeral-resource.js';
import { defineResource } from '../../framework/resource.js';
import type { VmidAllocator } from './shared/vmid-allocator.js';
import type { SshSettings } from './ssh/settings.js';

export interface ProxmoxProviderData {
  readonly client: ProxmoxClient;
  /** Ids for new guests, unique within this provider process (parallel creates). */
  readonly vmids: VmidAllocator;
  /** SSH access to the nodes (the `ssh` block), for what the API cannot write; undefined when not configured. */
  readonly ssh: SshSettings | undefined;
}

export const proxmoxResource = defineResource<ProxmoxProviderData>();
export const proxmoxDataSource = defineDataSource<ProxmoxProviderData>();
export const proxmoxEphemeralResource = defineEphemeralResource<ProxmoxProviderData>();
