// `truemox discover truenas|proxmox`: reads a server with the provider's own settings (the
// same TRUENAS_* / PROXMOX_VE_* variables, forced read-only so nothing can change) and writes
// `import` blocks for every object the provider manages; `terraform plan
// -generate-config-out=generated.tf` then writes their configuration.
import { writeFileSync } from 'node:fs';
import type { DiscoveryRegistry } from '../discovery/discovered.js';
import { importBlocks, type TypedObjects } from '../discovery/import-blocks.js';
import type { ProviderDefinition } from '../framework/provider.js';
import type { Schema } from '../framework/schema.js';
import { silentLogger } from '../log/logger.js';
import { loadProvider, type ProviderName } from '../providers/registry.js';

export interface DiscoverOptions {
  /** Resource types to look for (all discoverable ones when empty). */
  readonly types?: readonly string[];
  /** Only objects whose label or id matches this regular expression. */
  readonly name?: string;
  /** Where to write the import blocks; stdout when unset. */
  readonly out?: string;
  readonly log?: (line: string) => void;
}

/** A client for the named provider, configured as the provider would be from the environment, read-only. */
async function configuredClient(provider: ProviderDefinition<Schema, unknown>): Promise<{ client: unknown; close: () => Promise<void> }> {
  const config: Record<string, unknown> = Object.fromEntries(Object.keys(provider.schema.attributes).map((name) => [name, null]));
  for (const [name, block] of Object.entries(provider.schema.blocks ?? {})) config[name] = block.nesting === 'single' ? null : [];
  config['read_only'] = true;
  const data = (await provider.configure({ logger: silentLogger, signal: new AbortController().signal, terraformVersion: '' }, config as never)) as {
    client: { close?: () => unknown };
  };
  return { client: data.client, close: async () => void (await data.client.close?.()) };
}

async function registryFor(name: ProviderName): Promise<DiscoveryRegistry<unknown>> {
  return name === 'truenas'
    ? ((await import('../discovery/truenas.js')).truenasDiscovery as DiscoveryRegistry<unknown>)
    : ((await import('../discovery/proxmox.js')).proxmoxDiscovery as DiscoveryRegistry<unknown>);
}

/** Finds the objects and writes their import blocks; returns what it found. */
export async function discover(name: ProviderName, options: DiscoverOptions = {}): Promise<TypedObjects[]> {
  const log = options.log ?? ((line: string) => console.error(line));
  const registry = await registryFor(name);
  const wanted = options.types && options.types.length > 0 ? options.types : Object.keys(registry.discoverers);
  for (const type of wanted) {
    if (registry.discoverers[type] !== undefined) continue;
    const reason = registry.undiscoverable[type];
    throw new Error(reason !== undefined ? `${type} cannot be discovered: ${reason}` : `${type} is not a ${name} resource type`);
  }
  const filter = options.name !== undefined ? new RegExp(options.name) : undefined;
  const { client, close } = await configuredClient(await loadProvider(name));
  const found: TypedObjects[] = [];
  try {
    for (const type of wanted) {
      const objects = (await registry.discoverers[type]!(client)).filter((o) => !filter || filter.test(o.label) || filter.test(o.id));
      if (objects.length > 0) found.push({ type, objects });
      log(`${type}: ${objects.length}`);
    }
  } finally {
    await close();
  }
  const text = `# Written by truemox discover ${name}: import blocks for what the server holds.\n# Next: terraform plan -generate-config-out=generated.tf\n\n${importBlocks(found)}`;
  if (options.out !== undefined) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return found;
}
