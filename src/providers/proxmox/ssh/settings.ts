// The provider's optional `ssh` block: how proxmox_file and proxmox_lxc reach a node for what
// the API cannot write (snippets, a container's lxc.idmap lines). Host keys are verified against known_hosts or a pinned key; turning that
// off is an explicit setting.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { attr, block } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { validators } from '../../../framework/validators.js';
import { fromEnv } from '../../common/settings.js';

export const sshBlock = block.single({
  description:
    "SSH access to the nodes, for what the API cannot write: proxmox_file snippets and proxmox_lxc's idmap (lxc.idmap lines of the container's config file). Every setting also reads an environment variable (PROXMOX_VE_SSH_*).",
  attributes: {
    username: attr.string({
      optional: true,
      description:
        'SSH user, default "root" (or PROXMOX_VE_SSH_USERNAME); it must be able to write the storage\'s snippets directory, and for idmap /etc/pve (root).',
    }),
    private_key: attr.string({ optional: true, sensitive: true, description: 'Private key in OpenSSH/PEM form (or PROXMOX_VE_SSH_PRIVATE_KEY).' }),
    agent: attr.bool({ optional: true, description: 'Authenticate with the SSH agent at SSH_AUTH_SOCK (or PROXMOX_VE_SSH_AGENT=true).' }),
    port: attr.number({
      optional: true,
      description: 'SSH port, default 22 (or PROXMOX_VE_SSH_PORT).',
      validators: [validators.between(1, 65535), validators.integer()],
    }),
    known_hosts: attr.string({
      optional: true,
      description: 'known_hosts file to verify host keys with, default ~/.ssh/known_hosts (or PROXMOX_VE_SSH_KNOWN_HOSTS).',
    }),
    host_key: attr.string({
      optional: true,
      description:
        'The nodes\' host key, pinned: its fingerprint "SHA256:..." or the public key "ssh-ed25519 AAAA..." (or PROXMOX_VE_SSH_HOST_KEY). Used instead of known_hosts.',
    }),
    insecure_ignore_host_key: attr.bool({ optional: true, description: 'Accept any host key (man-in-the-middle risk; default false).' }),
    node_addresses: attr.map(ty.string, {
      optional: true,
      description: 'Address per node name (`{ pve2 = "192.168.1.12" }`); a node not listed is reached at the API endpoint\'s host.',
    }),
  },
});

/** How a node is verified: a pinned key, known_hosts lines, or (explicitly) not at all. */
export type HostKeyCheck =
  { readonly kind: 'pinned'; readonly key: string } | { readonly kind: 'known_hosts'; readonly file: string } | { readonly kind: 'none' };

export interface SshSettings {
  readonly username: string;
  readonly privateKey?: string;
  readonly agentSocket?: string;
  readonly port: number;
  readonly hostKey: HostKeyCheck;
  /** Address of each node; others are reached at `defaultHost`. */
  readonly nodeAddresses: Readonly<Record<string, string>>;
  readonly defaultHost: string;
}

export interface SshBlockModel {
  username: string | null;
  private_key: string | null;
  agent: boolean | null;
  port: number | null;
  known_hosts: string | null;
  host_key: string | null;
  insecure_ignore_host_key: boolean | null;
  node_addresses: Record<string, string> | null;
}

/** The SSH settings from the block and the environment; undefined when nothing says how to authenticate. */
export function sshSettings(block: SshBlockModel | null, endpoint: string): SshSettings | undefined {
  const get = (value: string | null, name: string): string | undefined => fromEnv(value, `PROXMOX_VE_SSH_${name}`);
  const privateKey = get(block?.private_key ?? null, 'PRIVATE_KEY');
  const agentText = get(block?.agent === null || block?.agent === undefined ? null : String(block.agent), 'AGENT');
  const agentSocket = agentText !== undefined && /^(1|true|yes)$/i.test(agentText) ? process.env.SSH_AUTH_SOCK : undefined;
  if (privateKey === undefined && agentSocket === undefined) return undefined;
  const portText = get(block?.port === null || block?.port === undefined ? null : String(block.port), 'PORT');
  const port = portText === undefined ? 22 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new AttributeError('ssh', 'Invalid SSH port', `PROXMOX_VE_SSH_PORT must be a port number, got "${portText}".`);
  const pinned = get(block?.host_key ?? null, 'HOST_KEY');
  const insecure = block?.insecure_ignore_host_key === true;
  const hostKey: HostKeyCheck = insecure
    ? { kind: 'none' }
    : pinned !== undefined
      ? { kind: 'pinned', key: pinned }
      : { kind: 'known_hosts', file: get(block?.known_hosts ?? null, 'KNOWN_HOSTS') ?? join(homedir(), '.ssh', 'known_hosts') };
  return {
    username: get(block?.username ?? null, 'USERNAME') ?? 'root',
    ...(privateKey !== undefined ? { privateKey } : {}),
    ...(agentSocket !== undefined ? { agentSocket } : {}),
    port,
    hostKey,
    nodeAddresses: block?.node_addresses ?? {},
    defaultHost: new URL(endpoint).hostname.replace(/^\[|\]$/g, ''),
  };
}

/** The known_hosts text, or a clear error naming the setting. */
export function readKnownHosts(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AttributeError(
      'ssh',
      'Cannot read known_hosts',
      `${file}: ${error instanceof Error ? error.message : String(error)}. Set ssh.known_hosts, pin ssh.host_key, or (unsafe) ssh.insecure_ignore_host_key = true.`,
    );
  }
}
