// The Proxmox API leaves out of an answer every field that is unset (pve-common JSONSchema
// `optional => 1`), so most fields of a response shape are optional: naming them in one list
// says which ones are, instead of one `z.string().optional()` line each.
import { z } from 'zod';

type OptionalFields<K extends string, T extends z.ZodType> = { [N in K]: z.ZodOptional<T> };

function optionalFieldsOf<T extends z.ZodType>(type: () => T) {
  return <const K extends string>(...names: readonly K[]): OptionalFields<K, T> =>
    Object.fromEntries(names.map((name) => [name, type().optional()])) as OptionalFields<K, T>;
}

/** `{ a: z.string().optional(), b: … }` for the names given, in their order: spread into a shape. */
export const optionalStrings = optionalFieldsOf(() => z.string());
/** `{ a: z.number().optional(), b: … }` for the names given, in their order: spread into a shape. */
export const optionalNumbers = optionalFieldsOf(() => z.number());
