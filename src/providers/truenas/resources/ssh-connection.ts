// truenas_ssh_connection: how TrueNAS reaches another host over SSH (`keychaincredential`,
// type SSH_CREDENTIALS): host, port, user, the key pair to log in with and the host key to trust.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { KeychainCredential, KeychainCredentialCreate } from '../../../clients/truenas/index.js';
import { SECRET_MASK } from '../../../clients/truenas/schemas/protection.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { sameFields } from '../../common/same-fields.js';
import { numericId } from '../shared/ids.js';

const connectionSchema = schema({
  description: 'An SSH connection in the TrueNAS keychain, used by replication tasks (and rsync tasks) that run over SSH.',
  attributes: {
    id: numericId('SSH connection'),
    name: attr.string({ required: true, description: 'Name of the connection in the keychain (unique among keychain credentials).' }),
    host: attr.string({ required: true, description: 'Host name or address of the remote system.' }),
    port: attr.number({ default: 22, description: 'SSH port.', validators: [validators.between(1, 65535)] }),
    username: attr.string({ default: 'root', description: 'User to log in as.' }),
    private_key: attr.number({ required: true, description: 'Id of the key pair to log in with (truenas_ssh_keypair.id).' }),
    remote_host_key: attr.string({
      required: true,
      description: "The remote host's public key(s) as ssh-keyscan prints them, trusted for this connection.",
    }),
    connect_timeout: attr.number({ default: 10, description: 'Seconds to wait for the connection.', validators: [validators.atLeast(1)] }),
  },
});

type ConnectionModel = ModelOf<typeof connectionSchema>;

/** The connection's settings: attributes of the credential under the same names. */
const SSH_ATTRIBUTES = ['host', 'port', 'username', 'private_key', 'remote_host_key', 'connect_timeout'] as const;

function toModel(credential: KeychainCredential, known: ConnectionModel): ConnectionModel {
  if (credential.type !== 'SSH_CREDENTIALS') throw new Error(`keychain credential ${credential.id} is an SSH key pair, not an SSH connection`);
  // Masked for a key without the KEYCHAIN_CREDENTIAL_WRITE role (read-only planning): the settings in state stand.
  const a = credential.attributes === SECRET_MASK ? known : credential.attributes;
  return { ...sameFields(credential, ['id', 'name']), ...sameFields(a, SSH_ATTRIBUTES) };
}

function input(plan: PlanModelOf<typeof connectionSchema>): Extract<KeychainCredentialCreate, { type: 'SSH_CREDENTIALS' }> {
  return {
    name: plan.name,
    type: 'SSH_CREDENTIALS',
    attributes: sameFields(plan, SSH_ATTRIBUTES),
  };
}

const crud = numericCrud({
  importId: { description: "the connection's numeric keychain credential id", example: '2' },
  group: (client) => ({
    create: (data: ReturnType<typeof input>) => client.protection.keychain.create(data),
    find: (id: number) => client.protection.keychain.find(id),
    // The type cannot change in an update: the server refuses it, so it is not sent.
    update: (id: number, data: ReturnType<typeof input>) => client.protection.keychain.update(id, { name: data.name, attributes: data.attributes }),
    delete: (id: number) => client.protection.keychain.delete(id),
  }),
  toModel,
  input,
});

export const sshConnectionResource = truenasResource({
  name: 'truenas_ssh_connection',
  schema: connectionSchema,
  ...crud,
});
