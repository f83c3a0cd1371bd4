// Planning: turns terraform's proposed new state into the provider's planned state, following
// the rules terraform checks ("Provider produced invalid plan" otherwise):
// - a value the user configured is planned exactly as configured;
// - an unset optional+computed attribute gets its default, keeps its prior value, or becomes
//   unknown ("known after apply") when the object is created or changes;
// - plan modifiers then adjust values and ask for replacement.
import { UNKNOWN, isUnknown, type Value } from '../values/types.js';
import { valuesEqual } from '../values/compare.js';
import type { AttributeSpec, BlockBody } from './schema.js';
import type { AttributePath } from './diagnostics.js';
import { blockType } from './implied-type.js';
import { getAttr, isObjectValue } from './values-util.js';
import { forEachNested, type Triple } from './nested-walk.js';

export interface PlanRequest {
  readonly body: BlockBody;
  readonly config: Value;
  readonly prior: Value;
  readonly proposed: Value;
}

export interface PlanResult {
  readonly planned: Value;
  readonly requiresReplace: AttributePath[];
}

type Mutable = Record<string, Value>;

/** Plans a whole resource object (prior null means create). */
export function planObject(request: PlanRequest): PlanResult {
  const { body, config, prior } = request;
  const creating = prior === null;
  let planned = fillComputed(body, { config, prior, planned: request.proposed }, creating);
  if (!creating && !valuesEqual(planned, prior, blockType(body))) {
    // Plan modifiers may settle every difference (an equivalent spelling planned as the prior
    // value): then nothing changes, and computed values must not turn unknown.
    const settled = runModifiers(body, { config, prior, planned }, creating, [], []);
    if (valuesEqual(settled, prior, blockType(body))) return { planned: prior, requiresReplace: [] };
    planned = unknownComputed(body, { config, prior, planned });
  }
  const requiresReplace: AttributePath[] = [];
  planned = runModifiers(body, { config, prior, planned }, creating, [], requiresReplace);
  if (requiresReplace.length > 0) {
    // The object will be created anew: everything it computes is unknown until then.
    planned = unknownComputed(body, { config, prior: null, planned });
  }
  return { planned, requiresReplace };
}

/** Defaults for unset attributes; on create, unknown for the computed ones without a default. */
function fillComputed(body: BlockBody, values: Triple, creating: boolean): Value {
  if (!isObjectValue(values.planned)) return values.planned;
  const out: Mutable = { ...values.planned };
  for (const [name, attribute] of Object.entries(body.attributes)) {
    const configured = getAttr(values.config, name);
    if (attribute.writeOnly) out[name] = null;
    else if (configured === null && attribute.computed) {
      if (attribute.default !== undefined) out[name] = attribute.default;
      else if (creating) out[name] = UNKNOWN;
    }
  }
  forEachNested(body, values, out, (inner, triple) => fillComputed(inner, triple, creating || triple.prior === null));
  return out;
}

/** Unknown for computed attributes the user did not set: the object changes or is replaced. */
function unknownComputed(body: BlockBody, values: Triple): Value {
  if (!isObjectValue(values.planned)) return values.planned;
  const out: Mutable = { ...values.planned };
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (attribute.computed && attribute.default === undefined && getAttr(values.config, name) === null) out[name] = UNKNOWN;
  }
  forEachNested(body, values, out, unknownComputed);
  return out;
}

function runModifiers(body: BlockBody, values: Triple, creating: boolean, path: AttributePath, requiresReplace: AttributePath[]): Value {
  if (!isObjectValue(values.planned)) return values.planned;
  // The object, or this nested element of it, has a prior value: its attributes' state values
  // (null ones too) are what the server holds, not "nothing yet".
  const inPriorState = !creating && values.prior !== null;
  const out: Mutable = { ...values.planned };
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (attribute.planModifiers.length === 0) {
      out[name] = out[name] ?? null; // what modifyAttribute returns without modifiers, with no path built
      continue;
    }
    const triple = { config: getAttr(values.config, name), prior: getAttr(values.prior, name), planned: out[name] ?? null };
    out[name] = modifyAttribute(attribute, triple, creating, inPriorState, [...path, { attribute: name }], requiresReplace);
  }
  forEachNested(body, values, out, (inner, triple, step) => runModifiers(inner, triple, creating, [...path, ...step], requiresReplace));
  return out;
}

function modifyAttribute(
  attribute: AttributeSpec,
  values: Triple,
  creating: boolean,
  inPriorState: boolean,
  path: AttributePath,
  requiresReplace: AttributePath[],
): Value {
  let current = values.planned;
  for (const modifier of attribute.planModifiers) {
    const result = modifier.modify({ config: values.config, state: values.prior, plan: current, creating, inPriorState });
    if (result.plan !== undefined) current = result.plan;
    // An unknown the user did not ask for (a recomputed value) is no reason to replace.
    const userDriven = !(isUnknown(current) && values.config === null);
    if (result.requiresReplace && !creating && userDriven && !valuesEqual(current, values.prior, attribute.type)) {
      requiresReplace.push(path);
    }
  }
  return current;
}
