// ZFS native encryption of simulated datasets: what pool.dataset.create accepts in
// `encryption`/`inherit_encryption`/`encryption_options`, how the query shows the encryption
// state, and pool.dataset.change_key. The key or passphrase is kept only as a digest and never
// appears in an error, as on the real server (which stores hex keys in its database and
// passphrases nowhere).
//
// Sources (truenas/middleware src/middlewared/middlewared/plugins/pool_/):
// dataset.py@TS-25.10.6:527-591 (create: parents, inherit_encryption, passphrase parents),
// dataset_encryption_operations.py@TS-25.10.6:67-238 (validate_encryption_data, change_key),
// dataset_query_utils.py@TS-25.10.6:441-456,735-748 (encryption_algorithm/key_format values,
// encrypted/encryption_root/key_loaded/locked). pbkdf2iters: default 350000 and minimum 100000
// up to 25.10, both 1300000 from 26.0 (the API schemas' PoolCreateEncryptionOptions).
import { createHash } from 'node:crypto';
import { Errno } from '../../clients/truenas/errno.js';
import { SimCallError, Verrors } from './sim-errors.js';
import type { SimDataset, SimEncryption, SimState } from './state.js';
import { versionAtLeast } from './version.js';

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The server's pbkdf2iters default for the release (schemas' PoolCreateEncryptionOptions). */
export function defaultPbkdf2iters(version: string): number {
  return versionAtLeast(version, '26.0') ? 1300000 : 350000;
}

/** `pool/a/b` → [`pool/a`, `pool`]: the parents, nearest first. */
function parentsOf(name: string): string[] {
  const parts = name.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, parts.length - 1 - i).join('/'));
}

/** The dataset whose key encrypts `name` (itself or the nearest encrypted parent), if any. */
export function encryptionRootOf(state: SimState, name: string): SimDataset | undefined {
  for (const candidate of [name, ...parentsOf(name)]) {
    const dataset = state.datasets.get(candidate);
    if (dataset?.encryption) return dataset;
  }
  return undefined;
}

interface KeyOptions {
  readonly key: unknown;
  readonly passphrase: unknown;
  readonly generate_key: unknown;
  readonly key_file: unknown;
  readonly pbkdf2iters: unknown;
}

/** validate_encryption_data: a passphrase alone, or exactly one of key / key_file / generate_key. */
function keyMaterial(options: KeyOptions, schemaName: string, verrors: Verrors, version: string): Omit<SimEncryption, 'algorithm' | 'locked'> | null {
  const passphrase = typeof options.passphrase === 'string' && options.passphrase !== '' ? options.passphrase : null;
  const given = (['key', 'key_file', 'generate_key'] as const).filter((k) => Boolean(options[k]));
  if (passphrase !== null) {
    for (const k of given) verrors.add(`${schemaName}.${k}`, 'Must be disabled when dataset is to be encrypted with passphrase.');
  } else if (given.length === 0) {
    verrors.add(`${schemaName}.key`, 'Please provide a key or select generate_key to automatically generate a key when passphrase is not provided.');
  } else if (given.length > 1) {
    for (const k of given) verrors.add(`${schemaName}.${k}`, `Only one of ${given.join(', ')} must be provided.`);
  }
  if (verrors.errors.length > 0) return null;
  if (passphrase !== null) {
    const iterations = typeof options.pbkdf2iters === 'number' ? options.pbkdf2iters : defaultPbkdf2iters(version);
    return { keyFormat: 'PASSPHRASE', secretDigest: digest(passphrase), pbkdf2iters: iterations };
  }
  // The key file comes through the job's input pipe, which the simulator does not model.
  if (options.key_file) throw new SimCallError(Errno.EINVAL, 'Please specify a valid key');
  const key = options.generate_key ? createHash('sha256').update(String(Math.random())).digest('hex') : String(options.key);
  return { keyFormat: 'HEX', secretDigest: digest(key) };
}

/**
 * The encryption a new dataset gets of its own (null: none of its own, it inherits its parent's
 * or stays unencrypted), adding the server's validation errors to `verrors`.
 */
export function encryptionAtCreate(state: SimState, name: string, data: Record<string, unknown>, verrors: Verrors): SimEncryption | null {
  const inherit = data['inherit_encryption'] !== false;
  const encrypt = data['encryption'] === true;
  const options = (data['encryption_options'] ?? {}) as Record<string, unknown>;
  let unencryptedParent: string | null = null;
  // Nearest parent first, as get_dataset_parents yields them.
  for (const parent of parentsOf(name)) {
    const dataset = state.datasets.get(parent);
    if (!dataset) continue;
    if (encryptionRootOf(state, parent)) {
      if (unencryptedParent !== null) {
        verrors.add(
          'pool_dataset_create.name',
          `Creating an encrypted dataset within an unencrypted dataset is not allowed. In this case, '${unencryptedParent}' must be moved to an unencrypted dataset.`,
        );
        break;
      } else if (!encrypt && !inherit) {
        verrors.add('pool_dataset_create.encryption', `Cannot create an unencrypted dataset within an encrypted dataset (${parent}).`);
        break;
      }
    } else unencryptedParent = parent;
  }
  if (encrypt) {
    if (inherit) verrors.add('pool_dataset_create.inherit_encryption', 'Must be disabled when encryption is enabled.');
    const parentRoot = encryptionRootOf(state, parentsOf(name)[0] ?? '');
    if (!options['passphrase'] && parentRoot?.encryption?.keyFormat === 'PASSPHRASE')
      verrors.add('pool_dataset_create.encryption', 'Passphrase encrypted datasets cannot have children encrypted with a key.');
  }
  if (!encrypt) return null;
  const material = keyMaterial({ ...options, key_file: false } as unknown as KeyOptions, 'pool_dataset_create.encryption_options', verrors, state.version);
  if (material === null) return null;
  return { ...material, algorithm: typeof options['algorithm'] === 'string' ? options['algorithm'] : 'AES-256-GCM', locked: false };
}

const property = (value: string | null, raw: string, source: string, from: string | null): Record<string, unknown> => ({
  parsed: raw,
  rawvalue: raw,
  value,
  source,
  source_info: from,
});

/** The query's encryption fields for a dataset (dataset_query_utils.py@TS-25.10.6:441-456,735-748). */
export function renderEncryption(state: SimState, dataset: SimDataset): Record<string, unknown> {
  const root = encryptionRootOf(state, dataset.name);
  const own = root === dataset;
  const source = own ? 'LOCAL' : root ? 'INHERITED' : 'DEFAULT';
  const from = root && !own ? root.name : null;
  if (!root?.encryption) {
    return {
      encrypted: false,
      encryption_root: null,
      key_loaded: false,
      locked: false,
      encryption_algorithm: property(null, 'off', 'DEFAULT', null),
      key_format: property(null, 'none', 'DEFAULT', null),
    };
  }
  const { algorithm, keyFormat, locked, pbkdf2iters } = root.encryption;
  const iterations = String(pbkdf2iters ?? 0);
  return {
    encrypted: true,
    encryption_root: root.name,
    key_loaded: !locked,
    locked,
    encryption_algorithm: property(algorithm, algorithm.toLowerCase(), source, from),
    key_format: property(keyFormat, keyFormat.toLowerCase(), source, from),
    pbkdf2iters: property(iterations, iterations, source, from),
  };
}

/** pool.dataset.change_key (dataset_encryption_operations.py@TS-25.10.6:148-238); a job. */
export function changeKey(state: SimState, id: string, options: Record<string, unknown>): null {
  const dataset = state.datasets.get(id);
  const verrors = new Verrors();
  const root = dataset ? encryptionRootOf(state, id) : undefined;
  if (!dataset) throw new SimCallError(Errno.ENOENT, `${id} not found`);
  if (!root) verrors.add('id', 'Dataset is not encrypted');
  else if (root.encryption?.locked) verrors.add('id', 'Dataset must be unlocked before key can be changed');
  verrors.check();
  if (options['passphrase']) {
    if (options['generate_key'] || options['key']) verrors.add('change_key_options.key', `Must not be specified when passphrase for ${id} is supplied.`);
    else if ([...state.datasets.values()].some((d) => d.name.startsWith(`${id}/`) && d.encryption?.keyFormat === 'HEX'))
      verrors.add(
        'change_key_options.passphrase',
        `${id} has children which are encrypted with a key. It is not allowed to have encrypted roots which are encrypted with a key as children for passphrase encrypted datasets.`,
      );
  } else if (!options['generate_key'] && !options['key']) {
    for (const k of ['key', 'passphrase', 'generate_key']) verrors.add(`change_key_options.${k}`, 'Either Key or passphrase must be provided.');
  } else if (parentsOf(id).some((p) => state.datasets.get(p)?.encryption?.keyFormat === 'PASSPHRASE')) {
    verrors.add(
      'change_key_options.key',
      `${id} has parent(s) which are encrypted with a passphrase. It is not allowed to have encrypted roots which are encrypted with a key as children for passphrase encrypted datasets.`,
    );
  }
  verrors.check();
  const material = keyMaterial({ key_file: false, ...options } as unknown as KeyOptions, 'change_key_options', verrors, state.version);
  verrors.check();
  // change_key makes the dataset an encryption root of its own (zfs change-key), keeping the algorithm.
  dataset.encryption = { ...material!, algorithm: root!.encryption!.algorithm, locked: false };
  return null;
}

/** Whether the stored secret of an encryption root is `secret` (for tests: the key really changed). */
export function keyMatches(dataset: SimDataset, secret: string): boolean {
  return dataset.encryption?.secretDigest === digest(secret);
}
