// Builders for attributes, nested attributes and nested blocks.
//
//   attr.string({ required: true, description: 'Name of the zvol.' })     -> string
//   attr.number({ optional: true, computed: true, description: '…' })     -> number | null
//   block.list({ description: '…', attributes: { … } }, { maxItems: 8 }) -> Model[]
//
// Flag combinations terraform rejects are refused here, when the schema is declared.
import { types, type CtyType, type Value } from '../values/types.js';
import type { AttributeSpec, BlockBody, BlockNestingMode, BlockSpec, ModelOfMembers, NestingMode, PlanModelOfMembers } from './schema.js';
import { ty, type TypeSpec } from './type-spec.js';
import type { PlanModifier } from './plan-modifiers.js';
import type { AnyValidator, Validator } from './validators.js';
import { ruleAttributes, type AttributeRule } from './rules.js';

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
  /** Checks of the value; typed by kind (`validators.between` on a string does not compile). */
  readonly validators?: readonly Validator<T>[];
  readonly planModifiers?: readonly PlanModifier[];
  readonly semanticEquals?: (known: Value, fresh: Value) => boolean;
}

/**
 * Required attributes and attributes with a default are never null in the model (the framework
 * plans the default whenever the configuration leaves one unset); every other kind may be.
 */
type PlanNullable<O, T> = O extends { required: true } ? T : O extends { default: unknown } ? T : T | null;
/**
 * In state a defaulted attribute holds what the server reported, which may be nothing. A
 * write-only attribute is nullable there even when required: the framework hands create and
 * update the configured value in the plan model and clears it from every state (typed
 * `T | null` rather than `null` so a plan model stays assignable to the state model).
 */
type Nullable<O, T> = O extends { writeOnly: true } ? T | null : O extends { required: true } ? T : T | null;

/** The blocks of a body that has none (nested attributes, bodies without blocks). */
type NoBlocks = Record<never, never>;

/** The options as the runtime sees them: any value type, validators of any kind. */
type UntypedOptions = Omit<AttributeOptions<unknown>, 'validators'> & { readonly validators?: readonly AnyValidator[] };

function checkFlags(options: UntypedOptions): { required: boolean; optional: boolean; computed: boolean } {
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
  if (options.writeOnly && computed) throw new Error('a write-only attribute cannot be computed or have a default');
  // Terraform replaces whenever requires_replace names a write-only path (its value is always null).
  if (options.writeOnly && (options.planModifiers ?? []).length > 0)
    throw new Error('a write-only attribute takes no plan modifiers; pair it with a version attribute');
  return { required, optional, computed };
}

/** The spec of an attribute; its model types (phantom) are those the builders declare. */
function untypedAttribute(type: CtyType, options: UntypedOptions): AttributeSpec<never, never> {
  const { required, optional, computed } = checkFlags(options);
  // One literal without a spread: V8 builds it from a boilerplate of one shape, where a spread
  // makes it define each later property at run time, for each of the providers' many attributes.
  return {
    kind: 'attribute',
    type,
    required,
    optional,
    computed,
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

function attribute<T, O extends AttributeOptions<T>>(type: CtyType, options: O): AttributeSpec<Nullable<O, T>, PlanNullable<O, T>> {
  return untypedAttribute(type, options);
}

type NestedModel<N extends NestingMode, M> = N extends 'single' ? M : N extends 'map' ? Record<string, M> : M[];

export const attr = {
  string: <const O extends AttributeOptions<string>>(options: O) => attribute<string, O>(ty.string.cty, options),
  number: <const O extends AttributeOptions<number>>(options: O) => attribute<number, O>(ty.number.cty, options),
  bool: <const O extends AttributeOptions<boolean>>(options: O) => attribute<boolean, O>(ty.bool.cty, options),
  dynamic: <const O extends AttributeOptions<unknown>>(options: O) => attribute<unknown, O>(ty.dynamic.cty, options),
  list: <T, const O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) => attribute<T[], O>(ty.list(element).cty, options),
  set: <T, const O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) => attribute<T[], O>(ty.set(element).cty, options),
  map: <T, const O extends AttributeOptions<Record<string, T>>>(element: TypeSpec<T>, options: O) =>
    attribute<Record<string, T>, O>(ty.map(element).cty, options),
  object: <T, const O extends AttributeOptions<T>>(type: TypeSpec<T>, options: O) => attribute<T, O>(type.cty, options),
  /** Nested attributes (terraform's `nested_type`): `disks = [{ … }]` rather than `disk { … }` blocks. */
  nested: <N extends NestingMode, A extends Record<string, AttributeSpec>, const O extends AttributeOptions<NestedModel<N, ModelOfMembers<A, NoBlocks>>>>(
    nesting: N,
    attributes: A,
    options: O,
  ): AttributeSpec<Nullable<O, NestedModel<N, ModelOfMembers<A, NoBlocks>>>, PlanNullable<O, NestedModel<N, PlanModelOfMembers<A, NoBlocks>>>> => {
    const objectType = types.object(Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type])));
    const type = nesting === 'single' ? objectType : nesting === 'map' ? types.map(objectType) : ({ kind: nesting, element: objectType } as CtyType);
    return { ...untypedAttribute(type, options), nested: { nesting, attributes } };
  },
};

export interface BlockBodyInput<A, B> {
  readonly description: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
  readonly attributes: A;
  readonly blocks?: B;
  /** Rules between this block's attributes; names are checked by the compiler. */
  readonly rules?: readonly AttributeRule<NoInfer<keyof A & string>>[];
}

export interface BlockOptions {
  readonly minItems?: number;
  readonly maxItems?: number;
}

type BlockModelFor<N extends BlockNestingMode, M> = N extends 'single' ? M | null : N extends 'group' ? M : N extends 'map' ? Record<string, M> : M[];

function nestedBlock<N extends BlockNestingMode, A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(
  nesting: N,
  input: BlockBodyInput<A, B>,
  options: BlockOptions = {},
): BlockSpec<BlockModelFor<N, ModelOfMembers<A, B>>, BlockModelFor<N, PlanModelOfMembers<A, B>>> {
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

export function body<A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(
  input: BlockBodyInput<A, B>,
): Omit<BlockBody, 'attributes' | 'blocks'> & { readonly attributes: A; readonly blocks: B } {
  const blocks = (input.blocks ?? {}) as B;
  for (const name of [...Object.keys(input.attributes), ...Object.keys(blocks)]) {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`invalid attribute or block name "${name}"`);
  }
  for (const name of Object.keys(blocks)) {
    if (name in input.attributes) throw new Error(`"${name}" is both an attribute and a block`);
  }
  for (const name of (input.rules ?? []).flatMap(ruleAttributes)) {
    if (!(name in input.attributes)) throw new Error(`a rule names "${name}", which is not an attribute of this block`);
  }
  return {
    description: input.description,
    markdownDescription: input.markdownDescription,
    deprecationMessage: input.deprecationMessage,
    attributes: input.attributes,
    blocks,
    rules: input.rules ?? [],
  };
}

export const block = {
  single: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(input: BlockBodyInput<A, B>, options?: BlockOptions) =>
    nestedBlock('single', input, options),
  list: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(input: BlockBodyInput<A, B>, options?: BlockOptions) =>
    nestedBlock('list', input, options),
  set: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(input: BlockBodyInput<A, B>, options?: BlockOptions) =>
    nestedBlock('set', input, options),
  map: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(input: BlockBodyInput<A, B>) => nestedBlock('map', input),
  group: <A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(input: BlockBodyInput<A, B>) => nestedBlock('group', input),
};

/** A resource's or data source's schema: a top-level block with a state version. */
export function schema<A extends Record<string, AttributeSpec>, B extends Record<string, BlockSpec> = NoBlocks>(
  input: BlockBodyInput<A, B> & { readonly version?: number },
) {
  return { ...body(input), version: input.version ?? 0 };
}
