// The truenas provider's configuration: its schema, validation, and turning it into a client.
import { attr, schema } from '../../framework/attributes.js';
import { AttributeError } from '../../framework/diagnostics.js';
import type { ConfigureContext } from '../../framework/provider.js';
import type { ModelOf } from '../../framework/schema.js';
import { rules } from '../../framework/rules.js';
import { validators } from '../../framework/validators.js';
import type { TrueNASClient } from '../../clients/truenas/index.js';
import { fromEnv } from '../common/settings.js';
import { connectionAttributes, serverSettings } from '../common/connection.js';

/** The WebSocket schemes too: the client derives the other URLs from any of them. */
const TRUENAS_SCHEMES = ['https', 'http', 'wss', 'ws'] as const;

const TRANSPORTS = ['auto', 'websocket', 'legacy-websocket', 'rest'] as const;

function isTransport(value: string): value is (typeof TRANSPORTS)[number] {
  return (TRANSPORTS as readonly string[]).includes(value);
}

export const truenasConfigSchema = schema({
  description:
    'Manages datasets, zvols, snapshots, iSCSI and shares on TrueNAS SCALE.\n\n' +
    'When the connection breaks while an object is created, the provider looks for what the create made before sending it again, ' +
    'and never takes an object that was there before for it, nor one another create of the same apply made: for kinds nothing unique names ' +
    '(cron jobs, init scripts, static routes, NTP servers, snapshot, rsync and cloud sync tasks, iSCSI initiators and portals, NFS shares) ' +
    'only a new object holding every field the create wrote is taken, and when two such objects exist the apply fails naming their ids ' +
    'rather than guess (import yours). When the server fails a create after it made the object ' +
    '(a later step failed: reloading a service after `user.create` or a share create, starting the ssl service after `certificate.create`, ' +
    'mounting a new dataset), the apply fails and the object is kept in state, tainted: the next apply replaces it. ' +
    'An API key whose create answer was lost is kept the same way, as its secret is gone with the answer.',
  attributes: {
    endpoint: attr.string({
      optional: true,
      description:
        'Base URL of the TrueNAS server, such as https://nas.lan or http://127.0.0.1:8080 (or TRUENAS_ENDPOINT). The WebSocket and REST URLs derive from it.',
      validators: [validators.url(TRUENAS_SCHEMES)],
    }),
    transport: attr.string({
      optional: true,
      description:
        'API protocol: auto (JSON-RPC on /api/current, then the legacy /websocket, then REST /api/v2.0), websocket, legacy-websocket or rest (or TRUENAS_TRANSPORT). Default auto.',
      validators: [validators.oneOf(...TRANSPORTS)],
    }),
    api_key: attr.string({ optional: true, sensitive: true, description: 'API key (or TRUENAS_API_KEY).' }),
    api_key_user: attr.string({
      optional: true,
      description:
        'The user who owns api_key (or TRUENAS_API_KEY_USER). With it the provider logs in through auth.login_ex, which TrueNAS keeps after the older login calls go, and by SCRAM-SHA-512 on 26.0+ so the key never leaves the machine.',
    }),
    username: attr.string({ optional: true, description: 'User name for password login, instead of an API key (or TRUENAS_USERNAME).' }),
    password: attr.string({ optional: true, sensitive: true, description: 'Password for username (or TRUENAS_PASSWORD).' }),
    ...connectionAttributes({ envPrefix: 'TRUENAS', exchange: 'call' }),
    otp_secret: attr.string({
      optional: true,
      sensitive: true,
      description:
        'Base32 TOTP secret of a user with two-factor authentication (or TRUENAS_OTP_SECRET); the provider answers the one-time-password step of the login with it.',
    }),
  },
  // Either the secret or username and password, never both.
  rules: [rules.conflictsWith('api_key', 'username'), rules.conflictsWith('api_key', 'password'), rules.requiredWith('password', 'username')],
});

export type TrueNASConfig = ModelOf<typeof truenasConfigSchema>;

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, string>);

export async function createTruenasClient(ctx: ConfigureContext, config: TrueNASConfig): Promise<TrueNASClient> {
  const {
    endpoint,
    secret: apiKey,
    username,
    password,
    connection,
  } = serverSettings(config, {
    envPrefix: 'TRUENAS',
    schemes: TRUENAS_SCHEMES,
    endpointWhat: 'the URL of the TrueNAS server',
    secretAttribute: 'api_key',
    secretWhat: 'an API key',
  });
  const transport = fromEnv(config.transport, 'TRUENAS_TRANSPORT') ?? 'auto';
  if (!isTransport(transport)) {
    throw new AttributeError('transport', 'Invalid transport', `TRUENAS_TRANSPORT must be auto, websocket, legacy-websocket or rest, got "${transport}".`);
  }
  const { TrueNASClient } = await import('../../clients/truenas/index.js');
  return new TrueNASClient({
    endpoint,
    transport,
    ...(apiKey !== undefined ? { apiKey, ...optional('username', fromEnv(config.api_key_user, 'TRUENAS_API_KEY_USER')) } : { username, password }),
    ...optional('otpSecret', fromEnv(config.otp_secret, 'TRUENAS_OTP_SECRET')),
    ...connection,
    logger: ctx.logger,
  });
}
