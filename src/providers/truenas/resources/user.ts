// truenas_user: a local user. The password is write-only on the server (it keeps hashes), so it
// is never read back; an SMB user is also put in builtin_users by the server, which the
// resource does not report as one of the configured groups.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import { secretToSend } from '../../../framework/write-only.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { TrueNASClient, User, UserCreate, UserUpdate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { deleteIfPresent, numericId, requireId } from '../shared/ids.js';
import type { PlanContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { sameFields } from '../../common/same-fields.js';
import { checkAttributeReleases, inRange, type ReleaseRange } from '../shared/release-gate.js';
import { idmapFromApi, idmapInput, usernsIdmapAttribute } from '../shared/userns-idmap.js';

/**
 * What every release refuses of a user's `email`, or undefined. 26.0 checks only these
 * (`EmailString`, api/base/validators/base.py:40-76 @TS-26.0.0-BETA.3, which takes an empty one);
 * 25.04 and 25.10.1+ use pydantic's `EmailStr` (api/v25_10_5/user.py:176 @TS-25.10.6), stricter
 * still: those extra rules are checked against the server's release in `checkPlan`.
 */
export function emailAddressProblem(address: string): string | undefined {
  if (address === '') return undefined;
  if ([...address].length > 254) return 'is longer than 254 characters';
  const at = address.lastIndexOf('@');
  if (at === -1) return "has no '@'";
  if (at === 0) return "has nothing before its '@'";
  return at === address.length - 1 ? "has nothing after its '@'" : undefined;
}

/**
 * What `EmailStr` (the email-validator library) refuses beyond the rules every release has: an
 * empty address, and a domain without a dot; undefined when it takes it (as far as checked here).
 */
function strictEmailProblem(address: string): string | undefined {
  if (address === '') return 'is empty (leave `email` unset for no address)';
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return domain.includes('.') ? undefined : `has a domain without a dot ("${domain}")`;
}

/** The releases whose user.create/update take `email` as `EmailStr`: 25.04 and 25.10.1 up to 26.0 (25.10.0 and 26.0: `EmailString`). */
const STRICT_EMAIL_RELEASES: readonly ReleaseRange[] = [{ until: '25.10' }, { since: '25.10.1', until: '26.0' }];

const userSchema = schema({
  description:
    'A local user. Without `group_id` the server creates a primary group named after the user (or takes an existing one of that name), deleted with the user when no one else uses it; a group given as `group_id` is never deleted with the user. The password is sent, never read back.',
  attributes: {
    id: numericId('user'),
    username: attr.string({ required: true, description: 'Login name (up to 32 characters).', validators: [validators.lengthBetween(1, 32)] }),
    full_name: attr.string({ required: true, description: 'Full name (no colons or newlines).' }),
    uid: attr.number({
      optional: true,
      computed: true,
      description: 'Numeric user id; the server picks the next free one from 3000 when unset. Changing it replaces the user.',
      validators: [validators.integer(), validators.between(0, 90_000_000)],
      planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    group_id: attr.number({
      optional: true,
      computed: true,
      description:
        'Id (not gid) of the primary group; unset, the server creates one named after the user. Changing it moves the user to that group in place (a group the server made for the user then stays on the server, no longer deleted with the user); removing it from the configuration keeps the current primary group.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    created_group_id: attr.number({
      computed: true,
      description:
        'Id of the primary group the server made for the user (`group_id` unset at creation); null when `group_id` was configured or the user imported. Only this group is deleted with the user, and only while it is still the primary group.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    groups: attr.set(ty.number, { default: [], description: 'Ids (not gids) of auxiliary groups.' }),
    password: attr.string({
      optional: true,
      sensitive: true,
      description:
        'Password; required unless `password_disabled` or `password_wo`. Sent on create and when it changes, never read back (kept in state, sensitive; `password_wo` keeps it out of state). Removing it keeps the password the user has: set `password_disabled` to stop password logins.',
    }),
    password_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description:
        'Password, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and again when `password_wo_version` changes.',
    }),
    password_wo_version: attr.number({
      optional: true,
      description: 'Change it to send `password_wo` again; required with `password_wo`.',
      validators: [validators.integer()],
    }),
    password_disabled: attr.bool({ default: false, description: 'Disable password login (not allowed for SMB users).' }),
    home: attr.string({
      default: '/var/empty',
      description:
        "Home directory: /var/empty or an existing directory under /mnt. At creation the server takes the directory over: it becomes the user's (owner and primary group), mode 700, its ACL stripped. Give each user a directory of their own, not a shared dataset (nor a path a `truenas_filesystem_acl` or `truenas_filesystem_permissions` manages).",
    }),
    shell: attr.string({
      default: '/usr/bin/zsh',
      description: 'Login shell: /usr/bin/bash, /usr/bin/zsh, /usr/bin/sh, /usr/bin/dash, /usr/bin/rbash, /usr/bin/tmux or /usr/sbin/nologin.',
    }),
    email: attr.string({
      optional: true,
      description:
        'E-mail address: something before and after its last `@`, at most 254 characters. TrueNAS 25.04 and 25.10.1 or later (before 26.0) check it further (a domain with a dot, no spaces) and refuse an empty one, when the user is written: an address 25.10.0 took stays through the upgrade to 25.10.1, and the plan names it once the user changes.',
      validators: [validators.custom('an e-mail address', (v) => (typeof v === 'string' ? emailAddressProblem(v) : undefined))],
    }),
    locked: attr.bool({ default: false, description: 'Lock the account.' }),
    smb: attr.bool({ default: true, description: 'Allow SMB access (the user then needs a password).' }),
    ssh_password_enabled: attr.bool({ default: false, description: 'Allow SSH password login (needs a home directory and a login shell).' }),
    sshpubkey: attr.string({ optional: true, description: 'SSH public key(s) for authorized_keys (needs a home directory under /mnt).' }),
    webshare: attr.bool({
      optional: true,
      computed: true,
      description:
        'Allow access through TrueNAS WebShare (the server puts the user in its `truenas_webshare` group, which `groups` does not report). TrueNAS 26.0 or later (refused at plan time on older releases); not allowed for root. Unset, the server keeps what it has (false for a new user).',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    userns_idmap: usernsIdmapAttribute('user'),
    sudo_commands: attr.list(ty.string, { default: [], description: 'Commands the user may run with sudo (with their password).' }),
    sudo_commands_nopasswd: attr.list(ty.string, { default: [], description: 'Commands the user may run with sudo without a password.' }),
  },
  rules: [rules.conflictsWith('password', 'password_wo'), rules.requiredWith('password_wo', 'password_wo_version')],
});

type UserModel = ModelOf<typeof userSchema>;
type UserPlan = PlanModelOf<typeof userSchema>;

async function groupIdByName(client: TrueNASClient, name: string): Promise<number | undefined> {
  return (await client.accounts.groups.queryOne([['group', '=', name]]))?.id;
}

/** The id of builtin_users, which the server adds to every SMB user's groups. */
const builtinUsersId = (client: TrueNASClient) => groupIdByName(client, 'builtin_users');

/** The attributes the user has as they are, under the same name, in both directions. */
const SAME_FIELDS = [
  'full_name',
  'home',
  'shell',
  'email',
  'password_disabled',
  'locked',
  'smb',
  'ssh_password_enabled',
  'sudo_commands',
  'sudo_commands_nopasswd',
] as const;

async function toModel(client: TrueNASClient, user: User, known: UserModel): Promise<UserModel> {
  // The groups the server adds by itself: builtin_users for SMB users, truenas_webshare for
  // WebShare users (handle_webshare, plugins/account.py:1815-1828 @TS-26.0.0-BETA.3).
  const added = new Set([
    ...(user.smb ? [await builtinUsersId(client)] : []),
    ...(user.webshare === true ? [await groupIdByName(client, 'truenas_webshare')] : []),
  ]);
  const listed = new Set(known.groups ?? []);
  return {
    ...sameFields(user, ['id', 'username', 'uid', ...SAME_FIELDS]),
    group_id: user.group.id ?? null,
    groups: user.groups.filter((id) => !added.has(id) || listed.has(id)),
    webshare: user.webshare ?? null,
    userns_idmap: idmapFromApi(user.userns_idmap),
    password: known.password ?? null,
    password_wo: null,
    password_wo_version: known.password_wo_version ?? null,
    created_group_id: known.created_group_id ?? null,
    sshpubkey: readPublicKeys(user.sshpubkey, known.sshpubkey ?? null),
  };
}

/**
 * The server keeps the keys in `<home>/.ssh/authorized_keys`, written and read back stripped
 * (middleware plugins/account.py `update_sshpubkey`, `user_extend` @TS-25.10.6): the configured
 * spelling stays when it differs only in surrounding whitespace (a key from `file()` ends in "\n").
 */
function readPublicKeys(read: string | null, known: string | null): string | null {
  if (read === null || read === '') return null;
  return known !== null && known.trim() === read ? known : read;
}

function common(plan: UserPlan) {
  // `webshare` only when known (configured, or kept from state): releases before 26.0 refuse it.
  return { ...sameFields(plan, [...SAME_FIELDS, 'sshpubkey']), ...(plan.webshare !== null ? { webshare: plan.webshare } : {}) };
}

function createInput(plan: UserPlan): UserCreate {
  return {
    username: plan.username,
    ...common(plan),
    groups: plan.groups,
    ...(plan.uid !== null ? { uid: plan.uid } : {}),
    ...(plan.group_id !== null ? { group: plan.group_id } : { group_create: true }),
    ...idmapInput(plan.userns_idmap, undefined),
    ...passwordInput(plan, null),
  };
}

/** What update sends: the SMB users' builtin group stays in the list (the server adds it). */
async function updateInput(plan: UserPlan, prior: UserModel, client: TrueNASClient): Promise<UserUpdate> {
  const builtin = plan.smb ? await builtinUsersId(client) : undefined;
  const groups = builtin !== undefined && !plan.groups.includes(builtin) ? [...plan.groups, builtin] : plan.groups;
  // `home` only when it changes: any `home` sent is validated afresh (middleware
  // plugins/account.py:1578 validate_homedir_path @TS-25.10.6), which refuses the homes outside
  // /mnt that root and the installer's admin have ("must begin with /mnt").
  const { home, ...fields } = common(plan);
  return {
    ...(plan.username !== prior.username ? { username: plan.username } : {}),
    ...fields,
    ...(home !== prior.home ? { home } : {}),
    groups,
    // Only when it changes: for immutable users (root, the installer's admin) the server compares
    // any `group` sent with the stored group object, which never equals an id (middleware
    // plugins/account.py:879-882 @TS-25.10.6): "This attribute cannot be changed".
    ...(plan.group_id !== null && plan.group_id !== prior.group_id ? { group: plan.group_id } : {}),
    ...idmapInput(plan.userns_idmap, prior.userns_idmap),
    ...passwordInput(plan, prior),
  };
}

const passwordSpelling = (m: UserPlan | UserModel) => ({ value: m.password, wo: m.password_wo, woVersion: m.password_wo_version });

/** `{ password }` when one is to be sent (new, changed, or its write-only version changed). */
function passwordInput(plan: UserPlan, prior: UserModel | null): { password?: string } {
  const password = secretToSend(passwordSpelling(plan), prior === null ? null : passwordSpelling(prior));
  return password ? { password } : {};
}

/**
 * Whether user.delete may take the primary group with it. The server's default deletes the
 * primary group whenever no other user has it, whoever made it (middleware plugins/account.py:1061-1073
 * @TS-25.10.6), which would take a group the configuration manages (and make a replacement's
 * create fail: "Group <id> not found"). Only the group made for the user goes, while it is still
 * the primary one; for a user without that record (imported, or state from before it was kept)
 * the group named after the user, as `group_create` makes or takes it.
 */
async function deleteGroupToo(client: TrueNASClient, state: UserModel): Promise<boolean> {
  if (state.group_id === null) return false;
  if (state.created_group_id !== null) return state.created_group_id === state.group_id;
  const group = await client.accounts.groups.find(state.group_id);
  return group !== undefined && state.username !== null && group.group === state.username;
}

const crud = numericCrud({
  importId: {
    description:
      "the user's numeric id on the server (not its uid). The password cannot be read back: leave it unset on an imported user, or set it and the next apply records it in state without changing the user",
    example: '42',
  },
  group: (client) => client.accounts.users,
  toModel: (user, known: UserModel, client) => toModel(client, user, known),
  createInput,
  updateInput,
});

type UserPlanContext = PlanContext<TrueNASProviderData, keyof typeof userSchema.attributes & string>;

async function checkPlan(ctx: UserPlanContext): Promise<void> {
  checkSmbPassword(ctx);
  await checkStrictEmail(ctx);
  await checkAttributeReleases(ctx, { webshare: { since: '26.0' } });
  // plugins/account.py:1723-1729 @TS-26.0.0-BETA.3 (the server's text).
  if (ctx.planned.bool('webshare') === true && ctx.planned.number('uid') === 0)
    ctx.error('webshare', 'WebShare not allowed for root', 'The root user is not allowed access via webshare.');
}

/**
 * The `EmailStr` releases' own refusals of `email`, said at plan time when the user is written (an
 * update sends `email` with the rest): one 25.10.0 took stays through the upgrade to 25.10.1, and
 * an unchanged configuration still plans.
 */
async function checkStrictEmail(ctx: UserPlanContext): Promise<void> {
  if (!ctx.creating && !ctx.updates()) return;
  const client = ctx.provider?.client;
  const email = ctx.config.string('email');
  // An address every release refuses has its error from the attribute's validator already.
  const problem = email === undefined || emailAddressProblem(email) !== undefined ? undefined : strictEmailProblem(email);
  if (!client || problem === undefined) return;
  const version = await client.serverVersion();
  if (STRICT_EMAIL_RELEASES.some((range) => inRange(version, range)))
    ctx.error('email', 'Invalid e-mail address', `The e-mail address ${problem}: TrueNAS ${version} refuses it.`);
}

/** The server refuses turning SMB on without a new password (it needs the NT hash): said at plan time. */
function checkSmbPassword(ctx: UserPlanContext): void {
  if (ctx.creating || ctx.prior.bool('smb') !== false || ctx.planned.bool('smb') !== true) return;
  if (!ctx.planned.isKnown('password') || !ctx.config.isKnown('password_wo_version')) return;
  const passwordChanges =
    (!ctx.planned.isNull('password') && ctx.planned.string('password') !== ctx.prior.string('password')) ||
    (!ctx.config.isNull('password_wo_version') && ctx.config.number('password_wo_version') !== ctx.prior.number('password_wo_version'));
  if (passwordChanges) return;
  // middleware plugins/account.py:884-887 @TS-25.10.6.
  ctx.error(
    'smb',
    'SMB needs a new password',
    'Turning `smb` on needs the password to be set again (the server keeps the NT hash SMB uses only when a password is sent): change `password`, or `password_wo_version` with `password_wo`, in the same apply.',
  );
}

export const userResource = truenasResource({
  name: 'truenas_user',
  schema: userSchema,
  modifyPlan: checkPlan,
  ...crud,
  async create(ctx, plan) {
    const model = await crud.create(ctx, plan);
    // createInput asks for group_create exactly when group_id is unset.
    return { ...model, created_group_id: plan.group_id === null ? model.group_id : null };
  },
  async delete(ctx, state) {
    const { client } = ctx.provider;
    const deleteGroup = await deleteGroupToo(client, state);
    await deleteIfPresent(() => client.accounts.users.delete(requireId(state.id), { delete_group: deleteGroup }));
  },
});
