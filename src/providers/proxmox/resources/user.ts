// `proxmox_user`: a Proxmox VE user (pve or pam realm), with its groups.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { defineResource } from '../../../framework/resource.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { UserDetail, UserParams } from '../../../clients/proxmox/index.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { ProxmoxProviderData } from '../index.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';

const replace = planModifiers.requiresReplace();

const userSchema = schema({
  description: 'A Proxmox VE user.',
  attributes: {
    id: attr.string({ computed: true, description: 'The user id.', planModifiers: [planModifiers.useStateForUnknown()] }),
    user_id: attr.string({ required: true, description: 'USER@REALM, such as "terraform@pve".', validators: [validators.textMatching(/^[^\s@:]+@[A-Za-z][A-Za-z0-9.\-_]+$/, 'like USER@REALM')], planModifiers: [replace] }),
    password: attr.string({ optional: true, sensitive: true, description: 'Initial password (pve realm); set at creation only, so changing it replaces the user.', planModifiers: [replace] }),
    enabled: attr.bool({ default: true, description: 'Whether the user may log in (default true).' }),
    expire: attr.number({ default: 0, description: 'Expiry as seconds since 1970; 0 (default) never expires.', validators: [validators.atLeast(0), validators.integer()] }),
    first_name: attr.string({ optional: true, description: 'First name.' }),
    last_name: attr.string({ optional: true, description: 'Last name.' }),
    email: attr.string({ optional: true, description: 'E-mail address.' }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
    groups: attr.set(ty.string, { optional: true, description: 'Groups the user belongs to.' }),
  },
});

type UserModel = ModelOf<typeof userSchema>;

function userParams(plan: UserModel): UserParams {
  return {
    enable: plan.enabled ?? true,
    expire: plan.expire ?? 0,
    firstname: plan.first_name ?? '',
    lastname: plan.last_name ?? '',
    email: plan.email ?? '',
    comment: plan.comment ?? '',
    groups: plan.groups ?? [],
  };
}

function userFromApi(userid: string, user: UserDetail, prior: UserModel): UserModel {
  const groups = user.groups ?? [];
  return {
    id: userid,
    user_id: userid,
    password: prior.password,
    enabled: user.enable ?? true,
    expire: user.expire ?? 0,
    first_name: optionalText(user.firstname, prior.first_name),
    last_name: optionalText(user.lastname, prior.last_name),
    email: optionalText(user.email, prior.email),
    comment: optionalText(user.comment, prior.comment),
    groups: groups.length === 0 && prior.groups === null ? null : groups,
  };
}

export const userResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_user',
  schema: userSchema,
  importId: { description: 'the user id, USER@REALM', example: 'terraform@pve' },
  example: `resource "proxmox_user" "ops" {
  user_id  = "ops@pve"
  password = var.ops_password
  email    = "ops@example.com"
  groups   = [proxmox_group.admins.group_id]
}`,
  async create(ctx, plan) {
    const { access } = ctx.provider.client;
    await access.createUser(plan.user_id, { ...userParams(plan), ...(plan.password !== null ? { password: plan.password } : {}) });
    ctx.savePartialState({ ...plan, id: plan.user_id });
    return userFromApi(plan.user_id, await access.user(plan.user_id), plan);
  },
  async read(ctx, state) {
    const user = await ctx.provider.client.access.findUser(state.user_id);
    return user === undefined ? null : userFromApi(state.user_id, user, state);
  },
  async update(ctx, plan) {
    const { access } = ctx.provider.client;
    await access.updateUser(plan.user_id, userParams(plan));
    return userFromApi(plan.user_id, await access.user(plan.user_id), plan);
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.access.deleteUser(state.user_id));
  },
  importState: (id) => ({ user_id: id }),
});
