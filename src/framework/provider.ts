// What a provider author writes for the provider itself: its configuration schema, how to
// turn that configuration into API clients, and its resources, data sources and functions.
import type { ErrorExplainer } from './error-explainer.js';
import type { Logger } from '../log/logger.js';
import type { DataSourceDefinition } from './data-source.js';
import type { FunctionDefinition } from './function.js';
import type { AnyEphemeralResource } from './ephemeral-runtime.js';
import type { ResourceDefinition, ValidateContext } from './resource.js';
import type { ModelOf, Schema } from './schema.js';

export interface ConfigureContext {
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly terraformVersion: string;
}

/** Any resource of this provider, seen with its model as a plain record. */
export type AnyResource<P> = ResourceDefinition<Schema, P, Record<string, unknown>, Record<string, unknown>>;
export type AnyDataSource<P> = DataSourceDefinition<Schema, P, Record<string, unknown>>;

export interface ProviderDefinition<S extends Schema, P> {
  /** The provider's type name, also the prefix of its resource types (`truenas`). */
  readonly name: string;
  /** Its source address, e.g. `registry.terraform.io/truemox/truenas`. */
  readonly address: string;
  readonly version: string;
  readonly schema: S;
  readonly resources: readonly AnyResource<P>[];
  readonly dataSources: readonly AnyDataSource<P>[];
  readonly functions: readonly FunctionDefinition[];
  /** Short-lived values terraform opens, renews and closes, never stored (credentials). */
  readonly ephemeralResources?: readonly AnyEphemeralResource<P>[];
  /** An example provider block for the generated docs. */
  readonly example?: string;
  validateConfig?(ctx: ValidateContext): void;
  /** Settings and clients for the resources; throw an AttributeError for a bad setting. */
  configure(ctx: ConfigureContext, config: ModelOf<S>): Promise<P>;
  /** Turns an API error of a failed create, update or delete into one about an attribute, with the fix in words. */
  readonly explainError?: ErrorExplainer;
  /**
   * The API calls this process's clients have made (`api_calls`, every request sent, logins
   * included, and finer counters), logged (info) when the process exits: what a
   * terraform command cost the server, one provider process at a time.
   */
  apiCallCounts?(configured: P): Readonly<Record<string, number>>;
}

export function defineProvider<S extends Schema, P>(definition: ProviderDefinition<S, P>): ProviderDefinition<S, P> {
  return definition;
}
