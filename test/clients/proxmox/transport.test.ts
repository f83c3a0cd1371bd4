// The client's HTTP layer: tickets and their renewal, retries where safe, dropped
// connections, TLS trust, timeouts, surprising answers, and secrets kept out of logs and errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProxmoxApiError, ProxmoxClient, ProxmoxNetworkError, ProxmoxResponseError } from '../../../src/clients/proxmox/index.js';
import { TOKEN, recordingLogger, startHarness, type Harness } from './harness.js';
import { TlsVerificationError } from '../../../src/clients/common/tls-error.js';

const ROOT_PASSWORD = 'r00t-pa55word-value';
const TOKEN_SECRET = TOKEN.split('=')[1] ?? '';

let h: Harness;
before(async () => (h = await startHarness({ users: [{ userid: 'root@pam', password: ROOT_PASSWORD }] })));
after(() => h.close());

function ticketClient(options: { ticketRenewAfterMs?: number; password?: string } = {}): ProxmoxClient {
  return new ProxmoxClient({
    endpoint: h.sim.url,
    caPem: h.sim.caPem,
    username: 'root@pam',
    password: options.password ?? ROOT_PASSWORD,
    taskPollMs: 5,
    backoff: { baseMs: 5, maxMs: 20 },
    logger: recordingLogger(h.logs),
    ...(options.ticketRenewAfterMs !== undefined ? { ticketRenewAfterMs: options.ticketRenewAfterMs } : {}),
  });
}

test('username/password: one login, tickets with CSRF on writes', async () => {
  const client = ticketClient();
  assert.equal((await client.cluster.version()).version, '9.1.3');
  await client.pools.create('viaticket');
  await client.qemu.create('pve', { vmid: 120, name: 'ticketed' });
  assert.equal(client.stats.logins, 1);
  await client.pools.delete('viaticket');
  await client.close();
});

test('tickets are renewed before they expire', async () => {
  h.sim.timing.taskDelayMs = 5;
  const client = ticketClient({ ticketRenewAfterMs: 100 });
  for (let i = 0; i < 4; i++) {
    await client.cluster.nodes();
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  assert.ok(client.stats.logins >= 2, `renewed (${client.stats.logins} logins)`);
  await client.close();
});

test('an expired ticket (401) leads to one new login and the request succeeds', async () => {
  const sim = await (
    await import('../../../src/sim/proxmox/index.js')
  ).startProxmoxSimulator({ users: [{ userid: 'root@pam', password: ROOT_PASSWORD }], authFailureDelayMs: 0 });
  const client = new ProxmoxClient({ endpoint: sim.url, caPem: sim.caPem, username: 'root@pam', password: ROOT_PASSWORD });
  await client.cluster.nodes();
  sim.expireTickets();
  await client.pools.create('after-expiry');
  assert.equal(client.stats.logins, 2);
  await client.close();
  await sim.stop();
});

test('a wrong password is a 401 error that does not contain the password', async () => {
  const client = ticketClient({ password: 'wrong-secret-password' });
  await assert.rejects(client.cluster.nodes(), (err: unknown) => {
    assert.ok(err instanceof ProxmoxApiError);
    assert.equal(err.status, 401);
    assert.equal(err.serverMessage, 'authentication failure');
    assert.ok(!err.message.includes('wrong-secret-password'));
    return true;
  });
  await client.close();
});

test('a rejected API token is a 401 error that does not contain the secret', async () => {
  const client = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: 'root@pam!tf=not-the-right-secret' });
  await assert.rejects(client.cluster.version(), (err: unknown) => {
    assert.ok(err instanceof ProxmoxApiError);
    assert.deepEqual([err.status, err.serverMessage], [401, 'Authentication failed!']);
    assert.ok(!err.message.includes('not-the-right-secret') && !JSON.stringify(err).includes('not-the-right-secret'));
    return true;
  });
  await client.close();
});

test('5xx on reads is retried; writes are not', async () => {
  const before = h.client.stats.retries;
  h.sim.faults.serverErrors = 2;
  assert.equal((await h.client.cluster.nodes()).length, 1);
  assert.equal(h.client.stats.retries - before, 2);
  h.sim.faults.serverErrors = 1;
  await assert.rejects(
    h.client.pools.create('nope'),
    (err: unknown) => err instanceof ProxmoxApiError && err.status === 503 && err.serverMessage === 'simulated server failure',
  );
  assert.equal(h.client.stats.retries - before, 2);
  h.sim.faults.serverErrors = 10;
  await assert.rejects(
    new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: TOKEN, maxRetries: 2, backoff: { baseMs: 1, maxMs: 2 } }).cluster.nodes(),
    /503/,
  );
  h.sim.faults.serverErrors = 0;
});

test('a dropped connection is retried on a read, not on a write', async () => {
  const before = h.client.stats.retries;
  h.sim.faults.dropConnections = 1;
  h.sim.faults.match = /^GET \/storage$/;
  assert.ok((await h.client.storage.list()).length >= 2);
  assert.equal(h.client.stats.retries - before, 1);
  h.sim.faults.dropConnections = 1;
  h.sim.faults.match = /^POST \/storage$/;
  await assert.rejects(h.client.storage.create('dropped', 'dir', { path: '/x' }), (err: unknown) => err instanceof ProxmoxNetworkError);
  assert.equal(h.sim.state.storages.has('dropped'), false, 'a write is not sent again');
  h.sim.faults.match = undefined;
  h.sim.faults.dropConnections = 0;
});

test('TLS: the self-signed certificate is refused unless trusted or insecure', async () => {
  const untrusted = new ProxmoxClient({ endpoint: h.sim.url, apiToken: TOKEN, maxRetries: 3 });
  await assert.rejects(
    untrusted.cluster.version(),
    (err: unknown) =>
      err instanceof TlsVerificationError && /certificate is self-signed: set ca_file to a PEM file holding it, or insecure = true/.test(err.message),
  );
  assert.equal(untrusted.stats.retries, 0, 'a refused certificate is not retried');
  await untrusted.close();
  const insecure = new ProxmoxClient({ endpoint: h.sim.url, apiToken: TOKEN, insecure: true });
  assert.equal((await insecure.cluster.version()).release, '9.1');
  await insecure.close();
});

test('a request without an answer in time is a network error', async () => {
  h.sim.faults.latencyMs = 300;
  const slow = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: TOKEN, timeoutMs: 50, maxRetries: 0 });
  await assert.rejects(slow.cluster.version(), (err: unknown) => err instanceof ProxmoxNetworkError && /no answer within 50 ms/.test(err.message));
  h.sim.faults.latencyMs = 0;
  await slow.close();
});

test('surprising answers give clear errors, not crashes', async () => {
  const answers: Array<[number, string]> = [
    [200, JSON.stringify({ data: { version: 5 } })],
    [200, '<html>proxy</html>'],
    [502, '<html>bad gateway</html>'],
    [200, JSON.stringify({ data: 'not-a-upid' })],
  ];
  const server: Server = createServer((_req, res) => {
    const [status, body] = answers.shift() ?? [500, ''];
    res.writeHead(status, status === 502 ? 'Bad Gateway' : 'OK');
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new ProxmoxClient({ endpoint: `http://127.0.0.1:${port}`, apiToken: TOKEN, maxRetries: 0 });
  await assert.rejects(client.cluster.version(), (err: unknown) => err instanceof ProxmoxResponseError && /unexpected response: version/.test(err.message));
  await assert.rejects(client.cluster.version(), (err: unknown) => err instanceof ProxmoxResponseError && /not JSON/.test(err.message));
  await assert.rejects(client.cluster.version(), (err: unknown) => err instanceof ProxmoxApiError && err.status === 502 && err.serverMessage === 'Bad Gateway');
  await assert.rejects(client.qemu.power('pve', 100, 'start'), (err: unknown) => err instanceof ProxmoxResponseError);
  await client.close();
  await new Promise((resolve) => server.close(resolve));
});

test('a malformed endpoint is refused when the client is made', () => {
  assert.throws(
    () => new ProxmoxClient({ endpoint: 'pve.lan:8006', apiToken: TOKEN }),
    /invalid Proxmox endpoint "pve.lan:8006": expected https:\/\/host:8006/,
  );
});

test('stats count requests by route', () => {
  assert.ok(h.client.stats.requests > 0);
  assert.ok((h.client.stats.byRoute['GET /nodes'] ?? 0) >= 3);
  assert.ok(h.client.stats.taskPolls >= 0);
});

test('no secret ever reaches the logs', () => {
  const text = JSON.stringify(h.logs);
  assert.ok(h.logs.length > 0);
  for (const secret of [TOKEN_SECRET, ROOT_PASSWORD, 'wrong-secret-password', 'PVE:root@pam'])
    assert.ok(!text.includes(secret), `log contains ${secret.slice(0, 4)}…`);
});
