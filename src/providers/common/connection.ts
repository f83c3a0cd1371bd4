// The connection settings both providers share (TLS, time limit, retries), built once: each
// attribute names its environment variable and states the default the client applies.
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../../clients/common/defaults.js';
import { attr } from '../../framework/attributes.js';
import { validators } from '../../framework/validators.js';
import { boolFromEnv, durationFromEnv, durationValidator, fromEnv, numberFromEnv, readCaFile } from './settings.js';

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
