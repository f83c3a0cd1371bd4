// `proxmox_user`: a Proxmox VE user (pve or pam realm), with its groups.
import { attr, schema } from '../../../framework/attributes.js';
import { secretToSend } from '../../../framework/write-only.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import type { ProxmoxIdentity, UserDetail, UserParams } from '../../../clients/proxmox/index.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { namedCrud } from '../shared/crud.js';
import { optionalText } from '../shared/text.js';
import { proxmoxResource } from '../provider-data.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { userCfgTextValidator } from '../shared/user-cfg-text.js';
import { userEmailValidators, userIdValidators } from '../shared/access-ids.js';

/**
 * Why the provider's login cannot change `userid`'s password, or undefined when it can.
 * `PUT /access/password` refuses API tokens (allowtoken 0 in the API schema); only root@pam may
 * change root@pam's password, and a pam user's password only its owner or root@pam
 * (pve-access-control src/PVE/API2/AccessControl.pm, change_password).
 */
export function passwordChangeRefusal(identity: ProxmoxIdentity, userid: string): string | undefined {
  if (identity.kind === 'token') {
    return `Proxmox does not let API tokens change passwords, so ${userid}'s new password cannot be set with the token ${identity.tokenId}. Log in with a ticket instead: set PROXMOX_VE_USERNAME and PROXMOX_VE_PASSWORD (username/password in the provider block), or leave the password unchanged.`;
  }
  if (identity.kind === 'ticket' && identity.userid !== 'root@pam' && identity.userid !== userid) {
    if (userid === 'root@pam') return 'Only root@pam may change the password of root@pam.';
    if (userid.endsWith('@pam')) return `Only root@pam may change the password of another pam user (${userid}); log in as root@pam.`;
  }
  return undefined;
}

/** The API's `password` (POST /access/users, PUT /access/password): 8 to 64 characters. */
const passwordLength = validators.lengthBetween(8, 64);

const userSchema = schema({
  description: 'A Proxmox VE user.',
  attributes: {
    ...keyAttributes('user_id', 'The user id.', {
      description: 'USER@REALM, such as "terraform@pve".',
      validators: userIdValidators,
    }),
    password: attr.string({
      optional: true,
      sensitive: true,
      validators: [passwordLength],
      description:
        'Password (pve realm). Set at creation with any login; changing it later keeps the user (its ACLs and tokens) and needs a ticket login (PROXMOX_VE_USERNAME/PASSWORD), because Proxmox never lets an API token change a password. Removing it leaves the password as it is.',
    }),
    password_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      validators: [passwordLength],
      description:
        'Password (pve realm), write-only: sent to Proxmox but never stored in the plan or state (Terraform 1.11+). Set at creation; sent again when password_wo_version changes (under a ticket login, like password).',
    }),
    password_wo_version: attr.number({
      optional: true,
      description: 'Change it to send password_wo again; required with password_wo.',
      validators: [validators.integer()],
    }),
    enabled: attr.bool({ default: true, description: 'Whether the user may log in (default true).' }),
    expire: attr.number({
      default: 0,
      description: 'Expiry as seconds since 1970; 0 (default) never expires.',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    // The API's maxLength: 1024 for the names, 2048 for the comment (API2/User.pm create_user).
    first_name: attr.string({ optional: true, description: 'First name.', validators: [userCfgTextValidator, validators.lengthBetween(0, 1024)] }),
    last_name: attr.string({ optional: true, description: 'Last name.', validators: [userCfgTextValidator, validators.lengthBetween(0, 1024)] }),
    email: attr.string({ optional: true, description: 'E-mail address.', validators: userEmailValidators }),
    comment: attr.string({ optional: true, description: 'Comment.', validators: [userCfgTextValidator, validators.lengthBetween(0, 2048)] }),
    groups: attr.set(ty.string, { optional: true, description: 'Groups the user belongs to.' }),
  },
  rules: [rules.conflictsWith('password', 'password_wo'), rules.requiredWith('password_wo', 'password_wo_version')],
});

type UserModel = ModelOf<typeof userSchema>;
type UserPlan = PlanModelOf<typeof userSchema>;

/** The password to send (see secretToSend), null to leave it as it is. */
function passwordToSend(plan: UserPlan, prior: UserModel | null): string | null {
  const spelling = (m: UserPlan | UserModel) => ({ value: m.password, wo: m.password_wo, woVersion: m.password_wo_version });
  return secretToSend(spelling(plan), prior === null ? null : spelling(prior));
}

function userParams(plan: UserPlan): UserParams {
  return {
    enable: plan.enabled,
    expire: plan.expire,
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
    password_wo: null,
    password_wo_version: prior.password_wo_version,
    enabled: user.enable ?? true,
    expire: user.expire ?? 0,
    first_name: optionalText(user.firstname, prior.first_name),
    last_name: optionalText(user.lastname, prior.last_name),
    email: optionalText(user.email, prior.email),
    comment: optionalText(user.comment, prior.comment),
    groups: groups.length === 0 && prior.groups === null ? null : groups,
  };
}

export const userResource = proxmoxResource({
  name: 'proxmox_user',
  schema: userSchema,
  importId: { description: 'the user id, USER@REALM', example: 'terraform@pve' },
  ...namedCrud({
    key: (model: UserModel) => model.user_id,
    find: (client, userid) => client.access.findUser(userid),
    create: (client, plan: UserPlan) => client.access.createUser(plan.user_id, { ...userParams(plan), ...passwordParam(passwordToSend(plan, null)) }),
    created: (plan) => ({ ...plan, id: plan.user_id }),
    update: async (client, plan, prior) => {
      await client.access.updateUser(plan.user_id, userParams(plan));
      const password = passwordToSend(plan, prior);
      if (password !== null) {
        const refusal = passwordChangeRefusal(client.identity, plan.user_id);
        const attribute = plan.password !== null ? 'password' : 'password_wo';
        if (refusal !== undefined) throw new AttributeError(attribute, 'Password change needs a ticket login', refusal);
        await client.changeUserPassword(plan.user_id, password);
      }
    },
    remove: (client, userid) => client.access.deleteUser(userid),
    toModel: (user, known) => userFromApi(known.user_id, user, known),
  }),
  importState: (id) => ({ user_id: id }),
  modifyPlan(ctx) {
    if (ctx.creating || ctx.provider === undefined) return;
    const wanted = ctx.config.get('password');
    const changed = wanted !== null && wanted !== ctx.prior.get('password');
    const version = ctx.config.number('password_wo_version');
    const rotated = ctx.config.get('password_wo') !== null && version !== undefined && version !== ctx.prior.number('password_wo_version');
    if (!changed && !rotated) return;
    const userid = ctx.config.get('user_id');
    const refusal = passwordChangeRefusal(ctx.provider.client.identity, typeof userid === 'string' ? userid : '');
    if (refusal !== undefined) ctx.error(changed ? 'password' : 'password_wo', 'Password change needs a ticket login', refusal);
  },
});

function passwordParam(password: string | null): { password?: string } {
  return password === null ? {} : { password };
}
