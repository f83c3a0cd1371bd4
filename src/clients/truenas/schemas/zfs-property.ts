// ZFS property objects `{parsed, rawvalue, value, source, source_info}` and how they flatten
// to plain values: enums to the API's upper-case `value` (as the create/update calls take them),
// sizes and numbers to `parsed` bytes.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

/** 25.10+ says UNKNOWN for a property libzfs gives no source for (plugins/pool_/dataset_query_utils.py@TS-25.10.6:380-387). */
export const propertySource = lazySchema(() => z.enum(['LOCAL', 'INHERITED', 'DEFAULT', 'NONE', 'TEMPORARY', 'RECEIVED', 'UNKNOWN']));
export type PropertySource = z.output<typeof propertySource>;

const propertyObject = lazySchema(() =>
  z.object({
    parsed: z.unknown(),
    rawvalue: z.string().nullable().optional(),
    value: z.string().nullable(),
    source: propertySource.nullable().optional(),
  }),
);

export interface Flat<T> {
  readonly value: T;
  readonly source: PropertySource;
}

const withSource = <T>(value: T, source: PropertySource | null | undefined): Flat<T> => ({ value, source: source ?? 'NONE' });

/** An enum or string property, as its API `value` (`LZ4`, `STANDARD`, `ON`). */
export const textProperty = lazySchema(() => propertyObject.transform((p) => withSource(p.value ?? p.rawvalue ?? null, p.source)));

/** A size or count, as a number of bytes (or the count); null when unset. */
export const numberProperty = lazySchema(() => propertyObject.extend({ parsed: z.number().nullable() }).transform((p) => withSource(p.parsed, p.source)));
