// `proxmox_ha_rule`: a PVE 9 HA rule (/cluster/ha/rules, pve-ha-manager
// src/PVE/API2/HA/Rules.pm, src/PVE/HA/Rules/{NodeAffinity,ResourceAffinity}.pm):
// node-affinity keeps resources on preferred nodes (by priority, optionally strictly),
// resource-affinity keeps resources together (positive) or apart (negative).
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { ty } from '../../../framework/type-spec.js';
import { validators, type Validator } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { configIdValidator, haSidValidator } from '../shared/datacenter-validators.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { atLeastOne } from '../shared/non-empty-list.js';

const HA_RULE_FIELDS = fields([
  ['resources', 'resources', 'list'],
  ['nodes', 'nodes', 'list'],
  ['affinity', 'affinity', 'string'],
  ['comment', 'comment', 'string'],
] as const);

/**
 * `pve-ha-node` items as the rule reads them back: the server keeps the priority as a number
 * (`parse_node_priority`: `int($4 // 0)`) and writes `node:prio` only when it is not 0
 * (pve-ha-manager src/PVE/HA/Tools.pm, src/PVE/HA/Rules/NodeAffinity.pm `encode_plugin_value`),
 * so "pve1:0" comes back "pve1" and "pve1:05" "pve1:5": only the canonical spelling is accepted.
 * The server sets no upper bound; 15 digits keep the number exact on both sides.
 */
const nodePriority: Validator<string> = {
  description: '"NODE" or "NODE:PRIORITY", the priority a whole number from 1 (up to 15 digits) without leading zeros',
  validate(value) {
    if (typeof value !== 'string') return undefined;
    const parsed = /^([a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?::(\d+))?$/.exec(value);
    if (!parsed) return `must be "NODE" or "NODE:PRIORITY", got "${value}"`;
    const [, node, priority] = parsed;
    if (priority === undefined) return undefined;
    if (/^0+$/.test(priority)) return `must leave out priority 0, the default (the server stores "${value}" as "${node}"): write "${node}"`;
    if (priority.startsWith('0')) return `must have its priority without leading zeros ("${node}:${priority.replace(/^0+/, '')}"), got "${value}"`;
    if (priority.length > 15) return `must have a priority of at most 15 digits, got "${value}"`;
    return undefined;
  },
};

const haRuleSchema = schema({
  description:
    'An HA rule (Proxmox VE 9; replaces HA groups): node-affinity (resources prefer the listed nodes, higher priority first; strict: only those nodes) or resource-affinity (resources run together or apart).',
  attributes: {
    ...keyAttributes('rule', 'The rule id.', { description: 'Rule id.', validators: [configIdValidator] }),
    type: attr.string({
      required: true,
      description: 'node-affinity or resource-affinity.',
      validators: [validators.oneOf('node-affinity', 'resource-affinity')],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    resources: attr.set(ty.string, {
      required: true,
      description: 'HA resources ("vm:100", "ct:101") the rule applies to; each must be a proxmox_ha_resource. At least one.',
      validators: [validators.each(haSidValidator), atLeastOne('resource')],
    }),
    nodes: attr.set(ty.string, {
      optional: true,
      description: 'node-affinity: the nodes, each "NODE" or "NODE:PRIORITY" (higher priority is preferred); at least one.',
      validators: [validators.each(nodePriority), atLeastOne('node')],
    }),
    strict: attr.bool({
      optional: true,
      default: false,
      description: 'node-affinity: run only on the listed nodes (else other nodes when none of them is available).',
    }),
    affinity: attr.string({
      optional: true,
      description: 'resource-affinity: positive (together) or negative (apart).',
      validators: [validators.oneOf('positive', 'negative')],
    }),
    disable: attr.bool({ optional: true, default: false, description: 'Keep the rule but do not apply it.' }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
  },
});

export const haRuleResource = datacenterResource({
  name: 'proxmox_ha_rule',
  schema: haRuleSchema,
  importId: { description: 'the rule id', example: 'web-on-pve1' },
  key: 'rule',
  kind: 'ha/rules',
  fields: HA_RULE_FIELDS,
  // `type` names the section on create and must be given (unchanged) on update; strict exists for node-affinity only.
  // A rule is disabled while it has the `disable` key at all, and create and update drop a false
  // one (`delete $param->{disable} if !$param->{disable}`, pve-ha-manager src/PVE/API2/HA/Rules.pm;
  // `exists($rule->{disable})`, src/PVE/HA/Rules.pm): only true is sent, and re-enabling deletes it.
  writeParams: (plan) => ({
    type: plan.type,
    ...(plan.type === 'node-affinity' ? { strict: plan.strict ?? false } : {}),
    ...(plan.disable === true ? { disable: true } : {}),
  }),
  removedParams: (plan, prior) => (plan.disable !== true && prior.disable === true ? ['disable'] : []),
  toModel: (values, raw, known) => ({
    type: typeof raw.type === 'string' ? raw.type : known.type,
    resources: (values.resources as string[] | null) ?? [],
    nodes: values.nodes as string[] | null,
    strict: Number(raw.strict ?? 0) === 1,
    affinity: typeof values.affinity === 'string' ? values.affinity : null,
    disable: raw.disable !== undefined && raw.disable !== null,
    comment: typeof values.comment === 'string' ? values.comment : null,
  }),
  validateConfig(ctx) {
    const type = ctx.config.string('type');
    if (type === undefined) return;
    if (type === 'node-affinity') {
      if (ctx.config.isNull('nodes')) ctx.error('nodes', 'Missing nodes', 'A node-affinity rule needs nodes.');
      if (!ctx.config.isNull('affinity')) ctx.error('affinity', 'Option not valid for this rule type', 'affinity belongs to resource-affinity rules.');
    } else {
      if (ctx.config.isNull('affinity')) ctx.error('affinity', 'Missing affinity', 'A resource-affinity rule needs affinity = "positive" or "negative".');
      if (!ctx.config.isNull('nodes')) ctx.error('nodes', 'Option not valid for this rule type', 'nodes belong to node-affinity rules.');
      if (ctx.config.bool('strict') === true) ctx.error('strict', 'Option not valid for this rule type', 'strict belongs to node-affinity rules.');
    }
  },
});
