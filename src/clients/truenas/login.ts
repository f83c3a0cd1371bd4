// Logging in on a WebSocket connection: `auth.login_ex` (25.04+), with its OTP step for users
// with two-factor authentication, falling back to `auth.login_with_api_key` / `auth.login` only
// where `login_ex` does not exist (24.10) or cannot be used (an API key without its user name:
// API_KEY_PLAIN requires `username`, api/v25_10_5/auth.py). On the next major both old calls
// are gone from /api/current (removed_in='v27', plugins/auth.py@master:589,979).
import { Errno } from './errno.js';
import { TrueNASAuthError, TrueNASCallError } from './errors.js';
import { totpCode } from './totp.js';
import type { Credentials } from './transport.js';

export type LoginCall = (method: string, params: readonly unknown[]) => Promise<unknown>;

function responseType(answer: unknown): string {
  return typeof answer === 'object' && answer !== null ? String((answer as { response_type?: unknown }).response_type) : String(answer);
}

function refused(method: string, type: string, credentials: Credentials): TrueNASAuthError {
  if (type === 'EXPIRED') {
    return new TrueNASAuthError(method, credentials.apiKey
      ? 'the API key has expired or was revoked (TrueNAS revokes a key sent without TLS)'
      : 'the password has expired');
  }
  if (type === 'OTP_REQUIRED') return new TrueNASAuthError(method, 'the user has two-factor authentication: set the OTP secret');
  return new TrueNASAuthError(method, `${credentials.apiKey ? 'the API key' : 'the username or password'} was refused (${type})`);
}

const isMissingMethod = (err: unknown): boolean => err instanceof TrueNASCallError && err.errno === Errno.ENOMETHOD;

async function legacyLogin(call: LoginCall, credentials: Credentials): Promise<void> {
  const [method, params] = credentials.apiKey
    ? ['auth.login_with_api_key', [credentials.apiKey]]
    : ['auth.login', [credentials.username, credentials.password]];
  if ((await call(method, params)) !== true) throw refused(method, 'AUTH_ERR', credentials);
}

export async function logIn(call: LoginCall, credentials: Credentials, now: () => number = Date.now): Promise<void> {
  const { apiKey, username, password, otpSecret } = credentials;
  if (apiKey && !username) return legacyLogin(call, credentials);
  const data = apiKey
    ? { mechanism: 'API_KEY_PLAIN', username, api_key: apiKey }
    : { mechanism: 'PASSWORD_PLAIN', username, password };
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
