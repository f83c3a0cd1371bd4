// Validation of a configuration object against its schema's validators, walking nested
// attributes and blocks; unknown values are skipped (they are checked when known).
import { isUnknown, type Value } from '../values/types.js';
import type { AttributeSpec, BlockBody, BlockNestingMode } from './schema.js';
import { attributePath, errorDiagnostic, warningDiagnostic, type AttributePath, type Diagnostic, type PathStep } from './diagnostics.js';
import { ObjectView } from './object-view.js';
import type { ValidateContext } from './resource.js';
import { getAttr, isListValue, isObjectValue } from './values-util.js';
import { checkRule } from './rules.js';

export function validateObject(body: BlockBody, value: Value, path: AttributePath = []): Diagnostic[] {
  if (!isObjectValue(value)) return [];
  const found: Diagnostic[] = [];
  for (const [name, attribute] of Object.entries(body.attributes)) {
    const v = getAttr(value, name);
    // Nothing to check in an unset or unknown value (validateAttribute and validateElements
    // skip them too): most attributes of most configurations, so no path is built for them.
    if (v === null || isUnknown(v)) continue;
    const here = [...path, { attribute: name }];
    found.push(...validateAttribute(attribute, v, here));
    if (attribute.nested) {
      const inner: BlockBody = { attributes: attribute.nested.attributes, blocks: {}, description: '' };
      found.push(...validateElements(attribute.nested.nesting, inner, v, here));
    }
  }
  for (const [name, nested] of Object.entries(body.blocks)) {
    found.push(...validateElements(nested.nesting, nested.block, getAttr(value, name), [...path, { attribute: name }]));
  }
  for (const rule of body.rules ?? []) {
    for (const broken of checkRule(rule, value)) {
      found.push(errorDiagnostic(broken.summary, broken.detail, [...path, { attribute: broken.attribute }]));
    }
  }
  return found;
}

/** The rules only a creation is judged by (`rules.oneOfToCreate`), on the resource's own attributes. */
export function createRuleErrors(body: BlockBody, config: Value): Diagnostic[] {
  return (body.rules ?? [])
    .filter((rule) => rule.kind === 'one_of_to_create')
    .flatMap((rule) => checkRule(rule, config, true))
    .map((broken) => errorDiagnostic(broken.summary, broken.detail, [{ attribute: broken.attribute }]));
}

function validateAttribute(attribute: AttributeSpec, value: Value, path: AttributePath): Diagnostic[] {
  if (value === null || isUnknown(value)) return [];
  const found: Diagnostic[] = [];
  for (const validator of attribute.validators) {
    const message = validator.validate(value);
    if (message !== undefined) found.push(errorDiagnostic('Invalid attribute value', `${lastName(path)} ${message}.`, path));
  }
  if (attribute.deprecationMessage) {
    found.push(warningDiagnostic('Deprecated attribute', attribute.deprecationMessage, path));
  }
  return found;
}

function validateElements(nesting: BlockNestingMode, body: BlockBody, value: Value, path: PathStep[]): Diagnostic[] {
  if (value === null || isUnknown(value)) return [];
  if (nesting === 'single' || nesting === 'group') return validateObject(body, value, path);
  if (isListValue(value)) {
    return value.flatMap((element, index) => validateObject(body, element, nesting === 'list' ? [...path, { index }] : path));
  }
  if (isObjectValue(value)) return Object.entries(value).flatMap(([key, element]) => validateObject(body, element, [...path, { key }]));
  return [];
}

function lastName(path: AttributePath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    if ('attribute' in step) return `"${step.attribute}"`;
  }
  return 'value';
}

/** A ValidateContext collecting into `diagnostics`, for validateConfig hooks. */
export function validateContext(config: Value, diagnostics: Diagnostic[]): ValidateContext {
  const at = (p: string | AttributePath) => (typeof p === 'string' ? attributePath(...p.split('.')) : p);
  return {
    config: new ObjectView(config),
    error: (p, summary, detail) => diagnostics.push(errorDiagnostic(summary, detail ?? summary, at(p))),
    warn: (p, summary, detail) => diagnostics.push(warningDiagnostic(summary, detail ?? summary, at(p))),
  };
}
