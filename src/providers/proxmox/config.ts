// The proxmox provider's configuration: its schema, validation, and turning it into a client.
// Environment names are those users of the most popular Proxmox provider already have.
import { attr, schema } from '../../framework/attributes.js';
import { AttributeError } from '../../framework/diagnostics.js';
import type { ConfigureContext } from '../../framework/provider.js';
import type { ValidateContext } from '../../framework/resource.js';
import type { ModelOf } from '../../framework/schema.js';
import { validators } from '../../framework/validators.js';
import type { ProxmoxClient } from '../../clients/proxmox/index.js';
import {
  boolFromEnv,
  durationFromEnv,
  durationValidator,
  endpointSetting,
  fromEnv,
  numberFromEnv,
  readCaFile,
  resolveCredentials,
  validateCredentials,
} from '../common/settings.js';

const PROXMOX_SCHEMES = ['https', 'http'] as const;

const API_TOKEN = /^[^@\s]+@[^!\s]+![^=\s]+=\S+$/;

export const proxmoxConfigSchema = schema({
  description: 'Manages virtual machines, containers, storage and access on Proxmox VE.',
  attributes: {
    endpoint: attr.string({ optional: true, description: 'URL of the Proxmox VE API, such as https://pve.lan:8006 (or PROXMOX_VE_ENDPOINT).', validators: [validators.url(PROXMOX_SCHEMES)] }),
    api_token: attr.string({
      optional: true,
      sensitive: true,
      description: 'API token as USER@REALM!TOKENID=SECRET (or PROXMOX_VE_API_TOKEN).',
      validators: [validators.textMatching(API_TOKEN, 'a token like USER@REALM!TOKENID=SECRET')],
    }),
    username: attr.string({ optional: true, description: 'User such as root@pam, for ticket login instead of a token (or PROXMOX_VE_USERNAME).' }),
    password: attr.string({ optional: true, sensitive: true, description: 'Password for username (or PROXMOX_VE_PASSWORD).' }),
    insecure: attr.bool({ optional: true, description: 'Skip TLS certificate verification (or PROXMOX_VE_INSECURE). Off by default.' }),
    ca_file: attr.string({ optional: true, description: 'PEM file of the CA that signed the server certificate (or PROXMOX_VE_CA_FILE).' }),
    timeout: attr.string({ optional: true, description: 'Time limit of one API request, such as "60s" (or PROXMOX_VE_TIMEOUT). Default 60s.', validators: [durationValidator] }),
    max_retries: attr.number({ optional: true, description: 'Retries of a request that failed for a passing reason (or PROXMOX_VE_MAX_RETRIES). Default 4.', validators: [validators.between(0, 20), validators.integer()] }),
  },
});

export type ProxmoxConfig = ModelOf<typeof proxmoxConfigSchema>;

export function validateProxmoxConfig(ctx: ValidateContext): void {
  validateCredentials(ctx, 'api_token');
}

export async function createProxmoxClient(ctx: ConfigureContext, config: ProxmoxConfig): Promise<ProxmoxClient> {
  const endpoint = endpointSetting(config.endpoint, 'PROXMOX_VE_ENDPOINT', PROXMOX_SCHEMES, 'the URL of the Proxmox VE API');
  const { secret: apiToken, username, password } = resolveCredentials({
    secretAttribute: 'api_token',
    secret: config.api_token,
    username: config.username,
    password: config.password,
    env: ['PROXMOX_VE_API_TOKEN', 'PROXMOX_VE_USERNAME', 'PROXMOX_VE_PASSWORD'],
    what: 'an API token',
  });
  if (apiToken !== undefined && !API_TOKEN.test(apiToken)) {
    // The token itself is a secret: say what is wrong without repeating it.
    throw new AttributeError('api_token', 'Invalid API token', 'The API token must look like USER@REALM!TOKENID=SECRET.');
  }
  const caPem = readCaFile('ca_file', fromEnv(config.ca_file, 'PROXMOX_VE_CA_FILE'));
  const { ProxmoxClient } = await import('../../clients/proxmox/index.js');
  return new ProxmoxClient({
    endpoint,
    ...(apiToken !== undefined ? { apiToken } : { username, password }),
    insecure: boolFromEnv('insecure', config.insecure, 'PROXMOX_VE_INSECURE'),
    caPem,
    caSetting: 'ca_file (or PROXMOX_VE_CA_FILE)',
    timeoutMs: durationFromEnv('timeout', config.timeout, 'PROXMOX_VE_TIMEOUT'),
    maxRetries: numberFromEnv('max_retries', config.max_retries, 'PROXMOX_VE_MAX_RETRIES'),
    logger: ctx.logger,
  });
}
