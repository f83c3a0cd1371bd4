// Walks the nested blocks and nested attributes of an object value, pairing each element of
// the planned value with its counterpart in configuration and prior state.
import { isUnknown, type Value } from '../values/types.js';
import { valuesEqual } from '../values/compare.js';
import type { BlockBody, NestingMode, BlockNestingMode } from './schema.js';
import type { PathStep } from './diagnostics.js';
import { blockType } from './implied-type.js';
import { getAttr, isListValue, isObjectValue } from './values-util.js';

export interface Triple {
  readonly config: Value;
  readonly prior: Value;
  readonly planned: Value;
}

export type ElementFn = (body: BlockBody, element: Triple, path: PathStep[]) => Value;

/** Replaces each nested member of `out` by `fn` applied to each of its elements. */
export function forEachNested(body: BlockBody, values: Triple, out: Record<string, Value>, fn: ElementFn): void {
  for (const [name, nested] of Object.entries(body.blocks)) {
    out[name] = mapElements(nested.nesting, nested.block, member(values, out, name), name, fn);
  }
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (!attribute.nested) continue;
    const inner: BlockBody = { attributes: attribute.nested.attributes, blocks: {}, description: attribute.description };
    out[name] = mapElements(attribute.nested.nesting, inner, member(values, out, name), name, fn);
  }
}

function member(values: Triple, out: Record<string, Value>, name: string): Triple {
  return { config: getAttr(values.config, name), prior: getAttr(values.prior, name), planned: out[name] ?? null };
}

function mapElements(nesting: NestingMode | BlockNestingMode, body: BlockBody, values: Triple, name: string, fn: ElementFn): Value {
  const { planned } = values;
  if (planned === null || isUnknown(planned)) return planned;
  const here: PathStep = { attribute: name };
  switch (nesting) {
    case 'single':
    case 'group':
      return fn(body, values, [here]);
    case 'list':
      if (!isListValue(planned)) return planned;
      return planned.map((element, index) =>
        fn(body, { config: at(values.config, index), prior: at(values.prior, index), planned: element }, [here, { index }]),
      );
    case 'set':
      if (!isListValue(planned)) return planned;
      return planned.map((element) =>
        fn(body, { config: matchConfigured(body, values.config, element), prior: matchEqual(body, values.prior, element), planned: element }, [here]),
      );
    case 'map': {
      if (!isObjectValue(planned)) return planned;
      const result: Record<string, Value> = {};
      for (const [key, element] of Object.entries(planned)) {
        result[key] = fn(body, { config: getAttr(values.config, key), prior: getAttr(values.prior, key), planned: element }, [here, { key }]);
      }
      return result;
    }
  }
}

function at(value: Value, index: number): Value {
  return isListValue(value) ? (value[index] ?? null) : null;
}

/** The prior set element equal to this one, if any (set elements have no identity but their value). */
function matchEqual(body: BlockBody, prior: Value, element: Value): Value {
  if (!isListValue(prior)) return null;
  const type = blockType(body);
  return prior.find((candidate) => valuesEqual(candidate, element, type)) ?? null;
}

/** The configured set element this one came from: every attribute the user set matches. */
function matchConfigured(body: BlockBody, config: Value, element: Value): Value {
  if (!isListValue(config) || !isObjectValue(element)) return null;
  const type = blockType(body);
  const attributeTypes = typeof type === 'object' && type.kind === 'object' ? type.attributes : {};
  return (
    config.find(
      (candidate) =>
        isObjectValue(candidate) &&
        Object.entries(candidate).every(([k, v]) => v === null || isUnknown(v) || valuesEqual(v, element[k] ?? null, attributeTypes[k] ?? 'dynamic')),
    ) ?? null
  );
}
