// Provider settings come from the configuration block first and the environment second, so
// the same configuration runs against a simulator or a real server.
import { readFileSync } from 'node:fs';
import { AttributeError } from '../../framework/diagnostics.js';
import { parseDuration } from '../../framework/timeouts.js';
import { urlProblem } from '../../framework/validators.js';

/** The configured value, else the first environment variable that is set and not empty. */
export function fromEnv(configured: string | null, ...names: string[]): string | undefined {
  if (configured !== null) return configured;
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** A boolean setting: configuration, else an environment variable such as `TRUENAS_INSECURE=true`. */
export function boolFromEnv(attribute: string, configured: boolean | null, ...names: string[]): boolean {
  if (configured !== null) return configured;
  const text = fromEnv(null, ...names);
  if (text === undefined) return false;
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off)$/i.test(text)) return false;
  throw new AttributeError(attribute, 'Invalid boolean in the environment', `${names[0]} must be true or false, got "${text}".`);
}

export function numberFromEnv(attribute: string, configured: number | null, ...names: string[]): number | undefined {
  if (configured !== null) return configured;
  const text = fromEnv(null, ...names);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new AttributeError(attribute, 'Invalid number in the environment', `${names[0]} must be a whole number, got "${text}".`);
  }
  return value;
}

/** A duration setting ("60s", "5m") in milliseconds. */
export function durationFromEnv(attribute: string, configured: string | null, ...names: string[]): number | undefined {
  const text = fromEnv(configured, ...names);
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms === undefined) throw new AttributeError(attribute, 'Invalid duration', `${attribute} must be a duration such as "30s" or "5m", got "${text}".`);
  return ms;
}

export function readCaFile(attribute: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  // node:fs, read synchronously: it is loaded before any provider code runs, while a dynamic
  // import() of node:fs/promises cannot run at all where the provider is one compiled script
  // (the installed launcher's vm.Script, the single executable): scripts/build.mjs refuses
  // any dynamic import of an external module in those bundles.
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new AttributeError(attribute, 'Cannot read the CA bundle', `${attribute} "${path}" cannot be read (${reason}).`);
  }
}

export function requireSetting(attribute: string, value: string | undefined, envName: string, what: string): string {
  if (value === undefined) {
    throw new AttributeError(attribute, `Missing ${attribute}`, `Set ${attribute} in the provider block or ${envName} in the environment: ${what}.`);
  }
  return value;
}

/**
 * The endpoint URL from the configuration (checked at validate time by the schema's validator)
 * or the environment, checked here the same way, so a URL without a scheme
 * (`TRUENAS_ENDPOINT=127.0.0.1:8080`) fails naming the variable instead of at the first call.
 */
export function endpointSetting(configured: string | null, envName: string, schemes: readonly string[], what: string): string {
  const endpoint = requireSetting('endpoint', fromEnv(configured, envName), envName, what);
  const problem = configured === null ? urlProblem(endpoint, schemes) : undefined;
  if (problem !== undefined) throw new AttributeError('endpoint', 'Invalid endpoint in the environment', `${envName} (the provider's endpoint) ${problem}.`);
  return endpoint;
}

export { durationValidator } from '../../framework/timeouts.js';

export interface CredentialSources<S extends string> {
  /** The attribute holding the secret that stands instead of username and password ("api_key"). */
  readonly secretAttribute: S;
  /** Environment variable names: the secret's, the username's, the password's. */
  readonly env: readonly [string, string, string];
  /** What the secret is, for the message when nothing is set ("an API key"). */
  readonly what: string;
}

/** The secret, or username and password, from the provider configuration or the environment. */
export function resolveCredentials<S extends string>(
  config: Readonly<Record<S | 'username' | 'password', string | null>>,
  sources: CredentialSources<S>,
): { secret?: string; username?: string; password?: string } {
  const secret = fromEnv(config[sources.secretAttribute], sources.env[0]);
  if (secret !== undefined) return { secret };
  const username = fromEnv(config.username, sources.env[1]);
  const password = fromEnv(config.password, sources.env[2]);
  if (username === undefined || password === undefined) {
    requireSetting(sources.secretAttribute, undefined, sources.env[0], `${sources.what}, or username and password`);
  }
  return { username, password };
}
