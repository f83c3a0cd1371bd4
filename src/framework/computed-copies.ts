// A data source that reads what a resource manages shows the same attributes, read-only: these
// copies keep each attribute's type, description and sensitivity from the resource's schema, so
// the two cannot drift apart, and drop what only configuration needs (required/optional,
// defaults, validators, plan modifiers).
import type { AttributeSpec } from './schema.js';

/** The model type of an attribute, as a computed one has it: the value or null. */
type ComputedModel<A> = A extends AttributeSpec<infer T, unknown> ? NonNullable<T> | null : never;

/** Computed copies of `names` from a resource's attributes (not nested or write-only ones). */
export function computedCopies<A extends Readonly<Record<string, AttributeSpec>>, const K extends keyof A & string>(
  attributes: A,
  names: readonly K[],
): { [N in K]: AttributeSpec<ComputedModel<A[N]>> } {
  const copies: Record<string, AttributeSpec> = {};
  for (const name of names) {
    const source = attributes[name]!;
    if (source.nested !== undefined || source.writeOnly) throw new Error(`computedCopies: "${name}" is nested or write-only`);
    copies[name] = {
      kind: 'attribute',
      type: source.type,
      required: false,
      optional: false,
      computed: true,
      sensitive: source.sensitive,
      writeOnly: false,
      description: source.description,
      markdownDescription: source.markdownDescription,
      deprecationMessage: source.deprecationMessage,
      validators: [],
      planModifiers: [],
    };
  }
  return copies as { [N in K]: AttributeSpec<ComputedModel<A[N]>> };
}
