// Raw HTTPS calls to a simulator as a given API token, form-encoded, for the behaviour tests.
import { request } from 'node:https';
import type { ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';

export interface PveAnswer {
  status: number;
  message: string;
  data: unknown;
  errors: Record<string, string> | undefined;
}

/** Calls `METHOD /api2/json<path>` with `params` form-encoded (POST/PUT) or in the query (GET/DELETE). */
export function pveCall(sim: ProxmoxSimulator, token: string, method: string, path: string, params: Record<string, string | number> = {}): Promise<PveAnswer> {
  const form = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))).toString();
  const withBody = method === 'POST' || method === 'PUT';
  const url = `${sim.url}/api2/json${path}${!withBody && form !== '' ? `?${form}` : ''}`;
  const headers: Record<string, string> = { authorization: `PVEAPIToken=${token}` };
  if (withBody) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(form)) });
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, ca: sim.caPem }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const json = body === '' ? {} : (JSON.parse(body) as { data?: unknown; errors?: Record<string, string> });
        resolve({ status: res.statusCode ?? 0, message: res.statusMessage ?? '', data: json.data, errors: json.errors });
      });
    });
    req.on('error', reject);
    req.end(withBody ? form : undefined);
  });
}

/** Waits for a task by watching the simulator's registry (no polling of wall-clock time), returns its exit status. */
export async function taskResult(sim: ProxmoxSimulator, upid: unknown): Promise<string> {
  const task = sim.tasks.get(String(upid));
  if (!task) throw new Error(`no task ${String(upid)}`);
  await task.done;
  return task.exitstatus ?? '';
}
