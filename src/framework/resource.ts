// What a provider author writes for a managed resource: a schema and four operations on
// plain TypeScript objects. The framework does the protocol, the plan rules and the checks.
import type { Logger } from '../log/logger.js';
import type { Value } from '../values/types.js';
import type { AttributePath } from './diagnostics.js';
import type { ObjectView } from './object-view.js';
import type { AttributeNameOf, ModelOf, PlanModelOf, Schema } from './schema.js';
import type { TimeoutDefaults } from './timeouts.js';

export interface OperationContext<P> {
  /** What the provider's `configure` returned (API clients and settings). */
  readonly provider: P;
  readonly logger: Logger;
  /** Aborted on Ctrl-C (StopProvider) or when the operation's timeout passes. */
  readonly signal: AbortSignal;
  /** The operation's time limit in milliseconds, when the resource declares one. */
  readonly timeoutMs: number | undefined;
  warn(summary: string, detail?: string, path?: AttributePath): void;
}

export interface WriteContext<P, M> extends OperationContext<P> {
  /**
   * Records the object as it exists on the server right now. Call it as soon as an object has
   * been created: if a later step fails, terraform still learns what exists, and nothing is
   * orphaned. The framework re-reads the object to complete it.
   */
  savePartialState(state: M): void;
}

/** `K`: the resource's attribute names, so a misspelt name in a hook does not compile. */
export interface PlanContext<P, K extends string = string> {
  /** Undefined when the provider could not be configured yet (its config is unknown). */
  readonly provider: P | undefined;
  readonly creating: boolean;
  readonly config: ObjectView<K>;
  readonly prior: ObjectView<K>;
  readonly planned: ObjectView<K>;
  setPlanned(name: K, value: Value): void;
  /**
   * Plans the prior value of `name`, which the hook found equivalent to the configured one
   * (terraform accepts a prior value for a configured attribute). When that settles the last
   * difference nothing changes: the computed values an update would make unknown keep theirs.
   */
  keepPrior(name: K): void;
  /**
   * Whether the plan, as planned so far, updates the existing object: false when creating and when
   * every planned value is the prior one (write-only ones aside, which are never planned). A rule
   * of the server's that only a write would meet (one a newer release added) is checked then.
   */
  updates(): boolean;
  requireReplace(name: K): void;
  error(path: K | AttributePath, summary: string, detail?: string): void;
  warn(path: K | AttributePath, summary: string, detail?: string): void;
  /**
   * Refuses the update this plan describes (a size that would shrink): a warning now, the
   * error when the plan is applied, before any API call. Not an error at plan time, since
   * `terraform destroy` plans the configuration first and would stop on it.
   */
  refuseUpdate(path: K | AttributePath, summary: string, detail: string): void;
}

export interface ValidateContext<K extends string = string> {
  readonly config: ObjectView<K>;
  error(path: K | AttributePath, summary: string, detail?: string): void;
  warn(path: K | AttributePath, summary: string, detail?: string): void;
}

export interface ImportIdDoc {
  /** What the import id is, e.g. "the zvol's full name". */
  readonly description: string;
  readonly example: string;
  /**
   * The only ids there are, for an object of which there is one (a configuration): any other id
   * is refused before the read, as an unknown id of another resource is.
   */
  readonly only?: readonly string[];
}

/**
 * `M` is the model in state (and what read returns); `PM` the planned model create and update
 * receive, where attributes with a default are never null.
 */
export interface ResourceDefinition<S extends Schema, P, M = ModelOf<S>, PM = PlanModelOf<S>> {
  /** The full resource type name, e.g. `truenas_zvol`. */
  readonly name: string;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** Default time limits; when set, users can override them in a `timeouts` block. */
  readonly timeouts?: TimeoutDefaults;
  /** An example configuration for the generated docs. */
  readonly example?: string;

  create(ctx: WriteContext<P, M>, plan: PM): Promise<M>;
  /** Returns null when the object no longer exists. */
  read(ctx: OperationContext<P>, state: M): Promise<M | null>;
  update(ctx: WriteContext<P, M>, plan: PM, prior: M): Promise<M>;
  /** Deleting an object that is already gone succeeds. */
  delete(ctx: OperationContext<P>, state: M): Promise<void>;
  /** The state to read after `terraform import ID`; by default `{ id: ID }`. */
  importState?(id: string): Partial<M>;
  validateConfig?(ctx: ValidateContext<AttributeNameOf<S>>): void;
  modifyPlan?(ctx: PlanContext<P, AttributeNameOf<S>>): void | Promise<void>;
  /** State upgraders keyed by the version they upgrade from, on the state's JSON object. */
  readonly upgraders?: Readonly<Record<number, (state: Record<string, unknown>) => Record<string, unknown>>>;
}

export function defineResource<P>() {
  return <S extends Schema>(definition: ResourceDefinition<S, P>): ResourceDefinition<S, P> => definition;
}
