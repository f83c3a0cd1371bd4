// cty types paired with the TypeScript type a resource sees for them, so that attribute
// declarations such as `attr.list(ty.string, …)` infer `string[]`.
import { types, type CtyType } from '../values/types.js';

export interface TypeSpec<T> {
  readonly cty: CtyType;
  /** Phantom field carrying the model type; never set. */
  readonly __model?: T;
}

type ObjectModel<M extends Record<string, TypeSpec<unknown>>> = {
  -readonly [K in keyof M]: M[K] extends TypeSpec<infer T> ? T | null : never;
};

function spec<T>(cty: CtyType): TypeSpec<T> {
  return { cty };
}

export const ty = {
  string: spec<string>(types.string),
  number: spec<number>(types.number),
  bool: spec<boolean>(types.bool),
  /** Any value; the model sees the decoded value with its runtime type. */
  dynamic: spec<unknown>(types.dynamic),
  list: <T>(element: TypeSpec<T>) => spec<T[]>(types.list(element.cty)),
  set: <T>(element: TypeSpec<T>) => spec<T[]>(types.set(element.cty)),
  map: <T>(element: TypeSpec<T>) => spec<Record<string, T>>(types.map(element.cty)),
  object: <M extends Record<string, TypeSpec<unknown>>>(attributes: M) =>
    spec<ObjectModel<M>>(types.object(Object.fromEntries(Object.entries(attributes).map(([name, t]) => [name, t.cty])))),
};
