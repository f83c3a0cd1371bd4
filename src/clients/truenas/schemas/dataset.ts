// pool.dataset entries: filesystems and zvols with their properties flattened.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { numberProperty, textProperty, type Flat, type PropertySource } from './zfs-property.js';

const textFields = [
  'comments',
  'compression',
  'sync',
  'deduplication',
  'readonly',
  'snapdev',
  'checksum',
  'atime',
  'exec',
  'aclmode',
  'acltype',
  'casesensitivity',
  'key_format',
  'encryption_algorithm',
] as const;
const numberFields = ['copies', 'recordsize', 'quota', 'refquota', 'reservation', 'refreservation', 'volsize', 'volblocksize', 'used', 'available'] as const;

type TextField = (typeof textFields)[number];
type NumberField = (typeof numberFields)[number];

/** The ZFS property behind a field, where the API renames it (`dedup` is read as `deduplication`). */
const zfsNames: Partial<Record<TextField | NumberField, string>> = { deduplication: 'dedup', key_format: 'keyformat', encryption_algorithm: 'encryption' };

/**
 * The ZFS properties a dataset query asks for (`extra.properties`): the ones mapped here, plus
 * what the server derives `mountpoint`, `encrypted`, `encryption_root` and `locked` from. Without
 * the list 25.04 reads every property of every dataset (py-libzfs `datasets_serialized`
 * libzfs.pyx@TS-25.04.2.6:849-869, derived fields at 810-823; plugins/pool_/dataset.py@TS-25.04.2.6:128-151),
 * 25.10+ a base set of about 35 (plugins/pool_/dataset_query_utils.py@TS-25.10.6:150-203,551-646,
 * where any encryption property brings the four crypto fields). `comments` is a user property,
 * which comes either way.
 */
export const datasetQueryProperties: readonly string[] = [
  ...[...textFields, ...numberFields].filter((f) => f !== 'comments').map((f) => zfsNames[f] ?? f),
  'mountpoint',
  'encryptionroot',
  'keystatus',
];

const optionalText = lazySchema(() => textProperty.optional());
const optionalNumber = lazySchema(() => numberProperty.optional());

const rawDataset = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    pool: z.string(),
    type: z.enum(['FILESYSTEM', 'VOLUME']),
    mountpoint: z.string().nullable().optional(),
    encrypted: z.boolean().optional(),
    encryption_root: z.string().nullable().optional(),
    locked: z.boolean().optional(),
    user_properties: z.record(z.string(), z.object({ value: z.string().nullable() }).loose()).optional(),
    ...(Object.fromEntries(textFields.map((f) => [f, optionalText])) as Record<TextField, typeof optionalText>),
    ...(Object.fromEntries(numberFields.map((f) => [f, optionalNumber])) as Record<NumberField, typeof optionalNumber>),
    used: numberProperty,
    available: numberProperty,
  }),
);

export type Dataset = {
  readonly id: string;
  readonly name: string;
  readonly pool: string;
  readonly type: 'FILESYSTEM' | 'VOLUME';
  readonly mountpoint: string | null;
  /** Whether ZFS encrypts the dataset (its own key or one inherited from `encryptionRoot`). */
  readonly encrypted: boolean;
  /** The dataset whose key encrypts this one; null when unencrypted. */
  readonly encryptionRoot: string | null;
  /** Encrypted and its key not loaded: the contents cannot be read or changed. */
  readonly locked: boolean;
  readonly userProperties: Readonly<Record<string, string>>;
  /** Where each property's value comes from; `LOCAL` means set on this dataset. */
  readonly sources: Readonly<Partial<Record<TextField | NumberField, PropertySource>>>;
} & { readonly [K in TextField]: string | null } & { readonly [K in NumberField]: number | null };

export const datasetSchema = lazySchema(() =>
  rawDataset.transform((raw): Dataset => {
    const sources: Partial<Record<TextField | NumberField, PropertySource>> = {};
    const pick = <T>(field: TextField | NumberField, property: Flat<T> | undefined): T | null => {
      if (property) sources[field] = property.source;
      return property?.value ?? null;
    };
    // 25.10+ reports the description (org.freenas:description) as `user_properties.comments`, not
    // at the top level (api-facts corrections; dataset_query_utils.py@TS-25.10.6:226-244,695-699).
    const { comments: movedComments, ...userProperties } = raw.user_properties ?? {};
    const withComments = { ...raw, comments: raw.comments ?? textProperty.safeParse(movedComments).data };
    const text = Object.fromEntries(textFields.map((f) => [f, pick(f, withComments[f])])) as Record<TextField, string | null>;
    const numbers = Object.fromEntries(numberFields.map((f) => [f, pick(f, raw[f])])) as Record<NumberField, number | null>;
    return {
      id: raw.id,
      name: raw.name,
      pool: raw.pool,
      type: raw.type,
      mountpoint: raw.mountpoint ?? null,
      encrypted: raw.encrypted ?? false,
      encryptionRoot: raw.encryption_root ?? null,
      locked: raw.locked ?? false,
      userProperties: Object.fromEntries(Object.entries(userProperties).map(([k, v]) => [k, v.value ?? ''])),
      sources,
      ...text,
      ...numbers,
    };
  }),
);

type Inheritable<T> = T | 'INHERIT';

export interface DatasetCreate {
  name: string;
  type?: 'FILESYSTEM' | 'VOLUME';
  volsize?: number;
  volblocksize?: '512' | '512B' | '1K' | '2K' | '4K' | '8K' | '16K' | '32K' | '64K' | '128K';
  sparse?: boolean;
  force_size?: boolean;
  comments?: Inheritable<string>;
  compression?: Inheritable<string>;
  sync?: Inheritable<'STANDARD' | 'ALWAYS' | 'DISABLED'>;
  deduplication?: Inheritable<'ON' | 'VERIFY' | 'OFF'>;
  readonly?: Inheritable<'ON' | 'OFF'>;
  snapdev?: Inheritable<'HIDDEN' | 'VISIBLE'>;
  atime?: Inheritable<'ON' | 'OFF'>;
  exec?: Inheritable<'ON' | 'OFF'>;
  copies?: Inheritable<number>;
  checksum?: Inheritable<string>;
  recordsize?: Inheritable<string>;
  aclmode?: Inheritable<string>;
  acltype?: Inheritable<string>;
  casesensitivity?: 'SENSITIVE' | 'INSENSITIVE' | 'MIXED';
  quota?: number;
  refquota?: number;
  reservation?: number;
  refreservation?: number;
  share_type?: 'GENERIC' | 'MULTIPROTOCOL' | 'NFS' | 'SMB' | 'APPS';
  user_properties?: { key: string; value: string }[];
  create_ancestors?: boolean;
  /** True with `inherit_encryption: false` makes the dataset an encryption root of its own. */
  encryption?: boolean;
  /** True (the default): encrypted with the parent's key when the parent is encrypted. */
  inherit_encryption?: boolean;
  encryption_options?: DatasetEncryptionOptions;
}

export const ENCRYPTION_ALGORITHMS = ['AES-128-CCM', 'AES-192-CCM', 'AES-256-CCM', 'AES-128-GCM', 'AES-192-GCM', 'AES-256-GCM'] as const;

/** `encryption_options` of pool.dataset.create: a passphrase, or a hex key given or generated. */
export interface DatasetEncryptionOptions {
  algorithm?: (typeof ENCRYPTION_ALGORITHMS)[number];
  generate_key?: boolean;
  /** 64 hex digits. */
  key?: string;
  passphrase?: string;
  pbkdf2iters?: number;
}

/** pool.dataset.change_key options: a new passphrase, key or generated key for an encryption root. */
export type DatasetChangeKey = Omit<DatasetEncryptionOptions, 'algorithm'>;

export type DatasetUpdate = Partial<
  Omit<
    DatasetCreate,
    | 'name'
    | 'type'
    | 'casesensitivity'
    | 'share_type'
    | 'sparse'
    | 'volblocksize'
    | 'user_properties'
    | 'create_ancestors'
    | 'encryption'
    | 'inherit_encryption'
    | 'encryption_options'
  >
> & {
  user_properties_update?: ({ key: string; value: string } | { key: string; remove: true })[];
};

export interface DatasetDeleteOptions {
  recursive?: boolean;
  force?: boolean;
}
