// Turns discovered objects into terraform `import` blocks: one per object, each resource block
// named after the object (letters, digits and "_"; numbered when two names collide).
import type { DiscoveredObject } from './discovered.js';

/** A terraform identifier made of a label: lower case, "_" for anything else, not starting with a digit. */
export function resourceLabel(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_{2,}/g, '_');
  if (cleaned === '') return 'object';
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** An HCL string literal (JSON escaping is valid HCL; `${` and `%{` are escaped as HCL wants). */
function hclString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
}

export interface TypedObjects {
  readonly type: string;
  readonly objects: readonly DiscoveredObject[];
}

/** The `import` blocks for every object, grouped by type in the order given. */
export function importBlocks(found: readonly TypedObjects[]): string {
  const blocks: string[] = [];
  for (const { type, objects } of found) {
    const used = new Set<string>();
    for (const object of objects) {
      const base = resourceLabel(object.label);
      let label = base;
      for (let n = 2; used.has(label); n++) label = `${base}_${n}`;
      used.add(label);
      blocks.push(`import {\n  to = ${type}.${label}\n  id = ${hclString(object.id)}\n}\n`);
    }
  }
  return blocks.join('\n');
}
