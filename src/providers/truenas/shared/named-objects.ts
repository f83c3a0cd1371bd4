// Objects the server knows by a name rather than a number (datasets, zvols, services, paths):
// their `id` attribute repeats that name, an import id is that name, and values the server
// settles once (a mount point, a generated serial) stay as first read.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ImportIdDoc } from '../../../framework/resource.js';

/** A string the server decides at creation and keeps: unknown only until the object exists. */
export function keptString(description: string) {
  return attr.string({ computed: true, description, planModifiers: [planModifiers.useStateForUnknown()] });
}

/**
 * `importId` and `importState` of an object named by `key`: `terraform import … tank/media`
 * → `{ id: "tank/media", <key>: "tank/media" }`, which read then fills in.
 */
export function keyedImport<const K extends string>(key: K, importId: ImportIdDoc) {
  return {
    importId,
    importState: (id: string) => ({ id, [key]: id }) as { id: string } & Record<K, string>,
  };
}
