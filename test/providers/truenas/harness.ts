// A TrueNAS simulator and a terraform workspace configured for it (through TRUENAS_*
// environment variables), for the truenas provider's end-to-end tests.
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { providerWorkspace } from '../../helpers/providers.js';
import type { StateResource, Workspace } from '../../helpers/terraform.js';

export const TRUENAS_KEY = '1-e2e0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

export const TRUENAS_PROVIDER = `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
provider "truenas" {}
`;

export interface TrueNASE2e {
  readonly sim: TrueNASSimulator;
  readonly ws: Workspace;
  /** Writes main.tf: the provider block followed by `hcl`. */
  config(hcl: string): void;
  resource(address: string): Promise<StateResource>;
  /** Resources of one type in state. */
  ofType(type: string): Promise<StateResource[]>;
  close(): Promise<void>;
}

export async function startTrueNASE2e(options: TrueNASSimulatorOptions = {}): Promise<TrueNASE2e> {
  const sim = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, ...options });
  const ws = providerWorkspace({ TRUENAS_ENDPOINT: sim.url, TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
  ws.writeConfig(TRUENAS_PROVIDER);
  await ws.init();
  return {
    sim,
    ws,
    config: (hcl) => ws.writeConfig(`${TRUENAS_PROVIDER}\n${hcl}`),
    async resource(address) {
      const found = (await ws.resources()).find((r) => r.address === address);
      if (!found) throw new Error(`${address} is not in state`);
      return found;
    },
    async ofType(type) {
      return (await ws.resources()).filter((r) => r.type === type);
    },
    async close() {
      ws.cleanup();
      await sim.stop();
    },
  };
}

/**
 * The TrueNAS releases every resource's lifecycle runs against: one of each API schema the
 * simulator models (25.04's legacy models, 25.10's, 26.0's without REST). `provider` is what a
 * resource's `provider =` names to run against the release's server.
 */
export const TRUENAS_RELEASES = [
  { alias: 'v2504', version: '25.04.2', provider: 'truenas-v2504' },
  { alias: 'v2510', version: '25.10.1', provider: 'truenas-v2510' },
  { alias: 'v2600', version: '26.0.0', provider: 'truenas-v2600' },
] as const;

export type TrueNASRelease = (typeof TRUENAS_RELEASES)[number];

/** A simulator per release and one workspace with a provider per release (one `terraform init`). */
export interface TrueNASReleasesE2e {
  /** The simulators by release alias. */
  readonly sims: Map<string, TrueNASSimulator>;
  readonly ws: Workspace;
  /** The `terraform {}` block and the provider blocks (main.tf). */
  readonly providers: string;
  close(): Promise<void>;
}

/**
 * Each release's server behind a provider of its own source (`truemox/truenas-v2504`…, copies of
 * the TrueNAS provider), not aliases of one: terraform then reattaches one running process per
 * release for every command instead of starting the provider afresh each time (aliases of one
 * provider share its process; see providerWorkspace). test/e2e/truenas-versions.test.ts runs
 * the releases as aliases, the way users write them.
 */
export async function startTrueNASReleases(
  releases: readonly TrueNASRelease[] = TRUENAS_RELEASES,
  options: TrueNASSimulatorOptions = {},
): Promise<TrueNASReleasesE2e> {
  const sims = new Map<string, TrueNASSimulator>();
  const sources = releases.map((release) => `    ${release.provider} = { source = "truemox/${release.provider}" }\n`).join('');
  let providers = `terraform {\n  required_providers {\n    truenas = { source = "truemox/truenas" }\n${sources}  }\n}\n`;
  for (const release of releases) {
    const sim = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, ...options, version: release.version });
    sims.set(release.alias, sim);
    providers += `provider "${release.provider}" {\n  endpoint = "${sim.url}"\n}\n`;
  }
  const ws = providerWorkspace(
    { TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' },
    releases.map((release) => release.provider),
  );
  ws.writeConfig(providers, 'main.tf');
  await ws.init();
  return {
    sims,
    ws,
    providers,
    async close() {
      ws.cleanup();
      for (const sim of sims.values()) await sim.stop();
    },
  };
}

/** Runs terraform expecting failure; returns its combined output. */
export async function expectFailure(ws: Workspace, args: readonly string[]): Promise<string> {
  const result = await ws.run([...args, '-no-color']);
  assert.notEqual(result.code, 0, `terraform ${args.join(' ')} should fail\n${result.stdout}`);
  return `${result.stdout}\n${result.stderr}`;
}

/**
 * The applied state's values by address, read once per lifecycle step (one `terraform show`
 * however many checks ask; a step's `applied` result is new at every step).
 */
const stepStates = new WeakMap<object, Promise<Map<string, StateResource>>>();
export async function stepState(context: { readonly ws: Workspace; readonly applied: object }): Promise<Map<string, StateResource>> {
  let state = stepStates.get(context.applied);
  if (!state) {
    state = context.ws.resources().then((resources) => new Map(resources.map((r) => [r.address, r])));
    stepStates.set(context.applied, state);
  }
  return state;
}

/** One resource's values in the step's applied state. */
export async function stepValues(context: { readonly ws: Workspace; readonly applied: object }, address: string): Promise<Record<string, unknown>> {
  const found = (await stepState(context)).get(address);
  if (!found) throw new Error(`${address} is not in state`);
  return found.values;
}

/** What the simulator still holds of these inventory kinds (the pool's root dataset aside), as "kind id" lines. */
export function heldOf(sim: TrueNASSimulator, kinds: readonly string[]): string[] {
  const held = sim.state.inventory();
  return kinds.flatMap((kind) => (held[kind] ?? []).filter((id) => !(kind === 'datasets' && id === 'tank')).map((id) => `${kind} ${id}`));
}

/** Terraform's output split into its diagnostics ("Error: … with <address>, … <detail>"), line breaks folded. */
export function diagnosticsOf(output: string): string[] {
  return output.split(/\n(?=(?:Error|Warning): )/).map((d) => d.replace(/\s+/g, ' '));
}

/** Asserts a diagnostic about `address` (its "with <address>," line) matches `message`. */
export function assertBlames(output: string, address: string, message: RegExp): void {
  assert.ok(
    diagnosticsOf(output).some((d) => d.includes(`with ${address},`) && message.test(d)),
    `no diagnostic on ${address} matches ${message}\n${output}`,
  );
}

/** One resource's block in a plan's human output ("# <address> will be …" to its closing brace). */
export function planBlock(plan: string, address: string): string {
  const start = plan.indexOf(`# ${address} `);
  if (start < 0) return '';
  const end = plan.indexOf('\n    }\n', start);
  return plan.slice(start, end < 0 ? undefined : end);
}
