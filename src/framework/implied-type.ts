// The cty object type a block's value has on the wire: attributes by their type, nested
// blocks as objects, lists, sets or maps of objects by their nesting mode.
import { types, type CtyType } from '../values/types.js';
import type { BlockBody, BlockSpec } from './schema.js';
import { weakMemo } from './weak-memo.js';

// Schemas are built once and never changed, and every call of every resource asks for its
// type (decoding, planning, models): each body's type is built once.
export const blockType: (body: BlockBody) => CtyType = weakMemo(buildBlockType);

function buildBlockType(body: BlockBody): CtyType {
  const members: Record<string, CtyType> = {};
  for (const [name, attribute] of Object.entries(body.attributes)) members[name] = attribute.type;
  for (const [name, nested] of Object.entries(body.blocks)) members[name] = nestedBlockType(nested);
  return types.object(members);
}

export function nestedBlockType(nested: BlockSpec): CtyType {
  const element = blockType(nested.block);
  switch (nested.nesting) {
    case 'single':
    case 'group':
      return element;
    case 'list':
      return types.list(element);
    case 'set':
      return types.set(element);
    case 'map':
      return types.map(element);
  }
}
