// A zod schema built on first use instead of when its module loads. Building the API clients'
// response schemas was the largest part of evaluating a provider (bench/startup-costs.md), and
// most provider starts (terraform's schema and validation starts) never parse an API answer:
// those starts no longer pay for them.
//
// The stand-in is a Proxy typed exactly as the schema its builder makes, so it goes wherever
// that schema would (`z.output<typeof s>`, `.parse`, `.array()`, `.extend()`, inside other
// schemas, `instanceof`); its first property read builds the schema, and every read after that
// is passed to it. Builders may use other lazy schemas: those are built then too, not before.
import type { z } from 'zod';

export function lazySchema<S extends z.ZodType>(build: () => S): S {
  let schema: S | undefined;
  const built = (): S => (schema ??= build());
  return new Proxy({} as S, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key);
      // A proxy may call a property non-configurable only when its target has it so too.
      if (descriptor?.configurable === false) Reflect.defineProperty(target, key, descriptor);
      return descriptor;
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(built(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
