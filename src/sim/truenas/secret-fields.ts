// Which fields of which results the middleware marks `Secret[...]` (or, on 25.04's legacy-schema
// services, `private=True`), per release: a hand table of the services the providers manage, each
// row with its source. Paths in `api/<version>/` and `plugins/` of truenas/middleware
// src/middlewared/middlewared at the tags TS-25.04.2.6 (v25_04_2), TS-25.10.6 (v25_10_5) and
// TS-26.0.0-BETA.3 (v26_0_0).
// Not secret, so not listed: UPS `monpwd` (`monpwd: str`, v25_10_5/ups.py:44, v26_0_0/ups.py:43;
// 25.04's legacy ups_entry `Str('monpwd')`, plugins/ups.py:67); on 25.04, a certificate's legacy
// `Str('privatekey')` (plugins/crypto_/certificates.py:191) and an alert service's `attributes: dict`
// (v25_04_2/alertservice.py:14). Not served by the simulator, so not listed: system.general's
// `ui_certificate`, Secret on 25.10 and 26.0 (plugins/system_general/update.py:49-50,
// v25_10_5/system_general.py:31 @TS-25.10.6; update.py:50-51, v26_0_0/system_general.py:30
// @TS-26.0.0-BETA.3).
import type { TrueNASRelease } from './schema/releases.js';

export interface SecretFields {
  readonly rolePrefix: string;
  /** The entry model's Secret fields (dot paths into nested objects), each masked whole. */
  readonly fields: readonly string[];
  /** Where the entry holds a cloud credential's `provider` object (see `PLAIN_PROVIDER_FIELDS`). */
  readonly providers?: readonly string[];
  /** Secret attributes of the object at `at`, by that object's `type` (a discriminated union). */
  readonly byType?: { readonly at: string; readonly fields: Readonly<Record<string, readonly string[]>> };
  /** The methods whose result is the entry (or a list of it); the CRUD and config ones unless given. */
  readonly methods?: readonly string[];
}

/**
 * A cloud credential's `provider` is one of the provider models, each with every attribute but
 * `type` Secret, except these (v25_04_2/cloud_sync_providers.py:105,125; v25_10_5/:163,197;
 * v26_0_0/:123,131,135,139,170).
 */
export const PLAIN_PROVIDER_FIELDS: Readonly<Record<TrueNASRelease, Readonly<Record<string, readonly string[]>>>> = {
  '25.04.2.6': { S3: ['endpoint'], STORJ_IX: ['endpoint'] },
  '25.10.6': { S3: ['endpoint'], STORJ_IX: ['endpoint'] },
  '26.0.0-beta3': { S3: ['endpoint', 'provider', 'force_path_style', 'sign_accept_encoding'], STORJ_IX: ['endpoint'] },
};

type SecretTable = Readonly<Record<string, SecretFields>>;

// Rows the three releases share: the models and role prefixes below are the same on each.
const COMMON: SecretTable = {
  // plugins/keychain.py:286 role_prefix, api/v25_10_5/keychain.py:54 KeychainCredentialEntry.attributes
  // @TS-25.10.6 (keychain.py:279, v25_04_2/keychain.py:43 @TS-25.04.2.6; :285, v26_0_0/keychain.py:52 @TS-26.0.0-BETA.3).
  keychaincredential: { rolePrefix: 'KEYCHAIN_CREDENTIAL', fields: ['attributes'] },
  // plugins/iscsi_/auth.py:40, api/v25_10_5/iscsi_auth.py:25,29 IscsiAuthEntry @TS-25.10.6 (auth.py:40,
  // v25_04_2/iscsi_auth.py:22,24 @TS-25.04.2.6; auth.py:44, v26_0_0/iscsi_auth.py:22,27 @TS-26.0.0-BETA.3).
  'iscsi.auth': { rolePrefix: 'SHARING_ISCSI_AUTH', fields: ['secret', 'peersecret'] },
  // plugins/acme_protocol.py:233, api/v25_10_5/acme_dns_authenticator.py:135 @TS-25.10.6 (:198, :114
  // @TS-25.04.2.6; :232, :113 @TS-26.0.0-BETA.3).
  'acme.dns.authenticator': { rolePrefix: 'NETWORK_INTERFACE', fields: ['attributes'] },
  // plugins/snmp.py:47-48 (entry, role_prefix), v25_10_5/snmp.py:32,37 SnmpEntry @TS-25.10.6
  // (snmp.py:48, v25_04_2/snmp.py:22,24 @TS-25.04.2.6; snmp.py:48, v26_0_0/snmp.py:37,44 @TS-26.0.0-BETA.3).
  snmp: { rolePrefix: 'SYSTEM_GENERAL', fields: ['v3_password', 'v3_privpassphrase'] },
  // plugins/account.py:241-242 (role_prefix, entry), v25_10_5/user.py:50,52,127 UserEntry @TS-25.10.6
  // (account.py:241-242, v25_04_2/user.py:44,45,82 @TS-25.04.2.6; account.py:244-245,
  // v26_0_0/user.py:60,65,208 @TS-26.0.0-BETA.3).
  user: { rolePrefix: 'ACCOUNT', fields: ['unixhash', 'smbhash', 'password_history'] },
  // plugins/cloud_sync.py:535-537 (role_prefix, entry), v25_10_5/cloud_credential.py:17
  // CloudCredentialEntry.provider @TS-25.10.6 (cloud_sync.py:512-514, v25_04_2/cloud_sync.py:20
  // @TS-25.04.2.6; cloud_sync.py:592-594, v26_0_0/cloud_credential.py:26 @TS-26.0.0-BETA.3).
  'cloudsync.credentials': { rolePrefix: 'CLOUD_SYNC', fields: [], providers: ['provider'] },
  // plugins/cloud_backup/crud.py:44 role_prefix, v25_10_5/cloud_backup.py:26 password, cloud.py:57
  // credentials @TS-25.10.6 (crud.py:41-42, v25_04_2/cloud_backup.py:51,73 @TS-25.04.2.6; crud.py:44,
  // v26_0_0/cloud_backup.py:26, cloud.py:90 @TS-26.0.0-BETA.3).
  cloud_backup: { rolePrefix: 'CLOUD_BACKUP', fields: ['password'], providers: ['credentials.provider'] },
  // plugins/api_key.py:45-46 (role_prefix, entry), v25_04_2/api_key.py:22 ApiKeyEntry.keyhash
  // @TS-25.04.2.6 (api_key.py:44-45, v25_10_5/api_key.py:34 @TS-25.10.6); 26.0's row is its own.
  api_key: { rolePrefix: 'API_KEY', fields: ['keyhash'] },
};

// alertservice_attributes.py's per-type models: which attributes each holds as Secret, the same on
// 25.10 and 26.0 (v25_10_5/alertservice_attributes.py:19,30,48,61,70,79,98,100,112,121 @TS-25.10.6;
// v26_0_0/alertservice_attributes.py:15,22,34,48,57,63,81,85,102,111 @TS-26.0.0-BETA.3).
const ALERT_SERVICE_SECRETS: Readonly<Record<string, readonly string[]>> = {
  AWSSNS: ['aws_secret_access_key'],
  InfluxDB: ['password'],
  Mattermost: ['url'],
  OpsGenie: ['api_key'],
  PagerDuty: ['service_key'],
  Slack: ['url'],
  SNMPTrap: ['v3_authkey', 'v3_privkey'],
  Telegram: ['bot_token'],
  VictorOps: ['api_key'],
};

// Rows of the new-style models 25.10 and 26.0 share (legacy or absent on 25.04).
const SINCE_25_10: SecretTable = {
  // plugins/mail.py:80-81, v25_10_5/mail.py:39,41 MailEntry `pass`, `oauth` @TS-25.10.6
  // (mail.py:80, v26_0_0/mail.py:30,31 @TS-26.0.0-BETA.3).
  mail: { rolePrefix: 'ALERT', fields: ['pass', 'oauth'] },
  // plugins/nvmet/host.py:43-44, v25_10_5/nvmet_host.py:32,38 @TS-25.10.6 (host.py:44,
  // v26_0_0/nvmet_host.py:31,40 @TS-26.0.0-BETA.3).
  'nvmet.host': { rolePrefix: 'SHARING_NVME_TARGET', fields: ['dhchap_key', 'dhchap_ctrl_key'] },
  // plugins/cloud_sync.py:671-672, v25_10_5/cloud_sync.py:78,80, cloud.py:57 @TS-25.10.6
  // (cloud_sync.py:739-740, v26_0_0/cloud_sync.py:82,86, cloud.py:90 @TS-26.0.0-BETA.3).
  cloudsync: { rolePrefix: 'CLOUD_SYNC', fields: ['encryption_password', 'encryption_salt'], providers: ['credentials.provider'] },
  // plugins/crypto_/certificates.py:48-49, v25_10_5/certificate.py:50 CertificateEntry.privatekey
  // @TS-25.10.6 (:48-49, v26_0_0/certificate.py:52 @TS-26.0.0-BETA.3).
  certificate: { rolePrefix: 'CERTIFICATE', fields: ['privatekey'] },
  // plugins/alert.py:1053-1054, v25_10_5/alertservice.py:16 attributes @TS-25.10.6 (alert.py:1084-1085,
  // v26_0_0/alertservice.py:17 @TS-26.0.0-BETA.3).
  alertservice: { rolePrefix: 'ALERT', fields: [], byType: { at: 'attributes', fields: ALERT_SERVICE_SECRETS } },
};

export const SECRET_RESULTS: Readonly<Record<TrueNASRelease, SecretTable>> = {
  '25.04.2.6': {
    ...COMMON,
    // The legacy mail_entry: `Password('pass')` and `oauth` `private=True` (plugins/mail.py:81,92-100,
    // schema/string_schema.py:101-103), dumped masked by config's legacy `returns`
    // (service/config_service.py:62-67, main.py:821-826 @TS-25.04.2.6).
    mail: { rolePrefix: 'ALERT', fields: ['pass', 'oauth'], methods: ['config'] },
  },
  '25.10.6': { ...COMMON, ...SINCE_25_10 },
  '26.0.0-beta3': {
    ...COMMON,
    ...SINCE_25_10,
    // plugins/api_key.py:54-55, v26_0_0/api_key.py:32-34 ApiKeyEntry's SCRAM salt and keys (its
    // keyhash is gone) @TS-26.0.0-BETA.3.
    api_key: { rolePrefix: 'API_KEY', fields: ['salt', 'stored_key', 'server_key'] },
  },
};
