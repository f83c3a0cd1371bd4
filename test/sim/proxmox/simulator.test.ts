// The simulator's wire behaviour, seen with raw HTTPS requests: envelopes, status lines,
// 401/403/501, JSON bodies, ignored GET bodies, UPIDs and task status, the seeded state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';

const TOKEN = 'root@pam!tf=wire-secret';
const PRIVSEP = 'root@pam!limited=limited-secret';

interface RawAnswer {
  status: number;
  statusMessage: string;
  body: string;
  json: { data?: unknown; message?: string; errors?: Record<string, string> } | undefined;
}

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({
    tokens: [TOKEN, { token: PRIVSEP, privsep: true }],
    users: [{ userid: 'root@pam', password: 'pw-root' }],
    taskDelayMs: 40,
    authFailureDelayMs: 0,
  });
});
after(() => sim.stop());

function raw(method: string, path: string, options: { headers?: Record<string, string>; body?: string; auth?: string | null } = {}): Promise<RawAnswer> {
  const headers: Record<string, string> = {
    ...(options.auth === null ? {} : { authorization: `PVEAPIToken=${options.auth ?? TOKEN}` }),
    ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(`${sim.url}/api2/json${path}`, { method, headers, ca: sim.caPem }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        let json: RawAnswer['json'];
        try {
          json = body === '' ? undefined : (JSON.parse(body) as RawAnswer['json']);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', body, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };

test('seeded state: node pve, local (dir) and local-lvm (lvmthin), an ISO and a CT template', async () => {
  assert.deepEqual(sim.state.nodes, ['pve']);
  assert.equal(sim.state.storages.get('local')?.type, 'dir');
  assert.equal(sim.state.storages.get('local-lvm')?.type, 'lvmthin');
  const contents = [...sim.state.volumes.values()].map((v) => v.content).sort();
  assert.deepEqual(contents, ['iso', 'vztmpl']);
  const answer = await raw('GET', '/storage/local');
  assert.equal(answer.status, 200);
  assert.deepEqual((answer.json?.data as { content: string }).content.split(',').sort(), ['backup', 'iso', 'vztmpl']);
});

test('errors: message in the status line and the body, per-parameter errors, 500 for business errors', async () => {
  const bad = await raw('POST', '/nodes/pve/qemu', { headers: form, body: 'vmid=abc&cores=2' });
  assert.equal(bad.status, 400);
  assert.equal(bad.statusMessage, 'Parameter verification failed.');
  assert.deepEqual(bad.json, { data: null, message: 'Parameter verification failed.\n', errors: { vmid: "type check ('integer') failed - got 'abc'" } });
  const missing = await raw('GET', '/nodes/pve/qemu/999/config');
  assert.equal(missing.status, 500);
  assert.equal(missing.statusMessage, "Configuration file 'nodes/pve/qemu-server/999.conf' does not exist");
  assert.equal(missing.json?.message, "Configuration file 'nodes/pve/qemu-server/999.conf' does not exist\n");
  const unknown = await raw('GET', '/nodes/pve/nothing');
  assert.equal(unknown.status, 501);
  assert.equal(unknown.statusMessage, "Method 'GET /nodes/pve/nothing' not implemented");
  const lxcPost = await raw('POST', '/nodes/pve/lxc/100/config', { headers: form, body: 'cores=1' });
  assert.equal(lxcPost.status, 501);
});

test('authentication: 401 with an empty body; tickets need the CSRF token on writes', async () => {
  const none = await raw('GET', '/version', { auth: null });
  assert.deepEqual([none.status, none.statusMessage, none.body], [401, 'No ticket', '']);
  const wrong = await raw('GET', '/version', { auth: 'root@pam!tf=nope' });
  assert.deepEqual([wrong.status, wrong.statusMessage, wrong.body], [401, 'Authentication failed!', '']);
  const login = await raw('POST', '/access/ticket', { auth: null, headers: form, body: 'username=root@pam&password=pw-root' });
  assert.equal(login.status, 200);
  const { ticket, CSRFPreventionToken } = login.json?.data as { ticket: string; CSRFPreventionToken: string };
  assert.match(ticket, /^PVE:root@pam:[0-9A-F]{8}::/);
  const cookie = { cookie: `PVEAuthCookie=${encodeURIComponent(ticket)}` };
  assert.equal((await raw('GET', '/version', { auth: null, headers: cookie })).status, 200);
  const noCsrf = await raw('POST', '/pools', { auth: null, headers: { ...cookie, ...form }, body: 'poolid=p1' });
  assert.deepEqual([noCsrf.status, noCsrf.statusMessage], [401, 'Permission denied - invalid csrf token']);
  const withCsrf = await raw('POST', '/pools', { auth: null, headers: { ...cookie, ...form, csrfpreventiontoken: CSRFPreventionToken }, body: 'poolid=p1' });
  assert.equal(withCsrf.status, 200);
  const badLogin = await raw('POST', '/access/ticket', { auth: null, headers: form, body: 'username=root@pam&password=nope' });
  assert.deepEqual([badLogin.status, badLogin.statusMessage], [401, 'authentication failure']);
});

test('a privilege-separated token starts with no permissions', async () => {
  const created = await raw('POST', '/nodes/pve/qemu', { headers: form, body: 'vmid=700' });
  await sim.tasks.get(created.json?.data as string)?.done;
  const denied = await raw('GET', '/nodes/pve/qemu/700/config', { auth: PRIVSEP });
  assert.deepEqual([denied.status, denied.statusMessage], [403, 'Permission check failed (/vms/700, VM.Audit)']);
  sim.state.acl.push({ path: '/vms', type: 'token', ugid: 'root@pam!limited', roleid: 'PVEAuditor', propagate: true });
  assert.equal((await raw('GET', '/nodes/pve/qemu/700/config', { auth: PRIVSEP })).status, 200);
  const write = await raw('PUT', '/nodes/pve/qemu/700/config', { auth: PRIVSEP, headers: form, body: 'cores=2' });
  assert.equal(write.status, 403);
});

test('JSON bodies are accepted; GET bodies are ignored; nextid is a number', async () => {
  const json = await raw('POST', '/pools', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ poolid: 'jsonpool', comment: 'from json' }),
  });
  assert.equal(json.status, 200);
  assert.equal(sim.state.pools.get('jsonpool')?.comment, 'from json');
  const next = await raw('GET', '/cluster/nextid', { headers: form, body: 'vmid=abc' });
  assert.equal(next.status, 200);
  // pve-manager PVE/API2/Cluster.pm `nextid` returns an integer, not text.
  assert.equal(typeof next.json?.data, 'number');
  const flag = await raw('PUT', '/nodes/pve/qemu/700/config', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ onboot: true }) });
  assert.equal(flag.status, 200);
  assert.equal(sim.state.guests.get(700)?.config.onboot, '1');
});

test('tasks: UPID format, running status without exitstatus, token split into user and tokenid', async () => {
  const release = sim.holdTasks(); // running until released, however slow the machine
  const started = await raw('POST', '/nodes/pve/qemu/700/status/start', { headers: form, body: '' });
  const upid = started.json?.data as string;
  assert.match(upid, /^UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:qmstart:700:root@pam!tf:$/);
  const running = (await raw('GET', `/nodes/pve/tasks/${encodeURIComponent(upid)}/status`)).json?.data as Record<string, unknown>;
  assert.equal(running.status, 'running');
  assert.equal('exitstatus' in running, false);
  assert.equal(running.user, 'root@pam');
  assert.equal(running.tokenid, 'tf');
  release();
  await sim.tasks.get(upid)?.done;
  const done = (await raw('GET', `/nodes/pve/tasks/${encodeURIComponent(upid)}/status`)).json?.data as Record<string, unknown>;
  assert.deepEqual([done.status, done.exitstatus], ['stopped', 'OK']);
  const log = (await raw('GET', `/nodes/pve/tasks/${encodeURIComponent(upid)}/log`)).json?.data as Array<{ n: number; t: string }>;
  assert.deepEqual(log.at(-1), { n: log.length, t: 'TASK OK' });
  const bad = await raw('GET', '/nodes/pve/tasks/UPID%3Anope/status');
  assert.deepEqual([bad.status, bad.json?.errors], [400, { upid: 'unable to parse worker upid' }]);
  const again = await raw('POST', '/nodes/pve/qemu/700/status/start', { headers: form, body: '' });
  await sim.tasks.get(again.json?.data as string)?.done;
  const failed = (await raw('GET', `/nodes/pve/tasks/${encodeURIComponent(again.json?.data as string)}/status`)).json?.data as Record<string, unknown>;
  assert.equal(failed.exitstatus, 'VM 700 already running');
});

test('injected faults: 5xx answers and dropped connections', async () => {
  sim.faults.serverErrors = 1;
  const failed = await raw('GET', '/version');
  assert.deepEqual([failed.status, failed.statusMessage], [503, 'simulated server failure']);
  sim.faults.dropConnections = 1;
  await assert.rejects(raw('GET', '/version'), /socket hang up|ECONNRESET/);
  assert.equal((await raw('GET', '/version')).status, 200);
});
