// keychaincredential.*: SSH key pairs and SSH connections (plugins/keychain.py @TS-25.10.6):
// names unique, key pairs checked and completed as ssh-keygen would (ssh-keys.ts), a key pair in
// use by a connection kept unless the delete cascades, connections in use by a replication
// or an rsync task unbound (and disabled) on a cascading delete.
import { crud, dict, mustExist, type MethodTable } from '../registry.js';
import { SimValidationErrors, Verrors } from '../sim-errors.js';
import { Errno } from '../../../clients/truenas/errno.js';
import type { SimKeychainCredential, SimState } from '../state.js';
import { generateOpenSshKeyPair, isValidPublicKey, normalizePublicKey, publicKeyOf } from '../ssh-keys.js';

const NOUN = 'KeychainCredential';

type Attributes = Record<string, unknown>;

function keyPairAttributes(attributes: Attributes, prefix: string, verrors: Verrors): SimKeychainCredential['attributes'] | undefined {
  let privateKey = typeof attributes['private_key'] === 'string' && attributes['private_key'] !== '' ? attributes['private_key'] : null;
  let publicKey = typeof attributes['public_key'] === 'string' && attributes['public_key'] !== '' ? attributes['public_key'] : null;
  if (privateKey !== null) {
    privateKey = `${privateKey.trim()}\n`;
    const derived = publicKeyOf(privateKey);
    if ('error' in derived) {
      verrors.add(`${prefix}.private_key`, derived.error.startsWith('Enter passphrase') ? 'Encrypted private keys are not allowed' : derived.error);
      return undefined;
    }
    if (publicKey !== null && normalizePublicKey(publicKey) !== normalizePublicKey(derived.publicKey))
      verrors.add(`${prefix}.public_key`, 'Private key and public key do not match');
    publicKey ??= derived.publicKey;
  } else if (publicKey === null) {
    verrors.add(`${prefix}.public_key`, 'You must specify a key');
    return undefined;
  }
  if (!isValidPublicKey(publicKey)) verrors.add(`${prefix}.public_key`, 'Invalid public key');
  return { private_key: privateKey, public_key: publicKey };
}

function connectionAttributes(attributes: Attributes): SimKeychainCredential['attributes'] {
  return {
    host: String(attributes['host']),
    port: (attributes['port'] as number | undefined) ?? 22,
    username: (attributes['username'] as string | undefined) ?? 'root',
    private_key: Number(attributes['private_key']),
    remote_host_key: String(attributes['remote_host_key']),
    connect_timeout: (attributes['connect_timeout'] as number | undefined) ?? 10,
  };
}

/** The credential as it would be stored, or the validation errors the middleware raises. */
function checked(state: SimState, data: { name: string; type: SimKeychainCredential['type']; attributes: Attributes }, schema: string, id?: number) {
  const verrors = new Verrors();
  if (state.keychain.list().some((c) => c.name === data.name && c.id !== id)) verrors.add(`${schema}.name`, 'Object with this name already exists');
  verrors.check();
  const attributes = data.type === 'SSH_KEY_PAIR' ? keyPairAttributes(data.attributes, `${schema}.attributes`, verrors) : connectionAttributes(data.attributes);
  verrors.check();
  return { name: data.name, type: data.type, attributes } as Omit<SimKeychainCredential, 'id'>;
}

function deleteCredential(state: SimState, id: number, options: Record<string, unknown>): boolean {
  const credential = mustExist(state.keychain.get(id), NOUN, id);
  const users =
    credential.type === 'SSH_KEY_PAIR'
      ? state.keychain.list().filter((c) => c.type === 'SSH_CREDENTIALS' && c.attributes.private_key === id)
      : [...state.replications.list(), ...state.rsyncTasks.list()].filter((r) => r.ssh_credentials === id);
  if (users.length > 0 && options['cascade'] !== true) {
    throw new SimValidationErrors([['options.cascade', 'This credential is used and no cascade option is specified', Errno.EINVAL]], true);
  }
  for (const user of users) {
    // Connections using the key pair are deleted; replications and rsync tasks using a connection are disabled and unbound.
    if ('type' in user) deleteCredential(state, user.id, options);
    else Object.assign(user, { enabled: false, ssh_credentials: null });
  }
  state.keychain.delete(id);
  return true;
}

export const keychainMethods: MethodTable = {
  ...crud<number>('keychaincredential', {
    noun: NOUN,
    rows: (ctx) => ctx.state.keychain.list().map((c) => structuredClone(c) as unknown as Record<string, unknown>),
    create: (data, ctx) => {
      const stored = checked(ctx.state, data as Parameters<typeof checked>[1], 'keychain_credential_create');
      return structuredClone(ctx.state.keychain.insert(stored));
    },
    update: (id, data, ctx) => {
      const credential = mustExist(ctx.state.keychain.get(id), NOUN, id);
      const merged = { name: credential.name, type: credential.type, attributes: credential.attributes as Attributes, ...data };
      // The middleware names this schema `keychain_credentials_update` (sic).
      const stored = checked(ctx.state, merged as Parameters<typeof checked>[1], 'keychain_credentials_update', id);
      Object.assign(credential, stored);
      return structuredClone(credential);
    },
    delete: (id, [options], ctx) => deleteCredential(ctx.state, id, dict(options, 'options')),
    deleteParams: ['options'],
  }),
  'keychaincredential.generate_ssh_key_pair': {
    params: [],
    handler: () => {
      const pair = generateOpenSshKeyPair();
      return { private_key: pair.privateKey, public_key: pair.publicKey };
    },
  },
};
