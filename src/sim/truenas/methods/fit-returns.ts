// Rows shaped as the simulated release returns them: the simulator keeps one row model for every
// release and drops the fields this release's `returns` schema does not declare (25.04 users
// have `id_type_both`, 25.10 groups `immutable`, 26.0 users `webshare` and API keys SCRAM fields).
import type { CallContext } from '../registry.js';
import type { JsonSchema } from '../schema/types.js';

/** The object schema describing one row of a method's result (a query's item or a config). */
function rowSchema(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.properties) return node;
  for (const key of ['anyOf', 'oneOf'] as const) {
    for (const member of node[key] ?? []) {
      const found = rowSchema(member);
      if (found) return found;
    }
  }
  return typeof node.items === 'object' ? rowSchema(node.items) : undefined;
}

/** Keeps the fields of `row` that `method`'s result declares in this release. */
export function fitReturns(ctx: CallContext, method: string, row: Record<string, unknown>): Record<string, unknown> {
  const properties = rowSchema(ctx.schema.method(method)?.returns)?.properties;
  if (!properties) return row;
  return Object.fromEntries(Object.entries(row).filter(([key]) => Object.hasOwn(properties, key)));
}
