// Registries that check themselves: adding a resource, an API group or a simulator object kind
// must not be able to skip one of the places that list them. Each check derives the expected
// list from the one declaration (the providers' resource lists, the client's own groups, the
// simulator state's own tables) and fails naming what is missing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import type { AnyResource, ProviderDefinition } from '../../src/framework/provider.js';
import type { Schema } from '../../src/framework/schema.js';
import { silentLogger } from '../../src/log/logger.js';
import { proxmoxProvider } from '../../src/providers/proxmox/index.js';
import { truenasProvider } from '../../src/providers/truenas/index.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { SimState } from '../../src/sim/truenas/state.js';
import { ACCEPTANCE_EXCLUSIONS, acceptanceCoveredTypes } from '../helpers/lifecycle-acceptance.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PROVIDERS = [truenasProvider, proxmoxProvider] as unknown as ProviderDefinition<Schema, unknown>[];

function shortName(provider: { name: string }, typeName: string): string {
  return typeName.slice(provider.name.length + 1);
}

/** Kebab-case as the CDKTF generator names a type's folder (`proxmox_api_token` -> `api-token`). */
function kebab(name: string): string {
  return name.replace(/_/g, '-');
}

describe('provider registries', () => {
  it('gives every resource and data source a unique type name prefixed by its provider', () => {
    for (const kind of ['resources', 'dataSources'] as const) {
      const names = PROVIDERS.flatMap((p) => p[kind].map((r) => r.name));
      const twice = names.filter((name, i) => names.indexOf(name) !== i);
      assert.deepEqual(twice, [], `${kind} sharing a type name`);
      for (const provider of PROVIDERS) {
        for (const r of provider[kind]) assert.match(r.name, new RegExp(`^${provider.name}_[a-z0-9_]+$`), `${r.name} is not named ${provider.name}_*`);
      }
    }
  });

  it('has a docs page for every resource and data source, and no page without one', () => {
    for (const provider of PROVIDERS) {
      for (const [kind, folder] of [
        ['resources', 'resources'],
        ['dataSources', 'data-sources'],
      ] as const) {
        const expected = provider[kind].map((r) => `${shortName(provider, r.name)}.md`).sort();
        const dir = join(ROOT, 'docs', provider.name, folder);
        const present = existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.endsWith('.md'))
              .sort()
          : [];
        assert.deepEqual(present, expected, `docs/${provider.name}/${folder} does not match the provider's ${kind} (run make docs)`);
      }
    }
  });

  it('puts every resource type in an acceptance case or in the exclusion list with a reason (docs/acceptance.md)', () => {
    const covered = acceptanceCoveredTypes();
    const all = PROVIDERS.flatMap((p) => p.resources.map((r) => r.name));
    const missing = all.filter((name) => !covered.has(name) && ACCEPTANCE_EXCLUSIONS[name] === undefined);
    assert.deepEqual(missing, [], 'resource types in no acceptance case (test/helpers/lifecycle-acceptance.ts): add a case or an exclusion with its reason');
    const both = all.filter((name) => covered.has(name) && ACCEPTANCE_EXCLUSIONS[name] !== undefined);
    assert.deepEqual(both, [], 'covered resource types still listed as excluded');
    const unknown = Object.keys(ACCEPTANCE_EXCLUSIONS).filter((name) => !all.includes(name));
    assert.deepEqual(unknown, [], 'exclusions of resource types that do not exist');
    for (const [name, reason] of Object.entries(ACCEPTANCE_EXCLUSIONS)) assert.match(reason, /^\S.{9,}$/, `${name}: a one-line reason`);
  });

  it('has CDKTF bindings for every resource and data source, and none left over', () => {
    for (const provider of PROVIDERS) {
      const expected = [
        ...provider.resources.map((r) => kebab(shortName(provider, r.name))),
        ...provider.dataSources.map((d) => `data-${kebab(d.name)}`),
        'provider',
      ].sort();
      const present = readdirSync(join(ROOT, 'cdktf', 'src', provider.name))
        .filter((f) => !f.includes('.'))
        .sort();
      assert.deepEqual(present, expected, `cdktf/src/${provider.name} does not match the provider (run make cdktf)`);
    }
  });
});

/** Method names along an object's prototype chain. */
function methodNames(value: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(...Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor'));
  }
  return names;
}

describe('end-to-end coverage', () => {
  it('runs the lifecycle of every truenas resource against every supported release', () => {
    // The e2e files whose lifecycles run on each release of TRUENAS_RELEASES (provider aliases).
    const dir = join(ROOT, 'test', 'e2e');
    // With the case files they import (`./truenas-…-case.js`).
    const everyRelease = readdirSync(dir)
      .filter((file) => file.startsWith('truenas-') && file.endsWith('.test.ts'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .filter((text) => text.includes('TRUENAS_RELEASES'))
      .flatMap((text) => [text, ...[...text.matchAll(/from '\.\/(truenas-[a-z0-9-]+)\.js'/g)].map((m) => readFileSync(join(dir, `${m[1]!}.ts`), 'utf8'))]);
    const applied = new Set(everyRelease.flatMap((text) => [...text.matchAll(/resource "(truenas_[a-z0-9_]+)"/g)].map((m) => m[1]!)));
    const missing = truenasProvider.resources.map((r) => r.name).filter((name) => !applied.has(name));
    assert.deepEqual(missing, [], 'resources no e2e file runs on every release (TRUENAS_RELEASES in test/providers/truenas/harness.ts)');
  });
});

describe('resource definitions', () => {
  it("defines every resource and data source with its provider's bound definer (provider-data.ts), never defineResource<…>() by hand", () => {
    const byHand: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          entry.name.endsWith('.ts') &&
          entry.name !== 'provider-data.ts' &&
          /\bdefine(Resource|DataSource|EphemeralResource)<\w+ProviderData>\(\)/.test(readFileSync(path, 'utf8'))
        ) {
          byHand.push(path.slice(ROOT.length + 1));
        }
      }
    };
    walk(join(ROOT, 'src', 'providers'));
    assert.deepEqual(byHand, []);
  });
});

describe('API client registries', () => {
  it('exercises every Proxmox endpoint group in the schema conformance test', () => {
    const client = new ProxmoxClient({ endpoint: 'https://127.0.0.1:1', apiToken: 'root@pam!t=x', logger: silentLogger });
    const groups = Object.entries(client)
      .filter(([, value]) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype)
      .filter(([, value]) => methodNames(value).length > 0)
      .map(([name]) => name)
      .filter((name) => name !== 'http')
      .sort();
    const source = readFileSync(join(ROOT, 'test', 'clients', 'proxmox', 'schema-conformance.test.ts'), 'utf8');
    const listed =
      /const GROUPS = \[([^\]]*)\]/
        .exec(source)?.[1]
        ?.match(/'([a-z]+)'/g)
        ?.map((q) => q.slice(1, -1))
        .sort() ?? [];
    assert.deepEqual(listed, groups, 'GROUPS in test/clients/proxmox/schema-conformance.test.ts must list every endpoint group of ProxmoxClient');
  });
});

describe('simulator registries', () => {
  it("reports every TrueNAS object table in the simulator's inventory (which the e2e leftover checks read)", () => {
    const state = new SimState([{ name: 'tank', size: 1024 ** 3 }]) as unknown as Record<string, unknown>;
    const inventory = (state as unknown as SimState).inventory();
    // Object kinds the inventory reports under another name, and what is not a user's object.
    const reportedAs: Record<string, string> = { services: 'runningServices' };
    const notObjects = new Set(['events', 'jobs']);
    const tables = Object.entries(state)
      .filter(([name, value]) => !notObjects.has(name) && (value instanceof Map || (typeof value === 'object' && value !== null && 'rows' in value)))
      .map(([name]) => name);
    const missing = tables.filter((name) => !((reportedAs[name] ?? name) in inventory));
    assert.deepEqual(missing, [], 'object kinds of the TrueNAS simulator missing from SimState.inventory()');
  });
});

/** The provider configured against a simulator, as terraform's ConfigureProvider would. */
async function configure(provider: ProviderDefinition<Schema, unknown>, settings: Record<string, unknown>): Promise<unknown> {
  const config = Object.fromEntries(Object.keys(provider.schema.attributes).map((name) => [name, settings[name] ?? null]));
  return provider.configure({ logger: silentLogger, signal: new AbortController().signal, terraformVersion: '1.11.0' } as never, config as never);
}

function operationContext(provider: unknown) {
  return { provider, logger: silentLogger, signal: new AbortController().signal, timeoutMs: undefined, warn: () => {}, savePartialState: () => {} };
}

/** Objects that always exist (singletons, services): read finds them, delete resets rather than removes. */
const SINGLETONS = new Set([
  'truenas_service',
  'truenas_ssh_config',
  'truenas_nfs_config',
  'truenas_nvmet_global',
  'truenas_iscsi_global',
  'truenas_smb_config',
  'truenas_ftp_config',
  'truenas_snmp_config',
  'truenas_ups_config',
  'truenas_mail_config',
  'truenas_network_config',
  'truenas_alert_policy',
  'proxmox_cluster_firewall',
  'proxmox_node_firewall',
  'proxmox_sdn_applier',
  'proxmox_node_dns',
  'proxmox_node_hosts',
  'proxmox_node_time',
  'proxmox_node_config',
  'proxmox_cluster_options',
]);

describe('not-found handling of every resource', () => {
  let truenas: TrueNASSimulator;
  let proxmox: ProxmoxSimulator;
  before(async () => {
    truenas = await startTrueNASSimulator({ apiKeys: ['1-registry'], loginRateLimit: false, badLoginDelayMs: 0 });
    // A root@pam ticket: some objects (ACME accounts) are root@pam's alone, even to read.
    proxmox = await startProxmoxSimulator({ users: [{ userid: 'root@pam', password: 'registry' }], taskDelayMs: 1 });
  });
  after(async () => {
    await truenas?.stop();
    await proxmox?.stop();
  });

  // A resource whose read throws for an object that is gone (its not-found text or errno is not
  // recognised) makes terraform fail instead of planning to create it again.
  it('reads an object that does not exist as gone, and deletes it without error', async () => {
    const configured = new Map<unknown, unknown>([
      [truenasProvider, await configure(truenasProvider as never, { endpoint: truenas.url, api_key: '1-registry' })],
      [proxmoxProvider, await configure(proxmoxProvider as never, { endpoint: proxmox.url, username: 'root@pam', password: 'registry', insecure: true })],
    ]);
    const failures: string[] = [];
    for (const provider of PROVIDERS) {
      const ctx = operationContext(configured.get(provider));
      for (const resource of provider.resources as readonly AnyResource<unknown>[]) {
        if (SINGLETONS.has(resource.name)) continue;
        const nulls = Object.fromEntries(Object.keys(resource.schema.attributes).map((name) => [name, null]));
        const imported = resource.importState ? resource.importState(resource.importId.example) : { id: resource.importId.example };
        const state = { ...nulls, ...imported } as Record<string, unknown>;
        try {
          const found = await resource.read(ctx as never, state);
          if (found !== null) failures.push(`${resource.name}: read of missing "${resource.importId.example}" returned an object`);
          await resource.delete(ctx as never, state);
        } catch (error) {
          failures.push(`${resource.name}: ${(error as Error).message}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
