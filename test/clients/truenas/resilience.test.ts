// The TrueNAS client's connection behaviour: transport choice, one login shared by concurrent
// calls, reconnect mid-call, what is retried and what is not, timeouts, TLS and idle close.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  TrueNASAmbiguousCreateError,
  TrueNASAuthError,
  TrueNASCallError,
  TrueNASConnectionError,
  TrueNASIncompleteCreateError,
  TrueNASTimeoutError,
} from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { LogFields, Logger } from '../../../src/log/logger.js';
import { GiB, clientFor, startSim } from './fixtures.js';

let sims: TrueNASSimulator[] = [];

/** A logger that hands the delay of every retry the client announces (before it sleeps) to `waited`. */
function backoffClock(waited: (ms: number) => void): Logger {
  const quiet = (): void => {};
  const logger: Logger = {
    trace: quiet,
    debug: (message: string, fields: LogFields = {}) => {
      if (message === 'retrying TrueNAS call') waited(Number(fields['delay_ms']));
    },
    info: quiet,
    warn: quiet,
    error: quiet,
    with: () => logger,
  };
  return logger;
}

async function sim(options: Parameters<typeof startSim>[0] = {}): Promise<TrueNASSimulator> {
  const started = await startSim(options);
  sims.push(started);
  return started;
}
/** A logged-in client whose next call's socket will drop (after running the call, if `executes`). */
async function connectedThenDropping(executes: boolean, warmUp: (c: ReturnType<typeof clientFor>) => Promise<unknown> = (c) => c.system.info()) {
  // The portal create listens on 10.0.0.9: 25.10+ refuses a portal IP that no interface has.
  const s = await sim({ interfaceAddresses: ['127.0.0.1', '10.0.0.9'] });
  const client = clientFor(s);
  await warmUp(client);
  s.faults.dropSocketAfterCalls = 0;
  s.faults.dropExecutesCall = executes;
  return { s, client };
}

/** Drops every socket as the next call of `method` starts (it runs on, its answer lost), whatever calls come before it. */
function dropOn(s: TrueNASSimulator, method: string): void {
  const counts = s.callCounts as Map<string, number>;
  const set = counts.set;
  counts.set = (called, n) => {
    const result = set.call(counts, called, n);
    if (called === method) {
      counts.set = set;
      s.dropConnections();
    }
    return result;
  };
}

/** Runs `action` as the `nth` call of `method` reaches the server, before it runs. */
function onCall(s: TrueNASSimulator, method: string, nth: number, action: () => void): void {
  const counts = s.callCounts as Map<string, number>;
  const set = counts.set;
  let seen = 0;
  counts.set = (called, n) => {
    if (called === method && ++seen === nth) {
      counts.set = set;
      action();
    }
    return set.call(counts, called, n);
  };
}

afterEach(async () => {
  await Promise.all(sims.map((s) => s.stop()));
  sims = [];
});

describe('TrueNAS client connection handling', () => {
  it('auto picks JSON-RPC on 25.x and the legacy WebSocket where /api/current is missing', async () => {
    const modern = clientFor(await sim({ version: '25.10.0' }));
    await modern.system.info();
    assert.equal(modern.transport, 'websocket');
    modern.close();
    const old = clientFor(await sim({ version: '24.04.2' }));
    assert.equal((await old.system.info()).version, '24.04.2');
    assert.equal(old.transport, 'legacy-websocket');
    await old.datasets.create({ name: 'tank/x' });
    assert.equal(old.transport, 'legacy-websocket', 'remembered');
    old.close();
  });

  it('does no I/O when constructed and logs in once for many concurrent calls', async () => {
    const s = await sim();
    const client = clientFor(s);
    assert.equal(s.callCounts.size, 0);
    await Promise.all(Array.from({ length: 15 }, () => client.system.pools()));
    assert.equal(client.stats.logins, 1);
    assert.equal(client.stats.connections, 1);
    assert.equal(s.callCounts.get('auth.login_with_api_key'), 1);
    assert.equal(client.stats.apiCalls, 15);
    client.close();
  });

  it('keeps at most 20 calls in flight on the connection, as the server demands', async () => {
    const s = await sim({ latencyMs: 30 });
    const client = clientFor(s);
    const answers = await Promise.all(Array.from({ length: 60 }, () => client.system.info()));
    assert.equal(answers.length, 60);
    assert.equal(client.stats.retries, 0, 'no "too many concurrent calls" refusals');
    client.close();
  });

  it('reconnects, logs in again and retries a read whose socket dropped mid-call', async () => {
    const { client } = await connectedThenDropping(false);
    const pools = await client.system.pools();
    assert.equal(pools[0]?.name, 'tank');
    assert.equal(client.stats.logins, 2);
    assert.equal(client.stats.retries, 1);
    client.close();
  });

  it('logs in again when the server forgets the session behind an open socket', async () => {
    const s = await sim();
    const client = clientFor(s);
    await client.system.info();
    s.logoutAll();
    assert.equal((await client.system.pools())[0]?.name, 'tank');
    assert.equal(client.stats.logins, 2);
    client.close();
  });

  it('checks whether a create whose answer was lost happened before sending it again', async () => {
    const { s, client } = await connectedThenDropping(true);
    const zvol = await client.datasets.create({ name: 'tank/once', type: 'VOLUME', volsize: GiB });
    assert.equal(zvol.name, 'tank/once');
    assert.equal(s.callCounts.get('pool.dataset.create'), 1, 'not sent twice');
    client.close();
  });

  it('finds what a lost create made also for kinds without a unique name (portals, initiators, auth, NFS shares)', async () => {
    const creates: [string, (c: ReturnType<typeof clientFor>) => Promise<{ id: number }>][] = [
      ['iscsi.portal.create', (c) => c.iscsi.portals.create({ listen: [{ ip: '10.0.0.9' }] })],
      ['iscsi.initiator.create', (c) => c.iscsi.initiators.create({ initiators: ['iqn.x:1'], comment: 'pve' })],
      ['iscsi.auth.create', (c) => c.iscsi.auth.create({ tag: 4, user: 'u', secret: 'twelve-chars' })],
      ['sharing.nfs.create', (c) => c.sharing.nfs.create({ path: '/mnt/tank', networks: ['10.0.0.0/8'] })],
    ];
    for (const [method, create] of creates) {
      const { s, client } = await connectedThenDropping(true);
      s.faults.dropSocketAfterCalls = 1; // the read of the ids there before passes; the create's answer is lost
      const made = await create(client);
      assert.equal(made.id, 1, method);
      assert.equal(s.callCounts.get(method), 1, `${method} not sent twice`);
      client.close();
    }
  });

  it('finds what a lost job create made instead of starting the job again (tunable.create)', async () => {
    const { s, client } = await connectedThenDropping(true);
    const made = await client.systemSettings.tunables.create({ type: 'SYSCTL', var: 'vm.swappiness', value: '10', comment: '', enabled: true });
    assert.equal(made.var, 'vm.swappiness');
    assert.equal(s.callCounts.get('tunable.create'), 1, 'the job was not started twice');
    client.close();
  });

  it('finds what a lost create made on the legacy WebSocket of old releases too (a dataset, a tunable job)', async () => {
    const s = await sim({ version: '24.10.2' });
    const client = clientFor(s);
    await client.system.info();
    assert.equal(client.transport, 'legacy-websocket');
    for (const [method, create] of [
      ['pool.dataset.create', () => client.datasets.create({ name: 'tank/legacy-once' })],
      ['tunable.create', () => client.systemSettings.tunables.create({ type: 'SYSCTL', var: 'vm.swappiness', value: '10', comment: '', enabled: true })],
    ] as const) {
      s.faults.dropSocketAfterCalls = 0;
      s.faults.dropExecutesCall = true;
      await create();
      assert.equal(s.faults.dropSocketAfterCalls, null, `${method}: the drop happened`);
      assert.equal(s.callCounts.get(method), 1, `${method} not sent twice`);
    }
    client.close();
  });

  it('finds what a lost create made over REST too (a target, a tunable job)', async () => {
    const s = await sim({ version: '25.04.2' });
    const client = clientFor(s, { transport: 'rest' });
    await client.system.info();
    for (const [method, create] of [
      ['iscsi.target.create', () => client.iscsi.targets.create({ name: 'rest-once' })],
      ['tunable.create', () => client.systemSettings.tunables.create({ type: 'SYSCTL', var: 'vm.swappiness', value: '10', comment: '', enabled: true })],
    ] as const) {
      s.faults.dropSocketAfterCalls = 0;
      s.faults.dropExecutesCall = true;
      await create();
      assert.equal(s.faults.dropSocketAfterCalls, null, `${method}: the drop happened`);
      assert.equal(s.callCounts.get(method), 1, `${method} not sent twice`);
    }
    client.close();
  });

  it('turns a create the server failed after making the object into an error that carries it', async () => {
    const s = await sim();
    const client = clientFor(s);
    s.faults.failCall = { method: 'iscsi.target.create', afterRun: true };
    await assert.rejects(
      client.iscsi.targets.create({ name: 'half' }),
      (err) => err instanceof TrueNASIncompleteCreateError && (err.created as { name: string }).name === 'half' && err.cause instanceof TrueNASCallError,
    );
    // Failed before writing: the server's error as it is.
    s.faults.failCall = { method: 'iscsi.target.create', afterRun: false };
    await assert.rejects(client.iscsi.targets.create({ name: 'never' }), (err) => err instanceof TrueNASCallError);
    client.close();
  });

  it('never takes a row that was there before for what a lost create made (kinds without a unique name)', async () => {
    const { s, client } = await connectedThenDropping(false);
    s.faults.dropSocketAfterCalls = null;
    const old = await client.iscsi.initiators.create({ initiators: ['iqn.x:1'], comment: 'pve' });
    s.faults.dropSocketAfterCalls = 1;
    s.faults.dropExecutesCall = false;
    const made = await client.iscsi.initiators.create({ initiators: ['iqn.x:1'], comment: 'pve' });
    assert.equal(s.faults.dropSocketAfterCalls, null, 'the create was lost');
    assert.notEqual(made.id, old.id, 'a new initiator, not the one that was there');
    assert.equal(s.state.initiators.list().length, 2);
    client.close();
  });

  describe('lost creates of kinds nothing unique names (a cron job: command and user may repeat)', () => {
    const job = (minute: string) => ({
      user: 'root',
      command: 'backup.sh',
      description: '',
      enabled: true,
      stdout: true,
      stderr: false,
      schedule: { minute, hour: '*', dom: '*', month: '*', dow: '*' },
    });
    /** Another create of the same apply makes `theirs` between our lost create and the look for it. */
    async function lostWhileAnotherIsMade(executes: boolean, theirs: ReturnType<typeof job>) {
      const { s, client } = await connectedThenDropping(executes);
      s.faults.dropSocketAfterCalls = 1; // the create, after the query of the ids before it
      onCall(s, 'cronjob.query', 2, () => void s.state.systemSettings.tables.cronjob.insert(theirs));
      return { s, client };
    }

    it('never takes the one another create made meanwhile with other fields', async () => {
      const { s, client } = await lostWhileAnotherIsMade(false, job('30'));
      const made = await client.systemSettings.cronJobs.create(job('5'));
      assert.equal(s.faults.dropSocketAfterCalls, null, 'the create was lost');
      assert.equal(made.schedule.minute, '5');
      const rows = s.state.systemSettings.tables.cronjob.list();
      assert.equal(rows.length, 2, 'theirs, and ours sent again');
      assert.deepEqual(rows.filter((row) => row.id === made.id).length, 1);
      client.close();
    });

    it('refuses to guess between two alike, naming them', async () => {
      const { s, client } = await lostWhileAnotherIsMade(true, job('5'));
      await assert.rejects(client.systemSettings.cronJobs.create(job('5')), (err) => err instanceof TrueNASAmbiguousCreateError && err.candidates.length === 2);
      assert.equal(s.state.systemSettings.tables.cronjob.list().length, 2, 'not sent a third time');
      client.close();
    });
  });

  it('never takes an object of that name that was there before for what a lost create made', async () => {
    const { s, client } = await connectedThenDropping(true, (c) => c.iscsi.targets.create({ name: 'was-there' }));
    s.faults.dropSocketAfterCalls = null;
    dropOn(s, 'iscsi.target.create'); // the refused create's answer is lost
    await assert.rejects(
      client.iscsi.targets.create({ name: 'was-there' }),
      (err) => err instanceof TrueNASCallError && /already exists|in use/i.test(err.message),
    );
    assert.equal(s.state.targets.list().length, 1);
    client.close();
  });

  it('sends a create again when the lost attempt never ran', async () => {
    const { s, client } = await connectedThenDropping(false);
    const target = await client.iscsi.targets.create({ name: 'retry-me' });
    assert.equal(target.name, 'retry-me');
    assert.equal(s.state.targets.list().length, 1);
    client.close();
  });

  it('treats "already gone" after a lost delete answer as success', async () => {
    const { s, client } = await connectedThenDropping(true, (c) => c.datasets.create({ name: 'tank/doomed' }));
    await client.datasets.delete('tank/doomed');
    assert.equal(s.state.datasets.has('tank/doomed'), false);
    client.close();
  });

  it('retries 503 answers and refused connections with backoff, bounded', async () => {
    const s = await sim();
    const rest = clientFor(s, { transport: 'rest' });
    s.faults.restErrorStatus = 503;
    s.faults.restErrorCount = 2;
    assert.equal((await rest.system.info()).hostname, 'truenas-sim');
    assert.equal(rest.stats.retries, 2);
    s.faults.restErrorCount = 100;
    const failing = clientFor(s, { transport: 'rest', maxRetries: 2 });
    await assert.rejects(failing.system.info(), (err) => err instanceof TrueNASConnectionError && /503/.test(err.message));
    assert.equal(failing.stats.apiCalls, 3);
    rest.close();
    failing.close();

    // The server refuses the next three connections, whenever they come (no window on the clock).
    s.faults.refuseNextConnections = 3;
    const patient = clientFor(s, { backoff: { baseMs: 60, maxMs: 200 }, maxRetries: 8 });
    assert.equal((await patient.system.info()).version, '25.10.0');
    assert.equal(s.faults.refuseNextConnections, 0, 'the client met every refusal');
    assert.ok(patient.stats.retries >= 1, 'waited for the server');
    patient.close();
  });

  it('does not retry validation errors, not-found or a refused API key', async () => {
    const s = await sim();
    const client = clientFor(s);
    await assert.rejects(client.datasets.create({ name: 'nopool' }), (err) => err instanceof TrueNASCallError && !err.retryable);
    assert.equal(s.callCounts.get('pool.dataset.create'), 1);
    const bad = clientFor(s, { apiKey: `1-${'x'.repeat(64)}` });
    await assert.rejects(bad.system.info(), TrueNASAuthError);
    assert.equal(s.callCounts.get('auth.login_with_api_key'), 2, 'one login per client, the refused one not retried');
    assert.equal(bad.stats.apiCalls, 0);
    client.close();
  });

  it('backs off when the login rate limit answers EBUSY instead of hammering', async () => {
    // The limit's window runs on a clock that only the second client's backoff moves, by the delay
    // it logs before sleeping: however long the machine takes between the logins, the first one
    // is in the window when the second comes, and the retry is past it only if the client waited.
    let now = 0;
    const s = await sim({ loginRateLimit: { limit: 1, windowMs: 150, now: () => now } });
    const first = clientFor(s);
    await first.system.info();
    const logger = backoffClock((ms) => (now += ms));
    const second = clientFor(s, { backoff: { baseMs: 250, maxMs: 400, random: () => 1 }, maxRetries: 6, logger });
    assert.equal((await second.system.info()).hostname, 'truenas-sim');
    assert.ok(second.stats.logins >= 2, 'the refused login was retried');
    assert.equal(second.stats.logins, 2, 'one refused login, one after backing off');
    first.close();
    second.close();
  });

  it('times out a call that gets no answer', async (t) => {
    const s = await sim();
    const client = clientFor(s, { timeoutMs: 300, maxRetries: 0 });
    // Time passes only when the test moves it: the first call (connect, login) cannot run out of
    // its 300 ms on a slow machine, and the simulator's delay (a timer too) never ends meanwhile.
    t.mock.timers.enable({ apis: ['setTimeout'] });
    await client.system.info();
    s.faults.latencyMs = 1000;
    let settled = false;
    const pools = client.system.pools().finally(() => (settled = true));
    const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    // Once the server has the call, the client's timer for it runs.
    while (!s.callCounts.has('pool.query')) await turn();
    t.mock.timers.tick(299);
    for (let i = 0; i < 10; i++) await turn();
    assert.equal(settled, false, 'no timeout before 300 ms');
    t.mock.timers.tick(1);
    await assert.rejects(pools, TrueNASTimeoutError);
    client.close();
  });

  it('speaks TLS with a CA bundle, refuses an unknown certificate, and skips checks only when insecure', async () => {
    const s = await sim({ tls: true });
    const trusted = clientFor(s);
    assert.equal((await trusted.system.info()).version, '25.10.0');
    trusted.close();
    const { TrueNASClient } = await import('../../../src/clients/truenas/index.js');
    const strict = new TrueNASClient({ endpoint: s.url, apiKey: 'k', maxRetries: 0 });
    await assert.rejects(strict.system.info(), /certificate/);
    strict.close();
    const insecure = new TrueNASClient({ endpoint: s.url, apiKey: `1-${'k'.repeat(64)}`, insecure: true, transport: 'rest' });
    assert.equal((await insecure.system.info()).version, '25.10.0');
    insecure.close();
  });

  it('refuses to send an API key unencrypted to a remote host, before any I/O', async () => {
    const { TrueNASClient } = await import('../../../src/clients/truenas/index.js');
    const client = new TrueNASClient({ endpoint: 'http://192.0.2.10', apiKey: `1-${'k'.repeat(64)}`, maxRetries: 3 });
    const err = await client.system.info().catch((e: unknown) => e);
    assert.ok(err instanceof TrueNASAuthError, String(err));
    assert.match(err.message, /unencrypted to 192\.0\.2\.10.*https:\/\//);
    assert.equal(client.stats.connections, 0);
  });

  it('closes the connection when idle and logs in again on the next call', async () => {
    const s = await sim();
    const client = clientFor(s, { idleMs: 30 });
    await client.system.info();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await client.system.info();
    assert.equal(client.stats.logins, 2);
    client.close();
  });
});
