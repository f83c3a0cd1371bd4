// Resources that set something on a directory under /mnt (its permissions, its ACL): the path
// names the object, so it is its id and its import id, and a new path is a new object.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { keptString, keyedImport } from './named-objects.js';

/** `id` and `path`; `example` is a path such as /mnt/tank/share, for the error text. */
export function mountPathAttributes(example: string) {
  return {
    id: keptString('The path.'),
    path: attr.string({
      required: true,
      description: 'Absolute path under /mnt/<pool>/ (not a pool root).',
      validators: [validators.matches(/^\/mnt\/[^/]+\/.+/, `a path below a pool, such as ${example}`)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
  };
}

/** Import by the path itself. */
export function mountPathImport(example: string) {
  return keyedImport('path', { description: 'the path', example });
}
