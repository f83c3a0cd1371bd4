// `proxmox_realm`: an authentication realm (LDAP, Active Directory or OpenID Connect) in
// /etc/pve/domains.cfg. Which options a type takes follows pve-access-control's realm plugins
// (src/PVE/Auth/LDAP.pm, AD.pm, OpenId.pm `options`) and is checked at plan time.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { buildPropertyString, parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { fields } from '../shared/api-fields.js';
import { sectionResource } from '../shared/keyed-resource.js';
import { secretToSend, writeOnlyTwin } from '../shared/write-only-secret.js';
import { removeVanishedFromApi, removeVanishedParam, syncEnableNewAttribute, syncRemoveVanishedAttribute, syncScopeAttribute } from './realm-sync-options.js';
import { keyAttributes } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();

const REALM_FIELDS = fields([
  ['comment', 'comment', 'string'],
  // Kept as present or absent: the server reads any true value as the default marker and never
  // fills it in, so a realm made without it (`pveum realm add`) reads false (flag).
  ['default', 'default', 'flag'],
  ['tfa', 'tfa', 'string'],
  ['server1', 'server1', 'string'],
  ['server2', 'server2', 'string'],
  ['port', 'port', 'number'],
  ['mode', 'mode', 'string'],
  ['verify', 'verify', 'bool'],
  ['base_dn', 'base_dn', 'string'],
  ['bind_dn', 'bind_dn', 'string'],
  ['user_attr', 'user_attr', 'string'],
  ['domain', 'domain', 'string'],
  ['filter', 'filter', 'string'],
  ['group_dn', 'group_dn', 'string'],
  ['group_filter', 'group_filter', 'string'],
  ['group_name_attr', 'group_name_attr', 'string'],
  ['case_sensitive', 'case-sensitive', 'bool'],
  ['issuer_url', 'issuer-url', 'string'],
  ['client_id', 'client-id', 'string'],
  ['autocreate', 'autocreate', 'bool'],
  ['username_claim', 'username-claim', 'string'],
  ['scopes', 'scopes', 'string'],
  ['prompt', 'prompt', 'string'],
  ['groups_claim', 'groups-claim', 'string'],
  ['groups_autocreate', 'groups-autocreate', 'bool'],
  ['groups_overwrite', 'groups-overwrite', 'bool'],
] as const);

const DIRECTORY_OPTIONS = [
  'server2',
  'port',
  'mode',
  'verify',
  'bind_dn',
  'password',
  'password_wo',
  'password_wo_version',
  'filter',
  'group_dn',
  'group_filter',
  'group_name_attr',
  'case_sensitive',
  'sync_scope',
  'sync_enable_new',
  'sync_remove_vanished',
  'tfa',
] as const;

const bindPassword = writeOnlyTwin('password', 'ldap, ad: the bind password');
const clientKey = writeOnlyTwin('client_key', 'openid: the client secret');

const realmSchema = schema({
  description:
    'An authentication realm: an LDAP directory, an Active Directory domain or an OpenID Connect provider users log in through. `type` decides which options apply; the built-in pam and pve realms are not managed here.',
  attributes: {
    ...keyAttributes('realm', 'The realm id.', {
      description: 'Realm id, the part after "@" in user ids (not pam or pve).',
      validators: [validators.textMatching(/^[A-Za-z][A-Za-z0-9.\-_]+$/, 'a letter, then letters, digits, ".", "-" or "_"'), validators.lengthBetween(2, 32)],
    }),
    type: attr.string({ required: true, description: 'Realm type.', validators: [validators.oneOf('ldap', 'ad', 'openid')], planModifiers: [replace] }),
    comment: attr.string({ optional: true, description: 'Comment; the login window shows it.' }),
    default: attr.bool({
      default: false,
      description:
        'Make this the default realm of the login window (clears the flag on every other realm). Unset: false; a realm made without the flag, or with it unchecked in the web UI, reads false.',
    }),
    tfa: attr.string({ optional: true, description: 'ldap, ad: second factor required by the realm, e.g. "type=oath".' }),
    server1: attr.string({ optional: true, description: 'ldap, ad: the directory server (IP address or DNS name).' }),
    server2: attr.string({ optional: true, description: 'ldap, ad: the fallback server.' }),
    port: attr.number({
      optional: true,
      description: 'ldap, ad: server port (default 389, 636 for ldaps).',
      validators: [validators.between(1, 65535), validators.integer()],
    }),
    mode: attr.string({
      optional: true,
      description: 'ldap, ad: protocol: "ldap" (default), "ldaps" or "ldap+starttls".',
      validators: [validators.oneOf('ldap', 'ldaps', 'ldap+starttls')],
    }),
    verify: attr.bool({ optional: true, description: "ldap, ad: verify the server's TLS certificate." }),
    base_dn: attr.string({ optional: true, description: 'ldap (required), ad: where users are searched, e.g. "dc=example,dc=com".' }),
    bind_dn: attr.string({ optional: true, description: 'ldap, ad: the DN to bind as for searches and sync (anonymous when unset).' }),
    password: attr.string({
      optional: true,
      sensitive: true,
      description:
        "ldap, ad: bind_dn's password. Proxmox keeps it in /etc/pve/priv/realm/<realm>.pw and never returns it, so a change made outside Terraform is not seen.",
    }),
    password_wo: bindPassword.secret,
    password_wo_version: bindPassword.version,
    user_attr: attr.string({
      optional: true,
      description: 'ldap (required), ad: the attribute holding the user name, e.g. "uid" (ad default sAMAccountName).',
    }),
    domain: attr.string({ optional: true, description: 'ad (required): the Active Directory domain, e.g. "example.com".' }),
    filter: attr.string({ optional: true, description: 'ldap, ad: LDAP filter of the users to sync.' }),
    group_dn: attr.string({ optional: true, description: 'ldap, ad: where groups are searched (base_dn when unset).' }),
    group_filter: attr.string({ optional: true, description: 'ldap, ad: LDAP filter of the groups to sync.' }),
    group_name_attr: attr.string({ optional: true, description: "ldap, ad: the attribute holding a group's name." }),
    case_sensitive: attr.bool({ optional: true, description: 'ldap, ad: whether user names are case-sensitive (server default true).' }),
    sync_scope: syncScopeAttribute('ldap, ad: sync default'),
    sync_enable_new: syncEnableNewAttribute('ldap, ad: sync default'),
    sync_remove_vanished: syncRemoveVanishedAttribute('ldap, ad: sync default'),
    issuer_url: attr.string({
      optional: true,
      description: 'openid (required): the issuer URL of the OpenID provider.',
      validators: [validators.textMatching(/^https?:\/\/\S+$/, 'an http(s) URL')],
    }),
    client_id: attr.string({ optional: true, description: 'openid (required): the client id registered with the provider.' }),
    client_key: attr.string({
      optional: true,
      sensitive: true,
      description: 'openid: the client secret. Not read back, so a change made outside Terraform is not seen.',
    }),
    client_key_wo: clientKey.secret,
    client_key_wo_version: clientKey.version,
    autocreate: attr.bool({ optional: true, description: 'openid: create users on their first login.' }),
    username_claim: attr.string({
      optional: true,
      description:
        'openid: the claim user names are made of ("subject", "username", "email" or another); fixed once the realm exists, so a change replaces it.',
      planModifiers: [replace],
    }),
    scopes: attr.string({ optional: true, description: 'openid: space separated scopes to request (server default "email profile").' }),
    prompt: attr.string({ optional: true, description: 'openid: the prompt the provider shows ("none", "login", "consent", "select_account").' }),
    groups_claim: attr.string({ optional: true, description: 'openid: the claim listing the groups of the user.' }),
    groups_autocreate: attr.bool({ optional: true, description: 'openid: create the groups of groups_claim that do not exist.' }),
    groups_overwrite: attr.bool({ optional: true, description: "openid: replace the user's groups with those of the claim at each login." }),
  },
  rules: [
    rules.perType('type', {
      ldap: { required: ['server1', 'base_dn', 'user_attr'], optional: [...DIRECTORY_OPTIONS] },
      ad: { required: ['server1', 'domain'], optional: [...DIRECTORY_OPTIONS, 'base_dn', 'user_attr'] },
      openid: {
        required: ['issuer_url', 'client_id'],
        optional: [
          'client_key',
          'client_key_wo',
          'client_key_wo_version',
          'autocreate',
          'username_claim',
          'scopes',
          'prompt',
          'groups_claim',
          'groups_autocreate',
          'groups_overwrite',
        ],
      },
    }),
    rules.conflictsWith('password', 'password_wo'),
    rules.requiredWith('password_wo', 'password_wo_version'),
    rules.conflictsWith('client_key', 'client_key_wo'),
    rules.requiredWith('client_key_wo', 'client_key_wo_version'),
  ],
});

type RealmModel = ModelOf<typeof realmSchema>;
type RealmPlan = PlanModelOf<typeof realmSchema>;

/** `scope=both,enable-new=1,remove-vanished=acl;entry`, undefined when no sync default is set. */
function syncDefaults(model: RealmModel): string | undefined {
  const text = buildPropertyString({
    scope: model.sync_scope ?? undefined,
    'enable-new': model.sync_enable_new ?? undefined,
    'remove-vanished': removeVanishedParam(model.sync_remove_vanished),
  });
  return text === '' ? undefined : text;
}

function realmExtra(plan: RealmPlan, prior: RealmModel | null) {
  const password = secretToSend(
    plan.password,
    plan.password_wo,
    plan.password_wo_version,
    prior && { value: prior.password, version: prior.password_wo_version },
  );
  const clientKey = secretToSend(
    plan.client_key,
    plan.client_key_wo,
    plan.client_key_wo_version,
    prior && { value: prior.client_key, version: prior.client_key_wo_version },
  );
  const sync = syncDefaults(plan);
  const priorSync = prior === null ? undefined : syncDefaults(prior);
  const remove = [
    ...(password.dropped ? ['password'] : []),
    ...(clientKey.dropped ? ['client-key'] : []),
    ...(sync === undefined && priorSync !== undefined ? ['sync-defaults-options'] : []),
  ];
  return {
    params: { password: password.value, 'client-key': clientKey.value, 'sync-defaults-options': sync !== priorSync ? sync : undefined },
    remove,
  };
}

export const realmResource = sectionResource({
  name: 'proxmox_realm',
  schema: realmSchema,
  importId: { description: 'the realm id', example: 'corp' },
  key: 'realm',
  fields: REALM_FIELDS,
  find: (client, realm) => client.realms.find(realm),
  create: (client, plan, params) => client.realms.create({ ...params, realm: plan.realm, type: plan.type }),
  update: (client, realm, params, remove) => client.realms.update(realm, params, remove),
  remove: (client, realm) => client.realms.remove(realm),
  extra: realmExtra,
  created: (plan) => ({ ...plan, id: plan.realm, password_wo: null, client_key_wo: null }),
  toModel: (values, known, raw) => {
    const sync = parsePropertyString(typeof raw['sync-defaults-options'] === 'string' ? raw['sync-defaults-options'] : '').props;
    return {
      ...(values as Pick<RealmModel, (typeof REALM_FIELDS)[number]['attr']>),
      type: typeof raw.type === 'string' ? raw.type : known.type,
      password: known.password,
      password_wo: null,
      password_wo_version: known.password_wo_version,
      client_key: known.client_key,
      client_key_wo: null,
      client_key_wo_version: known.client_key_wo_version,
      sync_scope: sync.scope ?? null,
      sync_enable_new: sync['enable-new'] === undefined ? null : sync['enable-new'] === '1',
      sync_remove_vanished: removeVanishedFromApi(sync['remove-vanished']),
    };
  },
});
