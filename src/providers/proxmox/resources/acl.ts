// `proxmox_acl`: one grant of a role on a path to a user, group or API token.
import { isCheckedAclPath, normalizeAclPath } from '../../../clients/proxmox/acl-path.js'; // not the index: the client loads lazily
import type { AclChange } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { createByName } from '../shared/lost-create.js';

const replace = planModifiers.requiresReplace();
const PRINCIPALS = ['user_id', 'group_id', 'token_id'] as const;

/**
 * The server stores a grant under the normalised path (AccessControl.pm `normalize_path`, then
 * `check_path`), so a grant written as "/vms/100/" would be listed as "/vms/100" and never found
 * again: only the normalised form, on a path permissions can be set on, is taken.
 */
const aclPathValidator = validators.custom<string>('a normalised ACL path such as "/", "/vms/100" or "/pool/lab"', (value) => {
  if (typeof value !== 'string') return undefined;
  const normal = normalizeAclPath(value);
  if (normal === undefined) return `"${value}" is not an ACL path (only letters, digits, ".", "-", "_" and "/")`;
  if (normal !== value) return `Proxmox stores "${value}" as "${normal}": write "${normal}"`;
  return isCheckedAclPath(value)
    ? undefined
    : `Proxmox sets no permissions on "${value}" (such as "/", "/vms/100", "/storage/local", "/pool/lab", "/nodes/pve", "/sdn/zones/z1", "/mapping/pci/gpu")`;
});

const aclSchema = schema({
  description:
    'Grants a role on a path (such as "/vms/100" or "/storage/local") to exactly one user, group or API token. A grant that already exists when it is created is refused (import it): Proxmox would accept it again, and destroying the resource would then remove a grant terraform did not make.',
  attributes: {
    id: attr.string({
      computed: true,
      description: 'PATH|ROLE|KIND:NAME, such as "/vms/100|PVEVMUser|user:alice@pve".',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    path: attr.string({
      required: true,
      description: 'ACL path, such as "/", "/vms/100", "/pool/lab", written as Proxmox stores it (no trailing or doubled "/").',
      validators: [aclPathValidator],
      planModifiers: [replace],
    }),
    role_id: attr.string({ required: true, description: 'Role to grant.', planModifiers: [replace] }),
    user_id: attr.string({ optional: true, description: 'User, USER@REALM.', planModifiers: [replace] }),
    group_id: attr.string({ optional: true, description: 'Group.', planModifiers: [replace] }),
    token_id: attr.string({ optional: true, description: 'API token, USER@REALM!TOKEN.', planModifiers: [replace] }),
    propagate: attr.bool({ default: true, description: 'Also grant on the paths below (default true).' }),
  },
  rules: [rules.exactlyOneOf(...PRINCIPALS)],
});

type AclModel = ModelOf<typeof aclSchema>;
type Kind = 'user' | 'group' | 'token';

function principal(model: AclModel): { kind: Kind; name: string } {
  if (model.user_id !== null) return { kind: 'user', name: model.user_id };
  if (model.group_id !== null) return { kind: 'group', name: model.group_id };
  return { kind: 'token', name: model.token_id ?? '' };
}

function aclId(model: AclModel): string {
  const { kind, name } = principal(model);
  return `${model.path}|${model.role_id}|${kind}:${name}`;
}

/** The grant as the ACL API names it: path, role and one principal. */
function grantOf(model: AclModel) {
  const { kind, name } = principal(model);
  return { path: model.path, roles: [model.role_id], [`${kind}s`]: [name] };
}

function addition(plan: PlanModelOf<typeof aclSchema>): AclChange {
  return { ...grantOf(plan), propagate: plan.propagate, remove: false };
}

/** Proxmox ignores `propagate` when it removes a grant. */
function removal(state: AclModel): AclChange {
  return { ...grantOf(state), remove: true };
}

function findEntry(provider: ProxmoxProviderData, model: AclModel) {
  const { kind, name } = principal(model);
  return provider.client.access.findAcl({ path: model.path, roleid: model.role_id, type: kind, ugid: name });
}

export const aclResource = proxmoxResource({
  name: 'proxmox_acl',
  schema: aclSchema,
  importId: { description: 'PATH|ROLE|KIND:NAME where KIND is user, group or token', example: '/vms/100|PVEVMUser|user:alice@pve' },
  async create(ctx, plan) {
    const created = { ...plan, id: aclId(plan) };
    // Writing a grant that exists succeeds on the server: looked for first, so that terraform
    // never takes over (and on destroy removes) a grant it did not make.
    await createByName({
      what: `grant "${created.id}"`,
      exists: async () => (await findEntry(ctx.provider, plan)) !== undefined,
      create: () => ctx.provider.client.access.updateAcl(addition(plan)),
      record: () => ctx.savePartialState(created),
      alreadyThere: () =>
        new AttributeError(
          'role_id',
          'Grant already exists',
          `The server already grants ${plan.role_id} on ${plan.path} to ${principal(plan).kind} ${principal(plan).name}; import it (terraform import <address> "${created.id}") or remove it first.`,
        ),
    });
    return created;
  },
  async read(ctx, state) {
    const entry = await findEntry(ctx.provider, state);
    return entry === undefined ? null : { ...state, id: aclId(state), propagate: entry.propagate };
  },
  async update(ctx, plan) {
    await ctx.provider.client.access.updateAcl(addition(plan));
    return { ...plan, id: aclId(plan) };
  },
  async delete(ctx, state) {
    // Proxmox drops a user's, group's or token's grants with it, then refuses to remove them
    // ("user '…' does not exist"): a grant already gone is deleted.
    if ((await findEntry(ctx.provider, state)) === undefined) return;
    await ctx.provider.client.access.updateAcl(removal(state));
  },
  importState(id) {
    const match = /^(\/[^|]*)\|([^|]+)\|(user|group|token):(.+)$/.exec(id);
    if (!match) throw new AttributeError('id', 'Invalid import id', `Expected PATH|ROLE|KIND:NAME such as "/vms/100|PVEVMUser|user:alice@pve", got "${id}".`);
    const [, path, role, kind, name] = match;
    return { path, role_id: role, user_id: kind === 'user' ? name : null, group_id: kind === 'group' ? name : null, token_id: kind === 'token' ? name : null };
  },
});
