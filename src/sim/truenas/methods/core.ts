// auth.* and core.*: logging in, session options, jobs and core.bulk.
import { dict, versionAtLeast, type MethodTable } from '../registry.js';
import { runQuery } from '../filters.js';
import { validApiKey, validPassword, type SimCredentials } from '../credentials.js';
import { renderJob } from '../jobs.js';
import type { CallContext } from '../registry.js';

/** The real server sleeps 1–2 s before answering a bad API key; tests may shorten it. */
export interface AuthTiming {
  readonly badLoginDelayMs: () => number;
}

async function outcome(ok: boolean, ctx: CallContext, timing: AuthTiming): Promise<boolean> {
  if (ok) ctx.session.authenticated = true;
  else await new Promise((resolve) => setTimeout(resolve, timing.badLoginDelayMs()));
  return ok;
}

export function authMethods(credentials: SimCredentials, timing: AuthTiming): MethodTable {
  return {
    'auth.login_with_api_key': { params: ['api_key'], anonymous: true, handler: ([key], ctx) => outcome(validApiKey(credentials, key), ctx, timing) },
    'auth.login': { params: ['username', 'password', 'otp_token'], anonymous: true, handler: ([user, password], ctx) => outcome(validPassword(credentials, user, password), ctx, timing) },
    'auth.login_ex': {
      params: ['login_data'], anonymous: true, since: '25.04',
      handler: async ([data], ctx) => {
        const input = dict(data, 'login_data');
        const ok = input['mechanism'] === 'API_KEY_PLAIN' ? validApiKey(credentials, input['api_key'])
          : input['mechanism'] === 'PASSWORD_PLAIN' ? validPassword(credentials, input['username'], input['password']) : false;
        return (await outcome(ok, ctx, timing)) ? { response_type: 'SUCCESS', user_info: null, authenticator: 'LEVEL_1' } : { response_type: 'AUTH_ERR' };
      },
    },
    'auth.mechanism_choices': { params: [], anonymous: true, since: '25.04', handler: () => ['API_KEY_PLAIN', 'PASSWORD_PLAIN', 'TOKEN_PLAIN'] },
  };
}

export const coreMethods: MethodTable = {
  'core.ping': { params: [], handler: () => 'pong' },
  'core.set_options': {
    params: ['options'], anonymous: true,
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
  'core.get_jobs': {
    params: ['filters', 'options'],
    handler: ([filters, options], ctx) => runQuery([...ctx.state.jobs.values()].map(renderJob), filters ?? [], options ?? {}),
  },
  'core.bulk': {
    params: ['method', 'params', 'description'],
    handler: async ([method, paramsList], ctx) => {
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
