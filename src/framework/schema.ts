// Schemas for providers, resources and data sources, declared in TypeScript.
//
// A schema is plain data (attributes and nested blocks) that the framework turns into
// terraform's schema messages, and from which the TypeScript model type a resource sees
// is inferred: `ModelOf<typeof schema>`.
import type { CtyType, Value } from '../values/types.js';
import type { TypeSpec } from './type-spec.js';
import type { PlanModifier } from './plan-modifiers.js';
import type { AnyValidator } from './validators.js';
import type { AttributeRule } from './rules.js';

export type NestingMode = 'single' | 'list' | 'set' | 'map';
export type BlockNestingMode = NestingMode | 'group';

export interface Documentation {
  /** Plain-text description, shown by terraform and in generated docs. */
  readonly description: string;
  /** Markdown variant for the registry's docs; defaults to the plain description. */
  readonly markdownDescription?: string;
  /** When set, the attribute or block is deprecated and this tells users what to use instead. */
  readonly deprecationMessage?: string;
}

/**
 * `T` is the attribute's type in state and configuration models; `PT` its type in the planned
 * model a resource's create and update receive, where a defaulted attribute is never null.
 */
export interface AttributeSpec<T = unknown, PT = T> extends Documentation {
  readonly kind: 'attribute';
  /** The cty type of the attribute's value (for nested attributes, the implied object type). */
  readonly type: CtyType;
  /** Set for nested attributes (terraform's `nested_type`). */
  readonly nested?: NestedAttributes;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly writeOnly: boolean;
  /** Planned when the configuration leaves the attribute unset (implies optional + computed). */
  readonly default?: Value;
  readonly validators: readonly AnyValidator[];
  readonly planModifiers: readonly PlanModifier[];
  /**
   * Server normalisation: when the value read back is equivalent to the one in state (or the
   * plan), the state keeps the user's spelling, so plans stay empty (e.g. "LZ4" vs "lz4").
   */
  readonly semanticEquals?: (known: Value, fresh: Value) => boolean;
  /** Phantom fields carrying the model types; never set. */
  readonly __model?: T;
  readonly __plan?: PT;
}

export interface NestedAttributes {
  readonly nesting: NestingMode;
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
}

export interface BlockSpec<T = unknown, PT = T> extends Documentation {
  readonly kind: 'block';
  readonly nesting: BlockNestingMode;
  readonly block: BlockBody;
  readonly minItems: number;
  readonly maxItems: number;
  readonly __model?: T;
  readonly __plan?: PT;
}

export interface BlockBody extends Documentation {
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
  readonly blocks: Readonly<Record<string, BlockSpec>>;
  /** Rules between attributes of this block (conflicts, exactly one of, …), checked at validate time. */
  readonly rules?: readonly AttributeRule[];
}

export interface Schema extends BlockBody {
  /** The state schema version; bump it and add an upgrader when the state's shape changes. */
  readonly version: number;
}

export type AttributeModel<A> = A extends AttributeSpec<infer T, unknown> ? T : never;
export type BlockModel<B> = B extends BlockSpec<infer T, unknown> ? T : never;
export type AttributePlanModel<A> = A extends AttributeSpec<unknown, infer PT> ? PT : never;
export type BlockPlanModel<B> = B extends BlockSpec<unknown, infer PT> ? PT : never;

/** The plain TypeScript object a resource sees for a block with these members. */
export type ModelOfMembers<A, B> = {
  -readonly [K in keyof A]: AttributeModel<A[K]>;
} & {
  -readonly [K in keyof B]: BlockModel<B[K]>;
};

/** The planned object create and update receive: like the model, but defaulted attributes are never null. */
export type PlanModelOfMembers<A, B> = {
  -readonly [K in keyof A]: AttributePlanModel<A[K]>;
} & {
  -readonly [K in keyof B]: BlockPlanModel<B[K]>;
};

export type ModelOf<S> = S extends { attributes: infer A; blocks: infer B } ? ModelOfMembers<A, B> : never;
export type PlanModelOf<S> = S extends { attributes: infer A; blocks: infer B } ? PlanModelOfMembers<A, B> : never;

/** The attribute names of a schema, for hooks and rules the compiler checks. */
export type AttributeNameOf<S> = S extends { attributes: infer A } ? keyof A & string : never;

export type { TypeSpec };
