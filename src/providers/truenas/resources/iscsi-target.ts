// truenas_iscsi_target: an iSCSI target, reachable through portal groups.
import { attr, block, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { Target, TargetCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { canonicalNetwork } from '../shared/nfs-networks.js';

/**
 * Each entry must parse as pydantic's strict IPvAnyNetwork, which refuses host bits
 * ("Auth network … is not a valid IPv4 or IPv6 network": plugins/iscsi_/targets.py:277-284 @TS-25.10.6).
 * Checked for IPv4 networks; IPv6 ones only for their syntax.
 */
const AUTH_NETWORK_HOST_BITS = validators.custom('networks with host bits clear', (value) => {
  if (!Array.isArray(value)) return undefined;
  for (const entry of value) {
    if (typeof entry !== 'string' || !entry.includes('/') || entry.includes(':')) continue;
    const canonical = canonicalNetwork(entry);
    if (canonical !== undefined && canonical !== entry) return `"${entry}" has host bits set: TrueNAS takes only the network, "${canonical}"`;
  }
  return undefined;
});

const AUTH_METHODS = ['NONE', 'CHAP', 'CHAP_MUTUAL'] as const;
const TARGET_NAME = { pattern: /^[-a-z0-9.:]{1,120}$/, explanation: '1 to 120 lower-case letters, digits, dots, dashes and colons' };

export const targetGroupAttributes = {
  portal: attr.number({ required: true, description: 'Id of the portal (truenas_iscsi_portal.id).' }),
  initiator: attr.number({
    optional: true,
    description: 'Id of the initiator group allowed to connect (truenas_iscsi_initiator.id); every initiator when unset.',
  }),
  authmethod: attr.string({ default: 'NONE', description: 'Authentication: NONE, CHAP or CHAP_MUTUAL.', validators: [validators.oneOf(...AUTH_METHODS)] }),
  auth: attr.number({ optional: true, description: 'Tag of the CHAP credentials (truenas_iscsi_auth.tag), required for CHAP and CHAP_MUTUAL.' }),
};

const targetSchema = schema({
  description: 'An iSCSI target. The server prefixes its name with the global base name to form the IQN.',
  attributes: {
    id: numericId('target'),
    name: attr.string({
      required: true,
      description: 'Target name, such as "vm-100" (the IQN suffix).',
      validators: [validators.textMatching(TARGET_NAME.pattern, TARGET_NAME.explanation)],
    }),
    alias: attr.string({ optional: true, description: 'Optional human-readable alias.' }),
    mode: attr.string({ default: 'ISCSI', description: 'ISCSI, FC (Fibre Channel) or BOTH.', validators: [validators.oneOf('ISCSI', 'FC', 'BOTH')] }),
    auth_networks: attr.list(ty.string, {
      default: [],
      description: 'Networks (CIDR, host bits clear, such as "10.0.0.0/24"; an address alone is that host) allowed to connect; every network when empty.',
      validators: [validators.each(validators.cidr('any', { addressAlone: true })), AUTH_NETWORK_HOST_BITS],
    }),
  },
  blocks: {
    group: block.list({
      description: 'A portal group the target is reachable through, with an optional initiator group and authentication; repeat the block for several portals.',
      attributes: targetGroupAttributes,
    }),
  },
});

type TargetModel = ModelOf<typeof targetSchema>;

export function targetGroups(target: Target) {
  return target.groups.map((g) => ({ portal: g.portal, initiator: g.initiator, authmethod: g.authmethod, auth: g.auth }));
}

function toModel(target: Target, known: Partial<TargetModel>): TargetModel {
  return {
    id: target.id,
    name: target.name,
    // An unset alias is stored as null or ""; both read as the user left it.
    alias: target.alias === '' && known.alias === null ? null : target.alias,
    mode: target.mode,
    group: targetGroups(target),
    auth_networks: target.auth_networks,
  };
}

function input(plan: PlanModelOf<typeof targetSchema>): TargetCreate {
  return {
    name: plan.name,
    alias: plan.alias,
    mode: plan.mode as TargetCreate['mode'],
    groups: plan.group.map((g) => ({ portal: g.portal, initiator: g.initiator, authmethod: g.authmethod as (typeof AUTH_METHODS)[number], auth: g.auth })),
    auth_networks: plan.auth_networks,
  };
}

export const iscsiTargetResource = truenasResource({
  name: 'truenas_iscsi_target',
  schema: targetSchema,
  ...numericCrud({ importId: numericImportId('target'), group: (client) => client.iscsi.targets, toModel, input }),
});
