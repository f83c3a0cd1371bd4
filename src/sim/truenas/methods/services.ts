// service.*: the fixed list of system services, enable flags and run state; 25.10 adds the
// job-based service.control.
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError } from '../sim-errors.js';
import { dict, type CallContext, type MethodTable } from '../registry.js';
import { startJob } from '../jobs.js';
import { jobLockOf } from '../job-locks.js';
import { versionAtLeast } from '../version.js';
import { runQuery } from '../filters.js';
import type { SimService, SimState } from '../state.js';

function find(state: SimState, idOrName: unknown): SimService {
  const service = state.services.list().find((s) => s.id === idOrName || s.service === idOrName);
  if (!service) throw new SimCallError(Errno.ENOENT, `Service ${String(idOrName)} not found.`);
  return service;
}

function row(service: SimService): Record<string, unknown> {
  return { ...service, pids: service.state === 'RUNNING' ? [1000 + service.id] : [] };
}

const verbs: Record<string, SimService['state'] | 'same'> = { START: 'RUNNING', STOP: 'STOPPED', RESTART: 'RUNNING', RELOAD: 'same' };

function control(state: SimState, verb: string, name: unknown): boolean {
  const service = find(state, name);
  const next = verbs[verb];
  if (next === undefined) throw new SimCallError(Errno.EINVAL, `Invalid verb ${verb}`);
  if (next !== 'same') service.state = next;
  return true;
}

export const serviceMethodTable: MethodTable = {
  'service.query': {
    params: ['filters', 'options'],
    handler: ([filters, options], ctx) => runQuery(ctx.state.services.list().map(row), filters ?? [], options ?? {}),
  },
  'service.update': {
    params: ['id_or_name', 'data'],
    handler: ([id, data], ctx) => {
      const service = find(ctx.state, id);
      const input = dict(data, 'service_update');
      if (typeof input['enable'] === 'boolean') service.enable = input['enable'];
      return service.id;
    },
  },
  'service.start': { params: ['service', 'options'], until: '26.04', handler: ([name], ctx) => control(ctx.state, 'START', name) },
  'service.stop': { params: ['service', 'options'], until: '26.04', handler: ([name], ctx) => control(ctx.state, 'STOP', name) },
  'service.restart': { params: ['service', 'options'], until: '26.04', handler: ([name], ctx) => control(ctx.state, 'RESTART', name) },
  'service.reload': { params: ['service', 'options'], until: '26.04', handler: ([name], ctx) => control(ctx.state, 'RELOAD', name) },
  'service.control': {
    params: ['verb', 'service', 'options'],
    since: '25.10',
    handler: ([verb, name], ctx) => {
      ctx.progress(50, `${String(verb)} ${String(name)}`);
      return control(ctx.state, String(verb), name);
    },
  },
};

/** What `_service_change` asks of a running service: its verb as `service.control` takes it. */
export type ServiceChange = 'RELOAD' | 'RESTART';

/**
 * `_service_change(service, verb, options)` (service/service_mixin.py:5-28 @TS-25.10.6, :8-36
 * @TS-26.0.0-BETA.3): when the service runs, a `service.control` job the middleware starts
 * itself, under the `service_<name>` lock with a place in its queue like a client's job
 * (plugins/service.py:157 @TS-25.10.6, :155 @TS-26.0.0-BETA.3), which the write awaits. A stopped service is left alone.
 * (25.04 calls `service.reload`/`service.restart`, no job, service_mixin.py:18-19
 * @TS-25.04.2.6: nothing to queue.)
 */
export async function changeService(ctx: CallContext, service: string, verb: ServiceChange = 'RELOAD', options: Record<string, unknown> = {}): Promise<void> {
  if (!versionAtLeast(ctx.version, '25.10') || find(ctx.state, service).state !== 'RUNNING') return;
  const args = [verb, service, options];
  const { done } = startJob(
    ctx.state,
    ctx.faults,
    'service.control',
    args,
    async () => control(ctx.state, verb, service),
    jobLockOf('service.control', args, ctx.version),
  );
  await done;
}

/** `methods` of `table`, each followed by the reload of `service` (with `options`) as the middleware does. */
export function reloadingAfter(table: MethodTable, methods: readonly string[], service: string, options: Record<string, unknown> = {}): MethodTable {
  const wrapped: MethodTable = { ...table };
  for (const method of methods) {
    const spec = table[method];
    if (!spec) throw new Error(`no method ${method} to reload ${service} after`);
    wrapped[method] = {
      ...spec,
      handler: async (args, ctx) => {
        const result = await spec.handler(args, ctx);
        await changeService(ctx, service, 'RELOAD', options);
        return result;
      },
    };
  }
  return wrapped;
}
