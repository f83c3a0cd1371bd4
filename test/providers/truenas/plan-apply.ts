// Plans and applies a TrueNAS resource in-process, as terraform drives it: the proposed new state
// terraform core builds (an unset computed attribute proposes its prior value, a write-only one
// null), then the provider's plan and apply, against a simulator's client. For update cases that
// turn on what a plan keeps or drops, without the cost of a terraform run.
import type { AnyResource } from '../../../src/framework/provider.js';
import { blockType } from '../../../src/framework/implied-type.js';
import type { BlockBody } from '../../../src/framework/schema.js';
import { ResourceRuntime } from '../../../src/framework/resource-runtime.js';
import { decodeDynamic, encodeDynamic } from '../../../src/framework/wire.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASProviderData } from '../../../src/providers/truenas/provider-data.js';
import { silentLogger } from '../../../src/log/logger.js';
import { valuesEqual } from '../../../src/values/compare.js';
import type { Value } from '../../../src/values/types.js';

export type Attributes = Record<string, Value>;

export interface Applied {
  /** The state the apply saved. */
  readonly state: Attributes;
  /** What the plan promised. */
  readonly planned: Attributes;
  /** The attributes whose change the plan says replaces the object. */
  readonly replacing: string[];
  /** The summaries of the plan's and the apply's error diagnostics. */
  readonly errors: string[];
}

/** A runtime of `resource` whose operations reach the simulator through `client`. */
export function inProcess(resource: unknown, client: TrueNASClient) {
  const provider: TrueNASProviderData = { client, openClient: () => Promise.reject(new Error('no second client in-process')) };
  return inProcessWith(resource, provider);
}

/** A runtime of `resource` of any provider, given that provider's data (its client reaching a simulator). */
export function inProcessWith<P>(resource: unknown, provider: P) {
  const runtime = new ResourceRuntime<P>(resource as AnyResource<P>, () => provider);
  const type = blockType(runtime.schema);
  const call = { signal: new AbortController().signal, logger: silentLogger };
  const dv = (value: Value) => encodeDynamic(value, type);
  const errorsOf = (diagnostics: { severity?: number; summary?: string; detail?: string }[] | undefined) =>
    (diagnostics ?? []).filter((d) => d.severity === 1).map((d) => `${d.summary ?? ''}: ${d.detail ?? ''}`);

  /** Every attribute and block of the schema (or of a nested block's `body`), null (or no blocks) where `config` leaves it out. */
  function complete(config: Attributes, body: BlockBody = runtime.schema): Attributes {
    const full: Attributes = Object.fromEntries(Object.keys(body.attributes).map((name) => [name, config[name] ?? null]));
    for (const [name, spec] of Object.entries(body.blocks)) {
      // Blocks nested in blocks too (a cloud_init's ip list): absent, a list block is empty.
      const fill = (element: Value): Value => complete(element as Attributes, spec.block);
      const given = config[name];
      full[name] = spec.nesting === 'single' ? (given === undefined || given === null ? null : fill(given)) : Array.isArray(given) ? given.map(fill) : [];
    }
    return full;
  }

  /**
   * Terraform core's proposed new state: the configuration, with unset computed attributes at
   * their prior value, also in blocks (matched by position, as core does for lists).
   */
  function proposedFor(config: Attributes, prior: Attributes | null, body: BlockBody = runtime.schema): Attributes {
    const proposed: Attributes = { ...config };
    for (const [name, spec] of Object.entries(body.attributes)) {
      const configured = config[name] ?? null;
      if (spec.writeOnly) proposed[name] = null;
      else if (configured === null && spec.computed) proposed[name] = prior?.[name] ?? null;
      else proposed[name] = configured;
    }
    for (const [name, spec] of Object.entries(body.blocks)) {
      const given = config[name] ?? null;
      const before = prior?.[name] ?? null;
      const element = (value: Value, old: Value | undefined) =>
        proposedFor(value as Attributes, old === undefined || old === null ? null : (old as Attributes), spec.block);
      if (spec.nesting === 'single') proposed[name] = given === null ? null : element(given, before);
      else if (Array.isArray(given)) proposed[name] = given.map((value, i) => element(value, Array.isArray(before) ? before[i] : undefined));
    }
    return proposed;
  }

  /** Plans `config` over `prior` without applying: the plan's errors and warnings, and whether it changes the object. */
  async function planOnly(config: Attributes, prior: Attributes): Promise<{ errors: string[]; warnings: string[]; changes: boolean }> {
    const full = complete(config);
    const plan = await runtime.plan({ type_name: 'x', config: dv(full), proposed_new_state: dv(proposedFor(full, prior)), prior_state: dv(prior) }, call);
    const warnings = (plan.diagnostics ?? []).filter((d) => d.severity === 2).map((d) => `${d.summary ?? ''}: ${d.detail ?? ''}`);
    return { errors: errorsOf(plan.diagnostics), warnings, changes: !valuesEqual(decodeDynamic(plan.planned_state, type), prior, type) };
  }

  /** Plans `config` over `prior` (null: create) and applies the plan; `betweenPlanAndApply` runs after a plan without errors. */
  async function apply(config: Attributes, prior: Attributes | null, betweenPlanAndApply?: () => Promise<void>): Promise<Applied> {
    const full = complete(config);
    const plan = await runtime.plan({ type_name: 'x', config: dv(full), proposed_new_state: dv(proposedFor(full, prior)), prior_state: dv(prior) }, call);
    const planned = decodeDynamic(plan.planned_state, type) as Attributes;
    const replacing = (plan.requires_replace ?? []).map((path) => (path.steps ?? []).map((step) => step.attribute_name ?? '').join('.'));
    const planErrors = errorsOf(plan.diagnostics);
    if (planErrors.length > 0) return { state: prior ?? {}, planned, replacing, errors: planErrors };
    await betweenPlanAndApply?.();
    const applied = await runtime.apply(
      { type_name: 'x', config: dv(full), planned_state: plan.planned_state, prior_state: dv(prior), planned_private: plan.planned_private },
      call,
    );
    return { state: decodeDynamic(applied.new_state, type) as Attributes, planned, replacing, errors: errorsOf(applied.diagnostics) };
  }

  /** A destroy, as terraform applies it (planned state null): the state it leaves (null when gone) and its errors. */
  async function destroy(state: Attributes): Promise<{ state: Attributes | null; errors: string[] }> {
    const applied = await runtime.apply({ type_name: 'x', config: dv(null), planned_state: dv(null), prior_state: dv(state) }, call);
    return { state: decodeDynamic(applied.new_state, type) as Attributes | null, errors: errorsOf(applied.diagnostics) };
  }

  /** A refresh: the state as read back from the server. */
  async function refresh(state: Attributes): Promise<Attributes> {
    const read = await runtime.read({ type_name: 'x', current_state: dv(state) }, call);
    return decodeDynamic(read.new_state, type) as Attributes;
  }

  /**
   * Refreshes `state` and plans `config` over it: the attributes the plan would change (empty
   * when terraform would report no changes).
   */
  async function changesAfterRefresh(config: Attributes, state: Attributes): Promise<string[]> {
    const fresh = await refresh(state);
    const full = complete(config);
    const plan = await runtime.plan({ type_name: 'x', config: dv(full), proposed_new_state: dv(proposedFor(full, fresh)), prior_state: dv(fresh) }, call);
    const planned = decodeDynamic(plan.planned_state, type) as Attributes;
    const attributes = Object.entries(runtime.schema.attributes).filter(([name, spec]) => !valuesEqual(planned[name] ?? null, fresh[name] ?? null, spec.type));
    const blocks = Object.keys(runtime.schema.blocks).filter((name) => JSON.stringify(planned[name] ?? null) !== JSON.stringify(fresh[name] ?? null));
    return [...attributes.map(([name]) => name), ...blocks];
  }

  /** `terraform import ID` (or an import block): the state it gives (null when it fails) and its errors. */
  async function importId(id: string): Promise<{ state: Attributes | null; errors: string[] }> {
    const imported = await runtime.import({ type_name: 'x', id }, call);
    const [resource] = imported.imported_resources ?? [];
    return { state: resource ? (decodeDynamic(resource.state, type) as Attributes) : null, errors: errorsOf(imported.diagnostics) };
  }

  /**
   * Imports `id` and plans `config` over it, as terraform does for an import block: the attributes
   * the plan would change (empty: no changes), after checking the import succeeded.
   */
  async function changesAfterImport(id: string, config: Attributes): Promise<string[]> {
    const imported = await importId(id);
    if (imported.state === null) throw new Error(`importing "${id}" failed: ${imported.errors.join('; ')}`);
    return changesAfterRefresh(config, imported.state);
  }

  /** Validates `config` as terraform validate does: the summaries and details of its errors. */
  function validate(config: Attributes): string[] {
    return errorsOf(runtime.validate({ type_name: 'x', config: dv(complete(config)) }).diagnostics);
  }

  return { apply, planOnly, destroy, refresh, changesAfterRefresh, importId, changesAfterImport, validate };
}
