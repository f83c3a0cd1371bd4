// The truenas provider's configuration: its schema, validation, and turning it into a client.
import { attr, schema } from '../../framework/attributes.js';
import { AttributeError } from '../../framework/diagnostics.js';
import type { ConfigureContext } from '../../framework/provider.js';
import type { ValidateContext } from '../../framework/resource.js';
import type { ModelOf } from '../../framework/schema.js';
import { validators } from '../../framework/validators.js';
import type { TrueNASClient } from '../../clients/truenas/index.js';
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

/** The WebSocket schemes too: the client derives the other URLs from any of them. */
const TRUENAS_SCHEMES = ['https', 'http', 'wss', 'ws'] as const;

const TRANSPORTS = ['auto', 'websocket', 'legacy-websocket', 'rest'] as const;

function isTransport(value: string): value is (typeof TRANSPORTS)[number] {
  return (TRANSPORTS as readonly string[]).includes(value);
}

export const truenasConfigSchema = schema({
  description: 'Manages datasets, zvols, snapshots, iSCSI and shares on TrueNAS SCALE.',
  attributes: {
    endpoint: attr.string({
      optional: true,
      description: 'Base URL of the TrueNAS server, such as https://nas.lan or http://127.0.0.1:8080 (or TRUENAS_ENDPOINT). The WebSocket and REST URLs derive from it.',
      validators: [validators.url(TRUENAS_SCHEMES)],
    }),
    transport: attr.string({
      optional: true,
      description: 'API protocol: auto (JSON-RPC on /api/current, then the legacy /websocket, then REST /api/v2.0), websocket, legacy-websocket or rest (or TRUENAS_TRANSPORT). Default auto.',
      validators: [validators.oneOf(...TRANSPORTS)],
    }),
    api_key: attr.string({ optional: true, sensitive: true, description: 'API key (or TRUENAS_API_KEY).' }),
    username: attr.string({ optional: true, description: 'User name for password login, instead of an API key (or TRUENAS_USERNAME).' }),
    password: attr.string({ optional: true, sensitive: true, description: 'Password for username (or TRUENAS_PASSWORD).' }),
    insecure: attr.bool({ optional: true, description: 'Skip TLS certificate verification (or TRUENAS_INSECURE). Off by default.' }),
    ca_file: attr.string({ optional: true, description: 'PEM file of the CA that signed the server certificate (or TRUENAS_CA_FILE).' }),
    timeout: attr.string({ optional: true, description: 'Time limit of one API call, such as "60s" (or TRUENAS_TIMEOUT). Default 60s.', validators: [durationValidator] }),
    max_retries: attr.number({ optional: true, description: 'Retries of a call that failed for a passing reason (or TRUENAS_MAX_RETRIES). Default 3.', validators: [validators.between(0, 20), validators.integer()] }),
  },
});

export type TrueNASConfig = ModelOf<typeof truenasConfigSchema>;

/** Contradictions visible in the configuration alone fail at `terraform validate`. */
export function validateTruenasConfig(ctx: ValidateContext): void {
  validateCredentials(ctx, 'api_key');
}

export async function createTruenasClient(ctx: ConfigureContext, config: TrueNASConfig): Promise<TrueNASClient> {
  const endpoint = endpointSetting(config.endpoint, 'TRUENAS_ENDPOINT', TRUENAS_SCHEMES, 'the URL of the TrueNAS server');
  const { secret: apiKey, username, password } = resolveCredentials({
    secretAttribute: 'api_key',
    secret: config.api_key,
    username: config.username,
    password: config.password,
    env: ['TRUENAS_API_KEY', 'TRUENAS_USERNAME', 'TRUENAS_PASSWORD'],
    what: 'an API key',
  });
  const transport = fromEnv(config.transport, 'TRUENAS_TRANSPORT') ?? 'auto';
  if (!isTransport(transport)) {
    throw new AttributeError('transport', 'Invalid transport', `TRUENAS_TRANSPORT must be auto, websocket, legacy-websocket or rest, got "${transport}".`);
  }
  const caPem = readCaFile('ca_file', fromEnv(config.ca_file, 'TRUENAS_CA_FILE'));
  const { TrueNASClient } = await import('../../clients/truenas/index.js');
  return new TrueNASClient({
    endpoint,
    transport,
    ...(apiKey !== undefined ? { apiKey } : { username, password }),
    insecure: boolFromEnv('insecure', config.insecure, 'TRUENAS_INSECURE'),
    caPem,
    caSetting: 'ca_file (or TRUENAS_CA_FILE)',
    timeoutMs: durationFromEnv('timeout', config.timeout, 'TRUENAS_TIMEOUT'),
    maxRetries: numberFromEnv('max_retries', config.max_retries, 'TRUENAS_MAX_RETRIES'),
    logger: ctx.logger,
  });
}
