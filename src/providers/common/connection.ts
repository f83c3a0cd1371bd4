// The connection settings both providers share (TLS, time limit, retries), built once: each
// attribute names its environment variable and states the default the client applies.
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../../clients/common/defaults.js';
import { attr } from '../../framework/attributes.js';
import { validators } from '../../framework/validators.js';
import { boolFromEnv, durationFromEnv, durationValidator, endpointSetting, fromEnv, numberFromEnv, readCaFile, resolveCredentials } from './settings.js';

export interface ConnectionNaming {
  /** The environment variables' prefix: `TRUENAS` reads TRUENAS_TIMEOUT, TRUENAS_MAX_RETRIES, … */
  readonly envPrefix: string;
  /** What one exchange with the API is called in this provider's docs ("call", "request"). */
  readonly exchange: string;
}

export function connectionAttributes({ envPrefix, exchange }: ConnectionNaming) {
  return {
    insecure: attr.bool({ optional: true, description: `Skip TLS certificate verification (or ${envPrefix}_INSECURE). Off by default.` }),
    ca_file: attr.string({ optional: true, description: `PEM file of the CA that signed the server certificate (or ${envPrefix}_CA_FILE).` }),
    timeout: attr.string({
      optional: true,
      description: `Time limit of one API ${exchange}, such as "60s" (or ${envPrefix}_TIMEOUT). Default ${DEFAULT_TIMEOUT_MS / 1000}s.`,
      validators: [durationValidator],
    }),
    max_retries: attr.number({
      optional: true,
      description: `Retries of a ${exchange} that failed for a passing reason (or ${envPrefix}_MAX_RETRIES). Default ${DEFAULT_MAX_RETRIES}.`,
      validators: [validators.between(0, 20), validators.integer()],
    }),
    read_only: attr.bool({
      optional: true,
      description: `Refuse every API ${exchange} that could change the server, before it is sent (or ${envPrefix}_READ_ONLY): plan and refresh work, apply of a change fails naming the ${exchange}. For planning safely against production. Off by default.`,
    }),
  };
}

/** The shared settings as configured (null when unset), as the provider's model has them. */
export interface ConnectionConfig {
  readonly insecure: boolean | null;
  readonly ca_file: string | null;
  readonly timeout: string | null;
  readonly max_retries: number | null;
  readonly read_only: boolean | null;
}

/** The client options the shared settings give, each from the configuration or its variable. */
export function connectionOptions(config: ConnectionConfig, envPrefix: string) {
  return {
    insecure: boolFromEnv('insecure', config.insecure, `${envPrefix}_INSECURE`),
    caPem: readCaFile('ca_file', fromEnv(config.ca_file, `${envPrefix}_CA_FILE`)),
    caSetting: `ca_file (or ${envPrefix}_CA_FILE)`,
    timeoutMs: durationFromEnv('timeout', config.timeout, `${envPrefix}_TIMEOUT`),
    maxRetries: numberFromEnv('max_retries', config.max_retries, `${envPrefix}_MAX_RETRIES`),
    ...(boolFromEnv('read_only', config.read_only, `${envPrefix}_READ_ONLY`) ? { readOnly: { setting: `read_only (or ${envPrefix}_READ_ONLY)` } } : {}),
  };
}

/** How a provider names the settings of its server: the variables all start with `envPrefix`. */
export interface ServerNaming<S extends string> {
  /** `TRUENAS` reads TRUENAS_ENDPOINT, TRUENAS_API_KEY, TRUENAS_USERNAME, TRUENAS_PASSWORD, … */
  readonly envPrefix: string;
  /** The URL schemes the endpoint may have. */
  readonly schemes: readonly string[];
  /** What the endpoint is, for the message when it is missing ("the URL of the TrueNAS server"). */
  readonly endpointWhat: string;
  /** The attribute holding the secret that stands instead of username and password ("api_key"). */
  readonly secretAttribute: S;
  /** What that secret is ("an API key"). */
  readonly secretWhat: string;
}

/** What both clients are built from: the endpoint, the secret or username and password, and the connection options. */
export function serverSettings<S extends string>(
  config: ConnectionConfig & Readonly<Record<S | 'endpoint' | 'username' | 'password', string | null>>,
  naming: ServerNaming<S>,
) {
  const { envPrefix, secretAttribute } = naming;
  const endpoint = endpointSetting(config.endpoint, `${envPrefix}_ENDPOINT`, naming.schemes, naming.endpointWhat);
  const credentials = resolveCredentials(config, {
    secretAttribute,
    env: [`${envPrefix}_${secretAttribute.toUpperCase()}`, `${envPrefix}_USERNAME`, `${envPrefix}_PASSWORD`],
    what: naming.secretWhat,
  });
  return { endpoint, ...credentials, connection: connectionOptions(config, envPrefix) };
}
