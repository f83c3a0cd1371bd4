// Reconciling what the server reports with what terraform already knows.
//
// After apply and on refresh the provider reads the object back. Where the fresh value is
// equal (or, for attributes that declare it, semantically equal) to the value terraform holds,
// the held value is kept, so server-side normalisation never shows up as a diff. Where a value
// that was known in the plan comes back different, that is an inconsistency to report.
import { isUnknown, type CtyType, type Value } from '../values/types.js';
import { isWhollyKnown, valuesEqual } from '../values/compare.js';
import type { AttributeSpec, BlockBody, BlockNestingMode } from './schema.js';
import type { AttributePath } from './diagnostics.js';
import { nestedBlockType } from './implied-type.js';
import { getAttr, isListValue, isObjectValue } from './values-util.js';

/** `fresh`, with `known`'s spelling kept wherever the two mean the same. */
export function reconcile(body: BlockBody, known: Value, fresh: Value): Value {
  if (!isObjectValue(fresh) || !isObjectValue(known)) return fresh;
  const out: Record<string, Value> = { ...fresh };
  for (const [name, attribute] of Object.entries(body.attributes)) {
    out[name] = attribute.writeOnly ? null : reconcileAttribute(attribute, getAttr(known, name), getAttr(fresh, name));
  }
  for (const [name, nested] of Object.entries(body.blocks)) {
    out[name] = reconcileNested(nested.nesting, nested.block, nestedBlockType(nested), getAttr(known, name), getAttr(fresh, name));
  }
  return out;
}

function reconcileAttribute(attribute: AttributeSpec, known: Value, fresh: Value): Value {
  if (isUnknown(known) || known === null || fresh === null) return fresh;
  if (valuesEqual(known, fresh, attribute.type)) return known;
  if (attribute.semanticEquals?.(known, fresh)) return known;
  if (attribute.nested) {
    const inner: BlockBody = { attributes: attribute.nested.attributes, blocks: {}, description: attribute.description };
    return reconcileNested(attribute.nested.nesting, inner, attribute.type, known, fresh);
  }
  return fresh;
}

/** Nested blocks and nested attributes: element by element where elements can be paired. */
function reconcileNested(nesting: BlockNestingMode, body: BlockBody, type: CtyType, known: Value, fresh: Value): Value {
  if (valuesEqual(known, fresh, type)) return known;
  if (nesting === 'single' || nesting === 'group') return reconcile(body, known, fresh);
  if (nesting === 'list' && isListValue(known) && isListValue(fresh) && known.length === fresh.length) {
    return fresh.map((element, i) => reconcile(body, known[i] ?? null, element));
  }
  if (nesting === 'map' && isObjectValue(known) && isObjectValue(fresh)) {
    return Object.fromEntries(Object.entries(fresh).map(([key, element]) => [key, reconcile(body, getAttr(known, key), element)]));
  }
  return fresh;
}

export interface Inconsistency {
  readonly path: AttributePath;
  readonly planned: Value;
  readonly actual: Value;
}

/** Values known in the plan that the result contradicts (terraform rejects those). */
export function inconsistencies(body: BlockBody, planned: Value, result: Value, path: AttributePath = []): Inconsistency[] {
  if (!isObjectValue(planned) || !isObjectValue(result)) return [];
  const found: Inconsistency[] = [];
  const check = (name: string, type: CtyType) => {
    const p = getAttr(planned, name);
    const r = getAttr(result, name);
    if (isWhollyKnown(p) && !valuesEqual(p, r, type)) found.push({ path: [...path, { attribute: name }], planned: p, actual: r });
  };
  for (const [name, attribute] of Object.entries(body.attributes)) check(name, attribute.type);
  for (const [name, nested] of Object.entries(body.blocks)) {
    const p = getAttr(planned, name);
    const r = getAttr(result, name);
    if (nested.nesting === 'single' || nested.nesting === 'group') found.push(...inconsistencies(nested.block, p, r, [...path, { attribute: name }]));
    else if (nested.nesting === 'list' && isListValue(p) && isListValue(r) && p.length === r.length) {
      p.forEach((element, index) => found.push(...inconsistencies(nested.block, element, r[index] ?? null, [...path, { attribute: name }, { index }])));
    } else check(name, nestedBlockType(nested));
  }
  return found;
}
