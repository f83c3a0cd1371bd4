// Terraform's type system (cty) as plain TypeScript data.
//
// Types are small tagged objects so that they can be compared structurally and
// serialised to the JSON type constraint format terraform uses in schemas.
// Values are plain JS data; the only special cases are unknown values, numbers
// that a float64 cannot hold exactly, and values of `dynamic` attributes, which
// must carry their concrete type on the wire.

export type PrimitiveType = 'string' | 'number' | 'bool';

export type CtyType =
  | PrimitiveType
  | 'dynamic'
  | { readonly kind: 'list'; readonly element: CtyType }
  | { readonly kind: 'set'; readonly element: CtyType }
  | { readonly kind: 'map'; readonly element: CtyType }
  | { readonly kind: 'tuple'; readonly elements: readonly CtyType[] }
  | {
      readonly kind: 'object';
      readonly attributes: Readonly<Record<string, CtyType>>;
      /** Attribute names marked optional in a type constraint (never used in provider schemas). */
      readonly optional?: readonly string[];
    };

export const types = {
  string: 'string' as const,
  number: 'number' as const,
  bool: 'bool' as const,
  dynamic: 'dynamic' as const,
  list: (element: CtyType): CtyType => ({ kind: 'list', element }),
  set: (element: CtyType): CtyType => ({ kind: 'set', element }),
  map: (element: CtyType): CtyType => ({ kind: 'map', element }),
  tuple: (elements: readonly CtyType[]): CtyType => ({ kind: 'tuple', elements }),
  object: (attributes: Record<string, CtyType>): CtyType => ({ kind: 'object', attributes }),
};

/**
 * What terraform knows about a value it cannot know yet ("refined unknown").
 * Keys mirror the msgpack extension 12 payload; unknown keys are ignored.
 */
export interface Refinements {
  /** false: definitely not null. undefined: may be null. (true, "definitely null", is read but never written, as in go-cty.) */
  readonly nullable?: boolean;
  readonly stringPrefix?: string;
  readonly numberLowerBound?: readonly [CtyNumber, boolean];
  readonly numberUpperBound?: readonly [CtyNumber, boolean];
  readonly lengthLowerBound?: number;
  readonly lengthUpperBound?: number;
}

/** A value that is not known until apply. */
export class Unknown {
  constructor(
    readonly refinements?: Refinements,
    /** The raw extension bytes as terraform sent them, echoed back unchanged when possible. */
    readonly raw?: { readonly type: number; readonly data: Uint8Array },
  ) {}
}

/** The one unrefined unknown; use it when a provider plans "known after apply". */
export const UNKNOWN = new Unknown();

/**
 * A number a float64 cannot represent exactly (for example 0.1 with more digits than a
 * double holds, or 1e400). Kept as its canonical decimal string so it round-trips unchanged.
 */
export class BigDecimal {
  constructor(readonly decimal: string) {}
  toString(): string {
    return this.decimal;
  }
}

/** cty numbers: a JS number when exact, a bigint for integers beyond 2^53, else a BigDecimal. */
export type CtyNumber = number | bigint | BigDecimal;

/** The value of a `dynamic`-typed slot: its concrete type travels with it. */
export class Dynamic {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

export type Value = null | Unknown | string | CtyNumber | boolean | Dynamic | readonly Value[] | { readonly [key: string]: Value };

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}
