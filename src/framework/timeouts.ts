// The `timeouts` block: per-operation time limits a user may set on a resource
// (`timeouts { create = "30m" }`), in Go's duration syntax as every terraform provider takes them.
import { attr, block } from './attributes.js';
import type { BlockSpec } from './schema.js';
import { validators } from './validators.js';

export type Operation = 'create' | 'read' | 'update' | 'delete';
export type TimeoutDefaults = Partial<Record<Operation, string>>;

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(\.\d+)?(ns|us|\u00b5s|ms|s|m|h))+$/;

/** Milliseconds in a Go duration such as "1h30m" or "45s"; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  if (!DURATION.test(text)) return undefined;
  let total = 0;
  for (const [, amount, , unit] of text.matchAll(/(\d+(\.\d+)?)(ns|us|\u00b5s|ms|s|m|h)/g)) {
    total += Number(amount) * UNIT_MS[unit!]!;
  }
  return total;
}

export const durationValidator = validators.custom('a duration such as "30s", "10m" or "1h30m"', (value) =>
  typeof value === 'string' && parseDuration(value) === undefined ? `must be a duration such as "30s", "10m" or "1h30m", got "${value}"` : undefined,
);

export function timeoutsBlock(defaults: TimeoutDefaults): BlockSpec {
  const attributes = Object.fromEntries(
    Object.entries(defaults).map(([operation, fallback]) => [
      operation,
      attr.string({
        optional: true,
        description: `How long to wait for ${operation} before giving up (default ${fallback}).`,
        validators: [durationValidator],
      }),
    ]),
  );
  return block.single({ description: 'Time limits for operations on this resource.', attributes });
}
