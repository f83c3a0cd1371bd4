// What a provider author writes for a data source: a schema and a read.
import type { ModelOf, Schema } from './schema.js';
import type { OperationContext, ValidateContext } from './resource.js';

export interface DataSourceDefinition<S extends Schema, P, M = ModelOf<S>> {
  /** The full data source type name, e.g. `truenas_pool`. */
  readonly name: string;
  readonly schema: S;
  readonly example?: string;
  /** Gets the configured arguments, returns them with every computed attribute filled in. */
  read(ctx: OperationContext<P>, config: M): Promise<M>;
  validateConfig?(ctx: ValidateContext): void;
}

export function defineDataSource<P>() {
  return <S extends Schema>(definition: DataSourceDefinition<S, P>): DataSourceDefinition<S, P> => definition;
}
