// Logging in on a WebSocket connection: `auth.login_ex` (25.04+), with its OTP step for users
// with two-factor authentication, falling back to `auth.login_with_api_key` / `auth.login` only
// where `login_ex` does not exist (24.10) or cannot be used (an API key without its user name:
// API_KEY_PLAIN requires `username`, api/v25_10_5/auth.py). On the next major both old calls
// are gone from /api/current (removed_in='v27', plugins/auth.py@master:589,979).
import { Errno } from './errno.js';
import { TrueNASAuthError, TrueNASCallError } from './errors.js';
import { ScramClient, apiKeyScramIdentity } from './scram.js';
import { totpCode } from './totp.js';
import type { Credentials } from './transport.js';

export type LoginCall = (method: string, params: readonly unknown[]) => Promise<unknown>;

function responseType(answer: unknown): string {
  return typeof answer === 'object' && answer !== null ? String((answer as { response_type?: unknown }).response_type) : String(answer);
}

function refused(method: string, type: string, credentials: Credentials): TrueNASAuthError {
  if (type === 'EXPIRED') {
    return new TrueNASAuthError(
      method,
      credentials.apiKey ? 'the API key has expired or was revoked (TrueNAS revokes a key sent without TLS)' : 'the password has expired',
    );
  }
  if (type === 'OTP_REQUIRED') return new TrueNASAuthError(method, 'the user has two-factor authentication: set the OTP secret');
  return new TrueNASAuthError(method, `${credentials.apiKey ? 'the API key' : 'the username or password'} was refused (${type})`);
}

const isMissingMethod = (err: unknown): boolean => err instanceof TrueNASCallError && err.errno === Errno.ENOMETHOD;

async function legacyLogin(call: LoginCall, credentials: Credentials): Promise<void> {
  const [method, params] = credentials.apiKey
    ? ['auth.login_with_api_key', [credentials.apiKey]]
    : ['auth.login', [credentials.username, credentials.password]];
  let accepted: unknown;
  try {
    accepted = await call(method, params);
  } catch (err) {
    if (!isMissingMethod(err) || !credentials.apiKey) throw err;
    throw new TrueNASAuthError(
      method,
      "this server has no auth.login_with_api_key: give the API key's user name (api_key_user) so the client can log in with auth.login_ex",
    );
  }
  if (accepted !== true) throw refused(method, 'AUTH_ERR', credentials);
}

const scramText = (answer: unknown, field: 'scram_type' | 'rfc_str'): string =>
  typeof answer === 'object' && answer !== null ? String((answer as Record<string, unknown>)[field]) : '';

/** Whether the server offers SCRAM (26.0+); `auth.mechanism_choices` needs no login. */
async function offersScram(call: LoginCall): Promise<boolean> {
  try {
    const choices = await call('auth.mechanism_choices', []);
    return Array.isArray(choices) && choices.includes('SCRAM');
  } catch (err) {
    if (isMissingMethod(err)) return false;
    throw err;
  }
}

/**
 * SCRAM-SHA-512 through `auth.login_ex` (plugins/auth_/login_ex_impl.py@TS-26.0.0-BETA.3):
 * CLIENT_FIRST_MESSAGE → SERVER_FIRST_RESPONSE, CLIENT_FINAL_MESSAGE → SERVER_FINAL_RESPONSE,
 * whose signature the client checks, so a server that does not know the key is not trusted.
 */
async function scramLogin(call: LoginCall, identity: { name: string; password: string }, credentials: Credentials): Promise<void> {
  const scram = new ScramClient(identity.name, identity.password);
  const first = await call('auth.login_ex', [{ mechanism: 'SCRAM', scram_type: 'CLIENT_FIRST_MESSAGE', rfc_str: scram.first }]);
  if (scramText(first, 'scram_type') !== 'SERVER_FIRST_RESPONSE') throw refused('auth.login_ex', responseType(first), credentials);
  const final = scram.final(scramText(first, 'rfc_str'));
  if (final === null) throw new TrueNASAuthError('auth.login_ex', "the server answered SCRAM with a nonce that does not extend the client's");
  const last = await call('auth.login_ex', [{ mechanism: 'SCRAM', scram_type: 'CLIENT_FINAL_MESSAGE', rfc_str: final }]);
  if (scramText(last, 'scram_type') !== 'SERVER_FINAL_RESPONSE') throw refused('auth.login_ex', responseType(last), credentials);
  if (!scram.verify(scramText(last, 'rfc_str')))
    throw new TrueNASAuthError('auth.login_ex', "the server's SCRAM signature does not prove it knows the API key");
}

export async function logIn(call: LoginCall, credentials: Credentials, now: () => number = Date.now): Promise<void> {
  const { apiKey, username, password, otpSecret } = credentials;
  if (apiKey && !username) return legacyLogin(call, credentials);
  // 26.0+: an API key with its user logs in by SCRAM, so the key itself never leaves the machine.
  const identity = apiKey && username ? apiKeyScramIdentity(username, apiKey) : undefined;
  if (identity && (await offersScram(call))) return scramLogin(call, identity, credentials);
  const data = apiKey ? { mechanism: 'API_KEY_PLAIN', username, api_key: apiKey } : { mechanism: 'PASSWORD_PLAIN', username, password };
  let answer: unknown;
  try {
    answer = await call('auth.login_ex', [data]);
  } catch (err) {
    if (isMissingMethod(err)) return legacyLogin(call, credentials);
    throw err;
  }
  let type = responseType(answer);
  if (type === 'OTP_REQUIRED' && otpSecret) {
    answer = await call('auth.login_ex_continue', [{ mechanism: 'OTP_TOKEN', otp_token: totpCode(otpSecret, now()) }]);
    type = responseType(answer);
  }
  if (type !== 'SUCCESS') throw refused('auth.login_ex', type, credentials);
}
