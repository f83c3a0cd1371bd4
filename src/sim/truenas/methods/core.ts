// auth.* and core.*: logging in, session options, jobs and core.bulk.
import { dict, versionAtLeast, type MethodTable } from '../registry.js';
import { runQuery } from '../filters.js';
import type { SimCredentials } from '../credentials.js';
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError } from '../sim-errors.js';
import { sessionMayCall } from '../authorization.js';
import { mayLogIn } from '../granted-roles.js';
import { ScramExchange, parseClientFirst } from '../scram.js';
import { renderJob } from '../jobs.js';
import { jobCaller } from '../job-credentials.js';
import type { CallContext } from '../registry.js';

/** The real server sleeps 1–2 s before answering a bad API key; tests may shorten it. */
export interface AuthTiming {
  readonly badLoginDelayMs: () => number;
}

async function outcome(credentialOk: boolean, username: string | undefined, ctx: CallContext, timing: AuthTiming): Promise<boolean> {
  const ok = credentialOk && (username === undefined || mayLogIn(ctx.state, username));
  if (ok) Object.assign(ctx.session, { authenticated: true, username: username ?? null });
  else await new Promise((resolve) => setTimeout(resolve, timing.badLoginDelayMs()));
  return ok;
}

type LoginResponse = Record<string, unknown> & { response_type: string };

const success = (): LoginResponse => ({ response_type: 'SUCCESS', user_info: null, authenticator: 'LEVEL_1', reconnect_token: null });

/**
 * `auth.login_ex` (truenas/middleware src/middlewared/middlewared/plugins/auth.py@TS-25.10.6:900-1000,
 * plugins/auth_/login_ex_impl.py@TS-26.0.0-BETA.3): API_KEY_PLAIN (the key's owner must be named; a
 * key sent over an insecure transport is revoked and answered EXPIRED, auth.py@TS-25.10.6:936-953),
 * PASSWORD_PLAIN (OTP_REQUIRED for a two-factor user, then OTP_TOKEN), SCRAM on 26.0 (two round
 * trips, no revocation: the key never crosses the wire).
 */
async function loginEx(input: Record<string, unknown>, credentials: SimCredentials, ctx: CallContext, timing: AuthTiming): Promise<LoginResponse> {
  const { session } = ctx;
  const fail = async (response_type = 'AUTH_ERR'): Promise<LoginResponse> => {
    session.pendingLogin = null;
    await new Promise((resolve) => setTimeout(resolve, timing.badLoginDelayMs()));
    return { response_type };
  };
  const grant = async (username: string): Promise<LoginResponse> => {
    if (!mayLogIn(ctx.state, username)) return fail();
    session.pendingLogin = null;
    session.authenticated = true;
    session.username = username;
    return success();
  };
  switch (input['mechanism']) {
    case 'API_KEY_PLAIN': {
      const key = credentials.apiKey(input['api_key']);
      if (!key || input['username'] !== credentials.apiKeyOwner(key)) return fail();
      if (!session.secureTransport) {
        credentials.revoke(key);
        return fail('EXPIRED');
      }
      return grant(String(input['username']));
    }
    case 'PASSWORD_PLAIN': {
      const username = String(input['username']);
      if (!credentials.password(username, input['password']) || !mayLogIn(ctx.state, username)) return fail();
      if (credentials.otpFor(username) === undefined) return grant(username);
      session.pendingLogin = { kind: 'otp', username };
      return { response_type: 'OTP_REQUIRED', username };
    }
    case 'OTP_TOKEN': {
      const pending = session.pendingLogin;
      if (pending?.kind !== 'otp') throw new SimCallError(Errno.EINVAL, 'No authentication in progress');
      const wanted = credentials.otpFor(pending.username);
      return wanted !== undefined && input['otp_token'] === wanted ? grant(pending.username) : fail();
    }
    case 'SCRAM':
      return scramStep(input, credentials, ctx, fail, grant);
    default:
      return fail();
  }
}

async function scramStep(
  input: Record<string, unknown>,
  credentials: SimCredentials,
  ctx: CallContext,
  fail: () => Promise<LoginResponse>,
  grant: (username: string) => Promise<LoginResponse>,
): Promise<LoginResponse> {
  const { session } = ctx;
  const text = String(input['rfc_str']);
  if (input['scram_type'] === 'CLIENT_FIRST_MESSAGE') {
    const first = parseClientFirst(text);
    const credential = first && credentials.scram(first.username, first.apiKeyId);
    if (!first || !credential) return fail();
    const exchange = new ScramExchange(first, credential);
    session.pendingLogin = { kind: 'scram', exchange };
    return { response_type: 'SCRAM_RESPONSE', scram_type: 'SERVER_FIRST_RESPONSE', rfc_str: exchange.serverFirst, user_info: null };
  }
  const pending = session.pendingLogin;
  if (pending?.kind !== 'scram') throw new SimCallError(Errno.EINVAL, 'SCRAM authentication is not in progress');
  const serverFinal = pending.exchange.finish(text);
  if (!serverFinal) return fail();
  const granted = await grant(pending.exchange.client.username);
  if (granted.response_type !== 'SUCCESS') return granted;
  return { response_type: 'SCRAM_RESPONSE', scram_type: 'SERVER_FINAL_RESPONSE', rfc_str: serverFinal, user_info: null };
}

export function authMethods(credentials: SimCredentials, timing: AuthTiming): MethodTable {
  return {
    // A wrapper over login_ex API_KEY_PLAIN (auth.py@TS-25.10.6:1164-1194): revokes too, and answers false.
    'auth.login_with_api_key': {
      params: ['api_key'],
      anonymous: true,
      handler: async ([key], ctx) => {
        const stored = credentials.apiKey(key);
        if (stored && !ctx.session.secureTransport && versionAtLeast(ctx.version, '25.04')) {
          credentials.revoke(stored);
          return outcome(false, undefined, ctx, timing);
        }
        return outcome(stored !== undefined, credentials.apiKeyOwner(key), ctx, timing);
      },
    },
    'auth.login': {
      params: ['username', 'password', 'otp_token'],
      anonymous: true,
      handler: ([user, password, otp], ctx) => {
        const wanted = typeof user === 'string' ? credentials.otpFor(user) : undefined;
        return outcome(credentials.password(user, password) && (wanted === undefined || otp === wanted), String(user), ctx, timing);
      },
    },
    'auth.login_ex': {
      params: ['login_data'],
      anonymous: true,
      since: '25.04',
      handler: ([data], ctx) => loginEx(dict(data, 'login_data'), credentials, ctx, timing),
    },
    'auth.login_ex_continue': {
      params: ['login_data'],
      anonymous: true,
      since: '25.04',
      handler: ([data], ctx) => loginEx(dict(data, 'login_data'), credentials, ctx, timing),
    },
    'auth.mechanism_choices': {
      params: [],
      anonymous: true,
      since: '25.04',
      handler: (_args, ctx) => ['API_KEY_PLAIN', 'PASSWORD_PLAIN', 'TOKEN_PLAIN', 'OTP_TOKEN', ...(versionAtLeast(ctx.version, '26') ? ['SCRAM'] : [])],
    },
  };
}

export const coreMethods: MethodTable = {
  'core.ping': { params: [], handler: () => 'pong' },
  'core.set_options': {
    params: ['options'],
    anonymous: true,
    notRateLimited: true,
    handler: ([options], ctx) => {
      const input = dict(options, 'options');
      if (typeof input['legacy_jobs'] === 'boolean' && versionAtLeast(ctx.version, '25.10')) ctx.session.legacyJobs = input['legacy_jobs'];
      return versionAtLeast(ctx.version, '25.10') ? { legacy_jobs: ctx.session.legacyJobs, private_methods: false, py_exceptions: false } : null;
    },
  },
  'core.subscribe': { params: ['name'], handler: ([name], ctx) => ctx.session.subscribe(ctx.state, String(name)) },
  'core.unsubscribe': {
    params: ['id'],
    handler: ([id], ctx) => {
      ctx.session.unsubscribe(String(id));
      return null;
    },
  },
  // A caller limited to its own jobs (job-credentials.ts) is shown only those: not other users'
  // nor the middleware's own (JobsDeque.for_credential, Job.credential_access_error: job.py:113-124,
  // 350-367; core_service.py:119-148 @TS-25.10.6). Not modelled: `read_roles`, which show the runs of
  // `replication.run` and `cloudsync.sync` to the tasks' readers (replication.py:305, cloud_sync.py:940-941)
  // whoever started them; a caller sees its own runs either way.
  'core.get_jobs': {
    params: ['filters', 'options'],
    handler: ([filters, options], ctx) => {
      const caller = jobCaller(ctx.state, ctx.session.username);
      const visible = [...ctx.state.jobs.values()].filter((job) => !caller?.limitedToOwnJobs || job.owner === caller.username);
      return runQuery(visible.map(renderJob), filters ?? [], options ?? {});
    },
  },
  'core.bulk': {
    params: ['method', 'params', 'description'],
    handler: async ([method, paramsList], ctx) => {
      // The caller's allowlist must hold the method, whatever its no_authz_required flag says
      // (service/core_service.py:640-646 @TS-25.10.6, :765-771 @TS-25.04.2.6, :685-691 @TS-26.0.0-BETA.3).
      if (!sessionMayCall(ctx.state, ctx.schema, ctx.session.username, String(method), 'allowlist')) {
        throw new SimCallError(Errno.EPERM, 'Not authorized');
      }
      const results: { result: unknown; error: string | null }[] = [];
      const list = Array.isArray(paramsList) ? paramsList : [];
      for (const [index, args] of list.entries()) {
        try {
          results.push({ result: await ctx.call(String(method), Array.isArray(args) ? args : []), error: null });
        } catch (err) {
          results.push({ result: null, error: err instanceof Error ? err.message : String(err) });
        }
        ctx.progress(Math.round(((index + 1) / list.length) * 100), `${index + 1}/${list.length}`);
      }
      return results;
    },
  },
};
