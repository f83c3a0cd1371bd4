// A resource's validateConfig run on a plain configuration object, in process: the errors it
// reports as "attribute.key: summary", for table tests of plan-time refusals.
import { ObjectView } from '../../src/framework/object-view.js';
import type { ValidateContext } from '../../src/framework/resource.js';
import type { Value } from '../../src/values/types.js';

export function configErrors(validate: ((ctx: ValidateContext<never>) => void) | undefined, config: Record<string, Value>): string[] {
  const errors: string[] = [];
  validate?.({
    config: new ObjectView(config),
    error: (path, summary) =>
      errors.push(
        `${typeof path === 'string' ? path : path.map((s) => ('attribute' in s ? s.attribute : 'key' in s ? s.key : s.index)).join('.')}: ${summary}`,
      ),
    warn: () => {},
  });
  return errors;
}
