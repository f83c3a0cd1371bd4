// Builders for attributes, nested attributes and nested blocks.
//
//   attr.string({ required: true, description: 'Name of the zvol.' })     -> string
//   attr.number({ optional: true, computed: true, description: '…' })     -> number | null
//   block.list({ description: '…', attributes: { … } }, { maxItems: 8 }) -> Model[]
//
// Flag combinations terraform rejects are refused here, when the schema is declared.
import { types, type CtyType, type Value } from '../values/types.js';
import type { AttributeSpec, BlockBody, BlockNestingMode, BlockSpec, ModelOfMembers, NestingMode } from './schema.js';
import { ty, type TypeSpec } from './type-spec.js';
import type { PlanModifier } from './plan-modifiers.js';
import type { Validator } from './validators.js';

export interface AttributeOptions<T> {
  readonly description: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly writeOnly?: boolean;
  /** Planned when the configuration leaves the attribute unset; makes it optional + computed. */
  readonly default?: T;
  readonly validators?: readonly Validator[];
  readonly planModifiers?: readonly PlanModifier[];
  readonly semanticEquals?: (known: Value, fresh: Value) => boolean;
}

/** Required attributes are never null in the model; every other kind may be. */
type Nullable<O, T> = O extends { required: true } ? T : T | null;

function checkFlags(options: AttributeOptions<unknown>): { required: boolean; optional: boolean; computed: boolean } {
  const hasDefault = options.default !== undefined;
  const required = options.required === true;
  const optional = options.optional === true || hasDefault;
  const computed = options.computed === true || hasDefault;
  if (required && (optional || computed)) {
    throw new Error('a required attribute cannot also be optional, computed or have a default');
  }
  if (!required && !optional && !computed) {
    throw new Error('an attribute must be required, optional or computed');
  }
  if (options.writeOnly && computed) throw new Error('a write-only attribute cannot be computed');
  return { required, optional, computed };
}

function attribute<T, O extends AttributeOptions<T>>(type: CtyType, options: O): AttributeSpec<Nullable<O, T>> {
  const flags = checkFlags(options);
  return {
    kind: 'attribute',
    type,
    ...flags,
    sensitive: options.sensitive === true,
    writeOnly: options.writeOnly === true,
    description: options.description,
    markdownDescription: options.markdownDescription,
    deprecationMessage: options.deprecationMessage,
    default: options.default as Value | undefined,
    validators: options.validators ?? [],
    planModifiers: options.planModifiers ?? [],
    semanticEquals: options.semanticEquals,
  };
}

type NestedModel<N extends NestingMode, M> = N extends 'single'
  ? M
  : N extends 'map'
    ? Record<string, M>
    : M[];

export const attr = {
  string: <const O extends AttributeOptions<string>>(options: O) => attribute<string, O>(ty.string.cty, options),
  number: <const O extends AttributeOptions<number>>(options: O) => attribute<number, O>(ty.number.cty, options),
  bool: <const O extends AttributeOptions<boolean>>(options: O) => attribute<boolean, O>(ty.bool.cty, options),
  dynamic: <const O extends AttributeOptions<unknown>>(options: O) => attribute<unknown, O>(ty.dynamic.cty, options),
  list: <T, const O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) =>
    attribute<T[], O>(ty.list(element).cty, options),
  set: <T, const O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) =>
    attribute<T[], O>(ty.set(element).cty, options),
  map: <T, const O extends AttributeOptions<Record<string, T>>>(element: TypeSpec<T>, options: O) =>
    attribute<Record<string, T>, O>(ty.map(element).cty, options),
  object: <T, const O extends AttributeOptions<T>>(type: TypeSpec<T>, options: O) =>
    attribute<T, O>(type.cty, options),
  /** Nested attributes (terraform's `nested_type`): `disks = [{ … }]` rather than `disk { … }` blocks. */
  nested: <
    N extends NestingMode,
    A extends Record<string, AttributeSpec>,
    const O extends AttributeOptions<NestedModel<N, ModelOfMembers<A, {}>>>,
  >(
    nesting: N,
    attributes: A,
    options: O,
  ): AttributeSpec<Nullable<O, NestedModel<N, ModelOfMembers<A, {}>>>> => {
    const objectType = types.object(Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type])));
    const type = nesting === 'single' ? objectType : nesting === 'map' ? types.map(objectType) : { kind: nesting, element: objectType } as CtyType;
    return { ...attribute(type, options), nested: { nesting, attributes } };
  },
};

export interface BlockBodyInput<A, B> {
  readonly description: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
  readonly attributes: A;
  readonly blocks?: B;
}

export interface BlockOptions {
  readonly minItems?: number;
  readonly maxItems?: number;
}

type BlockModelFor<N extends BlockNestingMode, M> = N extends 'single'
  ? M | null
  : N extends 'group'
    ? M
    : N extends 'map'
      ? Record<string, M>
      : M[];

function nestedBlock<
  N extends BlockNestingMode,
  A extends Record<string, AttributeSpec>,
  B extends Record<string, BlockSpec> = {},
>(nesting: N, input: BlockBodyInput<A, B>, options: BlockOptions = {}): BlockSpec<BlockModelFor<N, ModelOfMembers<A, B>>> {
  const minItems = options.minItems ?? 0;
  const maxItems = options.maxItems ?? (nesting === 'single' && minItems === 1 ? 1 : 0);
  if (nesting === 'single' && !(minItems === 0 && maxItems === 0) && !(minItems === 1 && maxItems === 1)) {
    throw new Error('a single nested block has minItems/maxItems both 0 or both 1');
  }
  if ((nesting === 'group' || nesting === 'map') && (minItems !== 0 || maxItems !== 0)) {
    throw new Error(`a ${nesting} nested block takes no minItems/maxItems`);
  }
  if (maxItems !== 0 && minItems > maxItems) throw new Error('minItems exceeds maxItems');
  return {
    kind: 'block',
    nesting,
    block: body(input),
    minItems,
    maxItems,
    description: input.description,
    markdownDescription: input.markdownDescription,
    deprecationMessage: input.deprecationMessage,
  };
}

export function body<A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(
  input: BlockBodyInput<A, B>,
): BlockBody & { attributes: A; blocks: B } {
  const blocks = (input.blocks ?? {}) as B;
  for (const name of [...Object.keys(input.attributes), ...Object.keys(blocks)]) {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`invalid attribute or block name "${name}"`);
  }
  for (const name of Object.keys(blocks)) {
    if (name in input.attributes) throw new Error(`"${name}" is both an attribute and a block`);
  }
  return {
    description: input.description,
    markdownDescription: input.markdownDescription,
    deprecationMessage: input.deprecationMessage,
    attributes: input.attributes,
    blocks,
  };
}

export const block = {
  single: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(
    input: BlockBodyInput<A, B>,
    options?: BlockOptions,
  ) => nestedBlock('single', input, options),
  list: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(
    input: BlockBodyInput<A, B>,
    options?: BlockOptions,
  ) => nestedBlock('list', input, options),
  set: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(
    input: BlockBodyInput<A, B>,
    options?: BlockOptions,
  ) => nestedBlock('set', input, options),
  map: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(input: BlockBodyInput<A, B>) =>
    nestedBlock('map', input),
  group: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(input: BlockBodyInput<A, B>) =>
    nestedBlock('group', input),
};

/** A resource's or data source's schema: a top-level block with a state version. */
export function schema<A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = {}>(
  input: BlockBodyInput<A, B> & { readonly version?: number },
) {
  return { ...body(input), version: input.version ?? 0 };
}
