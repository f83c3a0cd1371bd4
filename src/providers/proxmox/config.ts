// The proxmox provider's configuration: its schema, validation, and turning it into a client.
// Environment names are those users of the most popular Proxmox provider already have.
import { attr, schema } from '../../framework/attributes.js';
import { AttributeError } from '../../framework/diagnostics.js';
import type { ConfigureContext } from '../../framework/provider.js';
import type { ModelOf } from '../../framework/schema.js';
import { rules } from '../../framework/rules.js';
import { validators } from '../../framework/validators.js';
import type { ProxmoxClient } from '../../clients/proxmox/index.js';
import { fromEnv } from '../common/settings.js';
import { connectionAttributes, serverSettings } from '../common/connection.js';
import { parseVmidRange, type VmidRange } from './shared/vmid-allocator.js';
import { sshBlock } from './ssh/settings.js';

const PROXMOX_SCHEMES = ['https', 'http'] as const;

const API_TOKEN = /^[^@\s]+@[^!\s]+![^=\s]+=\S+$/;

export const proxmoxConfigSchema = schema({
  description: 'Manages virtual machines, containers, storage and access on Proxmox VE.',
  attributes: {
    endpoint: attr.string({
      optional: true,
      description: 'URL of the Proxmox VE API, such as https://pve.lan:8006 (or PROXMOX_VE_ENDPOINT).',
      validators: [validators.url(PROXMOX_SCHEMES)],
    }),
    api_token: attr.string({
      optional: true,
      sensitive: true,
      description: 'API token as USER@REALM!TOKENID=SECRET (or PROXMOX_VE_API_TOKEN).',
      validators: [validators.textMatching(API_TOKEN, 'a token like USER@REALM!TOKENID=SECRET')],
    }),
    username: attr.string({ optional: true, description: 'User such as root@pam, for ticket login instead of a token (or PROXMOX_VE_USERNAME).' }),
    password: attr.string({ optional: true, sensitive: true, description: 'Password for username (or PROXMOX_VE_PASSWORD).' }),
    ...connectionAttributes({ envPrefix: 'PROXMOX_VE', exchange: 'request' }),
    vmid_range: attr.string({
      optional: true,
      description:
        'Give new VMs and containers without a `vmid` a random free id in this range, such as "10000-99999" (or PROXMOX_VE_VMID_RANGE), instead of the lowest free one. Random ids make collisions with other clients creating at the same time unlikely.',
      validators: [
        validators.custom('a range "MIN-MAX" of VM ids between 100 and 999999999', (value) =>
          typeof value !== 'string' || parseVmidRange(value) !== undefined
            ? undefined
            : `must be a range "MIN-MAX" of VM ids between 100 and 999999999 with MIN <= MAX, got "${value}"`,
        ),
      ],
    }),
  },
  blocks: { ssh: sshBlock },
  // Either the secret or username and password, never both.
  rules: [rules.conflictsWith('api_token', 'username'), rules.conflictsWith('api_token', 'password'), rules.requiredWith('password', 'username')],
});

export type ProxmoxConfig = ModelOf<typeof proxmoxConfigSchema>;

/** The `vmid_range` setting, from the configuration or PROXMOX_VE_VMID_RANGE. */
export function vmidRangeSetting(config: ProxmoxConfig): VmidRange | undefined {
  const text = fromEnv(config.vmid_range, 'PROXMOX_VE_VMID_RANGE');
  if (text === undefined) return undefined;
  const range = parseVmidRange(text);
  if (range === undefined)
    throw new AttributeError('vmid_range', 'Invalid VM id range', `Expected "MIN-MAX" with 100 <= MIN <= MAX <= 999999999, got "${text}".`);
  return range;
}

export async function createProxmoxClient(ctx: ConfigureContext, config: ProxmoxConfig): Promise<ProxmoxClient> {
  const {
    endpoint,
    secret: apiToken,
    username,
    password,
    connection,
  } = serverSettings(config, {
    envPrefix: 'PROXMOX_VE',
    schemes: PROXMOX_SCHEMES,
    endpointWhat: 'the URL of the Proxmox VE API',
    secretAttribute: 'api_token',
    secretWhat: 'an API token',
  });
  if (apiToken !== undefined && !API_TOKEN.test(apiToken)) {
    // The token itself is a secret: say what is wrong without repeating it.
    throw new AttributeError('api_token', 'Invalid API token', 'The API token must look like USER@REALM!TOKENID=SECRET.');
  }
  const { ProxmoxClient } = await import('../../clients/proxmox/index.js');
  return new ProxmoxClient({
    endpoint,
    ...(apiToken !== undefined ? { apiToken } : { username, password }),
    ...connection,
    logger: ctx.logger,
  });
}
