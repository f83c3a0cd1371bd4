// The cloud providers a cloud sync credential can name (`cloudsync.credentials`, `provider.type`)
// and the fields each takes, as the real API schemas define them (api/v25_04_2, v25_10_*,
// v26_0_0 cloud_sync_providers.py; checked against the derived schema subsets by
// test/providers/truenas/cloud-providers.test.ts). Secret fields go in `secrets`, the rest in
// `settings`; `since` marks what older releases do not have.

/** A field's value type: text, a whole number, a boolean, or one of some words. */
export type CloudFieldKind = 'string' | 'integer' | 'boolean' | readonly string[];

export interface CloudField {
  readonly kind: CloudFieldKind;
  /** Kept in `secrets`/`secrets_wo`, never in `settings`. */
  readonly secret?: boolean;
  readonly required?: boolean;
  /** What the server stores when the field is not sent (null: nothing). */
  readonly default?: string | number | boolean | null;
  /** First release with the field. */
  readonly since?: string;
  /** The least whole number the server takes (integer fields). */
  readonly minimum?: number;
  /**
   * An http(s) URL the server keeps normalised (pydantic `HttpUrl`: "https://h" is stored as
   * "https://h/"); `https`: only https (`HttpsOnlyURL`); `since`: first release that takes only a
   * URL (the field was free text before).
   */
  readonly url?: { readonly https?: boolean; readonly since?: string };
}

export interface CloudProvider {
  readonly fields: Readonly<Record<string, CloudField>>;
  readonly since?: string;
}

const secret = (required = true): CloudField => ({ kind: 'string', secret: true, required });
const text = (defaultValue?: string): CloudField =>
  defaultValue === undefined ? { kind: 'string', required: true } : { kind: 'string', default: defaultValue };
const oauth = { client_id: text(''), client_secret: { ...secret(false), default: '' }, token: secret() };

export const CLOUD_PROVIDERS: Readonly<Record<string, CloudProvider>> = {
  AZUREBLOB: { fields: { account: text(), key: secret(), endpoint: { ...text(''), url: {} } } },
  B2: { fields: { account: text(), key: secret() } },
  BOX: { fields: oauth },
  DROPBOX: { fields: oauth },
  FTP: { fields: { host: text(), port: { kind: 'integer', default: 21 }, user: text(), pass: secret() } },
  GOOGLE_CLOUD_STORAGE: { fields: { service_account_credentials: secret() } },
  GOOGLE_DRIVE: { fields: { ...oauth, team_drive: text('') } },
  GOOGLE_PHOTOS: { fields: oauth },
  HTTP: { fields: { url: { ...text(), url: {} } } },
  HUBIC: { fields: { token: secret() } },
  MEGA: { since: '25.10', fields: { user: text(), pass: secret() } },
  ONEDRIVE: {
    fields: { ...oauth, drive_type: { kind: ['PERSONAL', 'BUSINESS', 'DOCUMENT_LIBRARY'], required: true }, drive_id: { kind: 'string', required: true } },
  },
  PCLOUD: { fields: { ...oauth, hostname: text('') } },
  S3: {
    fields: {
      access_key_id: text(),
      secret_access_key: secret(),
      endpoint: { ...text(''), url: { since: '25.10' } },
      region: text(''),
      skip_region: { kind: 'boolean', default: false },
      signatures_v2: { kind: 'boolean', default: false },
      max_upload_parts: { kind: 'integer', default: 10000 },
      provider: { kind: 'string', default: 'Other', since: '26.0' },
      force_path_style: { kind: 'boolean', default: true, since: '26.0' },
      sign_accept_encoding: { kind: 'boolean', default: true, since: '26.0' },
    },
  },
  SFTP: {
    fields: {
      host: text(),
      port: { kind: 'integer', default: 22 },
      user: text(),
      pass: { kind: 'string', secret: true, default: null },
      private_key: { kind: 'integer', default: null },
    },
  },
  STORJ_IX: {
    fields: { access_key_id: text(), secret_access_key: secret(), endpoint: { ...text('https://gateway.storjshare.io/'), url: { https: true } } },
  },
  OPENSTACK_SWIFT: {
    fields: {
      user: text(),
      key: secret(),
      auth: text(),
      auth_version: { kind: ['0', '1', '2', '3'], required: true },
      endpoint_type: { kind: ['public', 'internal', 'admin'], required: true },
      user_id: text(''),
      domain: text(''),
      tenant: text(''),
      tenant_id: text(''),
      tenant_domain: text(''),
      region: text(''),
      storage_url: text(''),
      auth_token: { ...secret(false), default: '' },
      application_credential_id: text(''),
      application_credential_name: text(''),
      application_credential_secret: { ...secret(false), default: '' },
    },
  },
  WEBDAV: {
    fields: {
      url: { ...text(), url: {} },
      vendor: { kind: ['NEXTCLOUD', 'OWNCLOUD', 'SHAREPOINT', 'OTHER'], required: true },
      user: { kind: 'string', required: true },
      pass: secret(),
    },
  },
  YANDEX: { fields: oauth },
};

export const CLOUD_PROVIDER_TYPES = Object.keys(CLOUD_PROVIDERS);

/**
 * Why `value` is not a URL the server takes for `field` (an http(s) URL with a host; empty where
 * the field's default is empty), or undefined when it is. Middleware api/base/types/string.py
 * (`HttpUrl`, `HttpsOnlyURL`) @TS-25.10.6; api/v25_10_5/cloud_sync_providers.py.
 */
export function urlProblem(field: CloudField, value: string): string | undefined {
  if (!field.url || (value === '' && field.default === '')) return undefined;
  const schemes = field.url.https ? ['https:'] : ['http:', 'https:'];
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  return parsed && schemes.includes(parsed.protocol) && parsed.hostname !== ''
    ? undefined
    : `must be a URL starting with ${schemes.map((scheme) => `${scheme}//`).join(' or ')}, such as "https://host.example.net"`;
}

/**
 * The configured spelling of a URL field when the server's value is its normalised form
 * (`new URL(...).href` and pydantic agree on the trailing "/", lower-cased scheme and host and
 * the default port dropped), else the server's value.
 */
export function urlAsConfigured(field: CloudField, configured: string | undefined, server: string): string {
  if (!field.url || configured === undefined || configured === server) return server;
  try {
    return new URL(configured).href === server ? configured : server;
  } catch {
    return server;
  }
}

/** Why `value` (as configured, a string) is not a value of `field`, or undefined when it is. */
export function cloudFieldProblem(field: CloudField, value: string): string | undefined {
  // A field that became a URL in some release is checked where the release is known (modifyPlan).
  if (field.url && field.url.since === undefined) {
    const problem = urlProblem(field, value);
    if (problem) return problem;
  }
  if (field.kind === 'integer') {
    if (!/^-?\d+$/.test(value)) return 'must be a whole number';
    return field.minimum !== undefined && Number.parseInt(value, 10) < field.minimum ? `must be at least ${field.minimum}` : undefined;
  }
  if (field.kind === 'boolean') return value === 'true' || value === 'false' ? undefined : 'must be "true" or "false"';
  if (Array.isArray(field.kind)) return field.kind.includes(value) ? undefined : `must be one of ${field.kind.join(', ')}`;
  return field.required && value === '' ? 'must not be empty' : undefined;
}

/** The configured string as the API value of `field` (numbers and booleans typed; auth_version a number). */
export function toApiValue(field: CloudField, value: string): string | number | boolean {
  if (field.kind === 'integer') return Number.parseInt(value, 10);
  if (field.kind === 'boolean') return value === 'true';
  if (Array.isArray(field.kind) && field.kind.every((word) => /^\d+$/.test(word))) return Number.parseInt(value, 10);
  return value;
}

/** An API value as the string `settings` and `secrets` hold (null stays null). */
export function fromApiValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}
