// Reconciling what the server reports with what terraform already knows.
//
// After apply and on refresh the provider reads the object back. Where the fresh value is
// equal (or, for attributes that declare it, semantically equal) to the value terraform holds,
// the held value is kept, so server-side normalisation never shows up as a diff. Where a value
// that was known in the plan comes back different, that is an inconsistency to report.
import { isUnknown, type CtyType, type Value } from '../values/types.js';
import { isWhollyKnown, valuesEqual } from '../values/compare.js';
import type { AttributeSpec, BlockBody } from './schema.js';
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
    const k = getAttr(known, name);
    const f = getAttr(fresh, name);
    if (valuesEqual(k, f, nestedBlockType(nested))) out[name] = k;
    else if (nested.nesting === 'single' || nested.nesting === 'group') out[name] = reconcile(nested.block, k, f);
    else if (nested.nesting === 'list' && isListValue(k) && isListValue(f) && k.length === f.length) {
      out[name] = f.map((element, i) => reconcile(nested.block, k[i] ?? null, element));
    }
  }
  return out;
}

function reconcileAttribute(attribute: AttributeSpec, known: Value, fresh: Value): Value {
  if (isUnknown(known) || known === null || fresh === null) return fresh;
  if (valuesEqual(known, fresh, attribute.type)) return known;
  if (attribute.semanticEquals?.(known, fresh)) return known;
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

