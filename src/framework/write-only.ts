// Write-only attributes (tfplugin6 6.8, terraform 1.11): values the user configures and the
// provider sends to the server, which terraform never keeps in a plan or state.
//
// Terraform's rules (hashicorp/terraform v1.11.4): a provider must return null for every
// write-only attribute in planned states, applied states, read and imported states and upgraded
// states (internal/plans/objchange/plan_valid.go, internal/terraform/node_resource_abstract_instance.go
// ValidateWriteOnlyAttributes); set-nested blocks and attributes may not contain write-only
// attributes (internal/configs/configschema/internal_validate.go); a write-only path in
// requires_replace always replaces (getAction), so write-only attributes take no plan modifiers.
// The value reaches the provider only in the configuration: ValidateResourceConfig,
// PlanResourceChange and ApplyResourceChange's `config`. The framework hands it to create and
// update in the planned model; a companion `<name>_version` attribute (stored) is how a user
// asks for the secret to be sent again.
//
// terraform-plugin-framework (internal/fwserver/attribute_validation.go, internal/fwschema
// write_only_nested_attribute_validation.go) adds: write-only only in managed resources; never
// computed or with a default; every child of a write-only nested attribute write-only too; and a
// validation error when the client did not announce `write_only_attributes_allowed` (terraform
// < 1.11, OpenTofu before it supported them), rather than a confusing error after apply.
import { isUnknown, type Value } from '../values/types.js';
import { errorDiagnostic, pathToString, type AttributePath, type Diagnostic } from './diagnostics.js';
import { forEachNested, type Triple } from './nested-walk.js';
import type { AttributeSpec, BlockBody, BlockNestingMode } from './schema.js';
import { getAttr, isListValue, isObjectValue } from './values-util.js';
import { weakMemo } from './weak-memo.js';

// Asked on every validation, upgrade, read, plan and apply; schemas never change once built.
/** Whether a body holds a write-only attribute anywhere (nested blocks and attributes included). */
export const containsWriteOnly: (body: BlockBody) => boolean = weakMemo(searchWriteOnly);

function searchWriteOnly(body: BlockBody): boolean {
  for (const attribute of Object.values(body.attributes)) {
    if (attribute.writeOnly) return true;
    if (attribute.nested && containsWriteOnly(nestedBody(attribute))) return true;
  }
  return Object.values(body.blocks).some((nested) => containsWriteOnly(nested.block));
}

/**
 * The schema errors terraform or the plugin framework would report for this body's write-only
 * attributes; `allowed` is false for schemas other than a managed resource's.
 */
export function writeOnlySchemaErrors(body: BlockBody, allowed: boolean, path = ''): string[] {
  const errors: string[] = [];
  for (const [name, attribute] of Object.entries(body.attributes)) {
    const here = path + name;
    if (attribute.writeOnly && !allowed) errors.push(`${here}: only managed resources may have write-only attributes`);
    if (!attribute.nested) continue;
    const inner = nestedBody(attribute);
    if (attribute.nested.nesting === 'set' && containsWriteOnly(inner)) errors.push(`${here}: set-nested attributes may not contain write-only attributes`);
    if (attribute.writeOnly && Object.values(inner.attributes).some((a) => !a.writeOnly)) {
      errors.push(`${here}: every attribute inside a write-only nested attribute must be write-only too`);
    }
    errors.push(...writeOnlySchemaErrors(inner, allowed, `${here}.`));
  }
  for (const [name, nested] of Object.entries(body.blocks)) {
    if (nested.nesting === 'set' && containsWriteOnly(nested.block)) errors.push(`${path}${name}: set-nested blocks may not contain write-only attributes`);
    errors.push(...writeOnlySchemaErrors(nested.block, allowed, `${path}${name}.`));
  }
  return errors;
}

/** Throws when a schema breaks the write-only rules (at start-up, naming the type and attribute). */
export function assertWriteOnlySchema(typeName: string, body: BlockBody, allowed: boolean): void {
  // Every rule is about a write-only attribute: a body without one (most) breaks none, and the
  // quick search's answer is kept for validation.
  if (!containsWriteOnly(body)) return;
  const errors = writeOnlySchemaErrors(body, allowed);
  if (errors.length > 0) throw new Error(`${typeName}: ${errors.join('; ')}`);
}

/** `value` with every write-only attribute null: what a plan or state may hold. */
export function withoutWriteOnly(body: BlockBody, value: Value): Value {
  return walk(body, { config: null, prior: null, planned: value }, () => null);
}

/** The planned value with the configured write-only values in it: what create and update receive. */
export function withConfiguredWriteOnly(body: BlockBody, planned: Value, config: Value): Value {
  return walk(body, { config, prior: null, planned }, (configured) => configured);
}

function walk(body: BlockBody, values: Triple, replace: (configured: Value) => Value): Value {
  if (!isObjectValue(values.planned) || !containsWriteOnly(body)) return values.planned;
  const out: Record<string, Value> = { ...values.planned };
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (attribute.writeOnly) out[name] = replace(getAttr(values.config, name));
  }
  forEachNested(body, values, out, (inner, triple) => walk(inner, triple, replace));
  return out;
}

/**
 * Errors for configured write-only values when the client cannot keep them out of state
 * (it did not announce `write_only_attributes_allowed`).
 */
export function writeOnlyNotAllowed(body: BlockBody, config: Value, path: AttributePath = []): Diagnostic[] {
  if (!isObjectValue(config)) return [];
  const found: Diagnostic[] = [];
  for (const [name, attribute] of Object.entries(body.attributes)) {
    const value = getAttr(config, name);
    const here = [...path, { attribute: name }];
    if (attribute.writeOnly && value !== null) {
      const detail = `${pathToString(here)} is write-only: it is sent to the server but never stored, which needs Terraform 1.11 or later. Upgrade Terraform, or use the attribute's stored counterpart.`;
      found.push(errorDiagnostic('Write-only attribute not supported by this Terraform', detail, here));
    } else if (attribute.nested) {
      found.push(...elements(attribute.nested.nesting, value).flatMap((e) => writeOnlyNotAllowed(nestedBody(attribute), e.value, [...here, ...e.step])));
    }
  }
  for (const [name, nested] of Object.entries(body.blocks)) {
    const here = [...path, { attribute: name }];
    found.push(...elements(nested.nesting, getAttr(config, name)).flatMap((e) => writeOnlyNotAllowed(nested.block, e.value, [...here, ...e.step])));
  }
  return found;
}

function elements(nesting: BlockNestingMode, value: Value): Array<{ value: Value; step: AttributePath }> {
  if (value === null || isUnknown(value)) return [];
  if (nesting === 'single' || nesting === 'group') return [{ value, step: [] }];
  if (isListValue(value)) return value.map((v, index) => ({ value: v, step: nesting === 'list' ? [{ index }] : [] }));
  if (isObjectValue(value)) return Object.entries(value).map(([key, v]) => ({ value: v, step: [{ key }] }));
  return [];
}

function nestedBody(attribute: AttributeSpec): BlockBody {
  return { attributes: attribute.nested?.attributes ?? {}, blocks: {}, description: attribute.description };
}

/** A secret configurable two ways: stored (`value`) or write-only (`wo`, re-sent when `woVersion` changes). */
export interface SecretSpellings {
  readonly value: string | null;
  readonly wo: string | null;
  readonly woVersion: number | null;
}

/**
 * The secret to send to the server, or null to leave it as it is: the stored spelling when it is
 * new or changed, else the write-only one on create or when its version changed. Servers keep
 * hashes, so an unchanged secret is never sent again (a re-send would rotate nothing and may be
 * refused, as Proxmox refuses password changes under a token).
 */
export function secretToSend(plan: SecretSpellings, prior: SecretSpellings | null): string | null {
  if (plan.value !== null) return prior === null || plan.value !== prior.value ? plan.value : null;
  if (plan.wo === null) return null;
  return prior === null || plan.woVersion !== prior.woVersion ? plan.wo : null;
}
