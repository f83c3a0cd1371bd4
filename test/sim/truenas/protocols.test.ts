// The simulator's three protocols answer like the real middleware: JSON-RPC envelopes and
// error objects, the legacy handshake and error numbers, REST routes and status codes,
// version-dependent endpoints and methods, the unauthenticated-call rate limit, TLS.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { RawSocket } from './raw.js';

const key = `1-${'a'.repeat(64)}`;
const start = (options: Parameters<typeof startTrueNASSimulator>[0] = {}) =>
  startTrueNASSimulator({ apiKeys: [key], badLoginDelayMs: 0, rateLimitDelayMs: 0, ...options });
const ws = (sim: TrueNASSimulator, path: string) => RawSocket.open(`${sim.url.replace('http', 'ws')}${path}`);

describe('simulator JSON-RPC on /api/current', () => {
  let sim: TrueNASSimulator;
  let raw: RawSocket;
  before(async () => {
    sim = await start();
    raw = await ws(sim, '/api/current');
  });
  after(async () => {
    raw.close();
    await sim.stop();
  });

  it('refuses calls before login with ENOTAUTHENTICATED and answers after', async () => {
    // core.ping needs no login from 25.10 on (core_service.py:394 @TS-25.10.6, authentication_required=False).
    assert.equal((await raw.rpc('core.ping'))['result'], 'pong');
    const refused = await raw.rpc('system.info');
    assert.deepEqual((refused['error'] as { code: number }).code, -32001);
    assert.equal((refused['error'] as { data: { errname: string; error: number } }).data.errname, 'ENOTAUTHENTICATED');
    assert.equal((refused['error'] as { data: { error: number } }).data.error, 207);
    assert.equal((await raw.rpc('auth.login_with_api_key', ['1-wrong']))['result'], false);
    assert.equal((await raw.rpc('auth.login_with_api_key', [key]))['result'], true);
    assert.equal((await raw.rpc('core.ping'))['result'], 'pong');
  });

  it('on 25.04 core.ping needs a login (it became authentication_required=False in 25.10)', async () => {
    const older = await start({ version: '25.04.2' });
    const socket = await ws(older, '/api/current');
    try {
      const refused = (await socket.rpc('core.ping'))['error'] as { data: { errname: string } };
      assert.equal(refused.data.errname, 'ENOTAUTHENTICATED');
      assert.equal((await socket.rpc('auth.login_with_api_key', [key]))['result'], true);
      assert.equal((await socket.rpc('core.ping'))['result'], 'pong');
    } finally {
      socket.close();
      await older.stop();
    }
  });

  it('encodes envelopes and errors as the middleware does', async () => {
    raw.send('{not json');
    assert.equal((await raw.next((m) => m['id'] === null))['error'] && true, true);
    raw.send([{ jsonrpc: '2.0', id: 1, method: 'core.ping' }]);
    const batch = await raw.next((m) => m['id'] === null);
    assert.equal((batch['error'] as { message: string }).message, 'Batch messages are not supported at this time');
    assert.equal(((await raw.rpc('no.such.method'))['error'] as { code: number }).code, -32601);
    const tooMany = (await raw.rpc('core.ping', [1]))['error'] as { code: number; data: { extra: unknown[] } };
    assert.equal(tooMany.code, -32602);
    assert.deepEqual(tooMany.data.extra, [['', 'Too many arguments (expected 0, found 1)', 22]]);
    const notFound = (await raw.rpc('pool.dataset.delete', ['tank/none']))['error'] as { code: number; data: Record<string, unknown> };
    assert.equal(notFound.code, -32602);
    assert.equal(notFound.data['error'], 22);
    assert.deepEqual(notFound.data['extra'], [[null, 'PoolDataset tank/none does not exist', 2]]);
    assert.ok('trace' in notFound.data);
    assert.equal(notFound.data['reason'], '[ENOENT] None: PoolDataset tank/none does not exist');
    raw.send({ jsonrpc: '2.0', method: 'pool.dataset.create', params: [{ name: 'tank/silent' }] });
    const answered = await raw.rpc('core.ping');
    assert.equal(answered['result'], 'pong');
    assert.ok(sim.state.datasets.has('tank/silent'), 'a call without id runs but gets no answer');
  });

  it('returns a job id for job methods and tracks the job in core.get_jobs', async () => {
    const started = await raw.rpc('service.control', ['START', 'cifs', {}]);
    const id = started['result'] as number;
    assert.equal(typeof id, 'number');
    // Asked again until the job has ended, however long a loaded machine takes to run it.
    const jobNow = async () => ((await raw.rpc('core.get_jobs', [[['id', '=', id]]]))['result'] as Record<string, unknown>[])[0];
    let job = await jobNow();
    while (job?.['state'] === 'WAITING' || job?.['state'] === 'RUNNING') job = await jobNow();
    assert.equal(job?.['state'], 'SUCCESS');
    assert.equal(job?.['result'], true);
    assert.ok((job?.['time_started'] as { $date: number }).$date > 0);
  });

  it('answers job calls with their result after core.set_options({legacy_jobs: false}) on 25.10', async () => {
    const other = await ws(sim, '/api/current');
    await other.rpc('auth.login_with_api_key', [key]);
    assert.deepEqual((await other.rpc('core.set_options', [{ legacy_jobs: false }]))['result'], {
      legacy_jobs: false,
      private_methods: false,
      py_exceptions: false,
    });
    assert.equal((await other.rpc('service.control', ['RESTART', 'ssh', {}]))['result'], true);
    other.close();
  });

  it('sends collection_update events for subscribed jobs', async () => {
    const subscription = (await raw.rpc('core.subscribe', ['core.get_jobs']))['result'];
    assert.equal(typeof subscription, 'string');
    const id = (await raw.rpc('service.control', ['STOP', 'cifs', {}]))['result'] as number;
    const isJobEvent = (msg: string) => (m: Record<string, unknown>) =>
      m['method'] === 'collection_update' && (m['params'] as { id: number; msg: string }).id === id && (m['params'] as { msg: string }).msg === msg;
    const added = await raw.next(isJobEvent('added'));
    assert.equal(added['id'], undefined, 'notifications carry no id');
    assert.equal((added['params'] as { collection: string }).collection, 'core.get_jobs');
    let state = '';
    while (state !== 'SUCCESS') state = ((await raw.next(isJobEvent('changed')))['params'] as { fields: { state: string } }).fields.state;
    assert.equal((await raw.rpc('core.unsubscribe', [subscription]))['result'], null);
  });

  it('evaluates query filters and options', async () => {
    const q = async (filters: unknown[], options: object = {}) => (await raw.rpc('service.query', [filters, options]))['result'];
    assert.equal(await q([], { count: true }), 8, '25.10: smartd dropped, nvmet added');
    assert.deepEqual(
      ((await q([['service', '^', 'n']])) as { service: string }[]).map((s) => s.service),
      ['nfs', 'nvmet'],
    );
    assert.deepEqual(
      await q(
        [
          [
            'OR',
            [
              ['service', '=', 'ssh'],
              ['service', 'C=', 'UPS'],
            ],
          ],
        ],
        { order_by: ['-service'], select: ['service'] },
      ),
      [{ service: 'ups' }, { service: 'ssh' }],
    );
    assert.deepEqual(await q([['service', '~', 'sh']]), [], '~ is anchored at the start');
    const miss = (await raw.rpc('service.query', [[['service', '=', 'x']], { get: true }]))['error'] as { code: number; data: { reason: string } };
    assert.equal(miss.code, -32001);
    assert.equal(miss.data.reason, 'MatchNotFound()');
    assert.equal(((await raw.rpc('service.query', [[['service', 'bad', 1]]]))['error'] as { code: number }).code, -32602);
  });
});

describe('simulator legacy /websocket', () => {
  it('needs the connect handshake and reports errors with their own errno', async () => {
    const sim = await start();
    const raw = await ws(sim, '/websocket');
    raw.send({ msg: 'method', id: 'x', method: 'core.ping', params: [] });
    assert.deepEqual(await raw.next(), { msg: 'failed', version: '1' });
    raw.send({ msg: 'connect', version: '1', support: ['1'] });
    assert.equal((await raw.next())['msg'], 'connected');
    raw.send({ msg: 'ping', id: 'p' });
    assert.deepEqual(await raw.next(), { msg: 'pong', id: 'p' });
    const call = async (id: string, method: string, params: unknown[]) => {
      raw.send({ msg: 'method', id, method, params });
      return raw.next((m) => m['id'] === id);
    };
    assert.equal((await call('1', 'auth.login_with_api_key', [key]))['result'], true);
    const single = (await call('2', 'pool.dataset.delete', ['tank/none']))['error'] as Record<string, unknown>;
    assert.equal(single['error'], 2);
    assert.equal(single['type'], 'VALIDATION');
    const several = (await call('3', 'pool.dataset.create', [{ name: 'tank/x', type: 'FILESYSTEM', volsize: 1, sparse: true }]))['error'] as Record<
      string,
      unknown
    >;
    assert.equal(several['error'], 11);
    // 25.10: the pydantic union reports each member's problems under the member's model name.
    assert.deepEqual(
      (several['extra'] as unknown[][]).map(([attribute]) => attribute),
      ['data.PoolDatasetCreateFilesystem.volsize', 'data.PoolDatasetCreateFilesystem.sparse', 'data.PoolDatasetCreateVolume.type'],
    );
    assert.equal(((await call('4', 'no.method', []))['error'] as Record<string, unknown>)['errname'], 'ENOMETHOD');
    raw.close();
    await sim.stop();
  });
});

describe('simulator REST /api/v2.0', () => {
  it('maps routes, auth and errors to status codes', async () => {
    const sim = await start({ version: '25.04.2' });
    const call = async (method: string, path: string, body?: unknown, auth = `Bearer ${key}`) => {
      const res = await request(`${sim.url}/api/v2.0${path}`, {
        method: method as 'GET',
        headers: { authorization: auth },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.body.text();
      const json = String(res.headers['content-type']).startsWith('application/json');
      return { status: res.statusCode, body: json && text ? (JSON.parse(text) as unknown) : null, text };
    };
    assert.equal((await call('GET', '/system/info', undefined, '')).status, 401);
    assert.equal((await call('GET', '/system/info', undefined, 'Bearer 1-nope')).text, 'Invalid API key');
    assert.equal((await call('POST', '/pool/dataset', { name: 'tank/rest' })).status, 200);
    const got = await call('GET', '/pool/dataset/id/tank%2Frest');
    assert.equal((got.body as { id: string }).id, 'tank/rest');
    assert.deepEqual(await call('GET', '/pool/dataset/id/tank%2Fnone'), { status: 404, body: { message: '' }, text: '{\n "message": ""\n}' });
    const missing = await call('DELETE', '/pool/dataset/id/tank%2Fnone');
    assert.equal(missing.status, 422);
    assert.deepEqual(missing.body, { null: [{ message: 'PoolDataset tank/none does not exist', errno: 2 }] });
    const listed = await call('GET', '/pool/dataset?name__%5E=tank%2Fre');
    assert.deepEqual(
      (listed.body as { id: string }[]).map((d) => d.id),
      ['tank/rest'],
    );
    const callError = await call('POST', '/pool/dataset', { name: 'tank/rest', type: 'VOLUME', volsize: 16384 });
    assert.deepEqual(callError, {
      status: 422,
      body: { message: "Failed to create dataset: cannot create 'tank/rest': dataset already exists", errno: 14 },
      text: callError.text,
    });
    assert.equal((await call('POST', '/service/start', { service: 'nfs', options: {} })).body, true);
    assert.equal((await call('POST', '/service/start', { service: 'nfs', bogus: 1 })).status, 400);
    await sim.stop();
  });
});

describe('simulator versions, rate limit and TLS', () => {
  it('serves the endpoints and method names of the selected version', async () => {
    const old = await start({ version: '24.10.2' });
    await assert.rejects(ws(old, '/api/current'), /404/);
    (await ws(old, '/websocket')).close();
    await old.stop();
    const next = await start({ version: '26.04.0' });
    assert.equal((await request(`${next.url}/api/v2.0/system/info`)).statusCode, 404);
    const raw = await ws(next, '/api/current');
    await raw.rpc('auth.login_with_api_key', [key]);
    assert.equal(((await raw.rpc('zfs.snapshot.query'))['error'] as { code: number }).code, -32601, 'zfs.snapshot is private from 25.10');
    assert.ok(Array.isArray((await raw.rpc('pool.snapshot.query'))['result']));
    raw.close();
    await next.stop();
  });

  it('limits unauthenticated calls to 20 per window per address, then answers EBUSY', async () => {
    const sim = await start();
    const raw = await ws(sim, '/api/current');
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push(await raw.rpc('auth.login_with_api_key', ['1-bad']));
    assert.ok(answers.slice(0, 20).every((a) => a['result'] === false));
    const limited = answers[20]!['error'] as { data: { errname: string; reason: string } };
    assert.equal(limited.data.errname, 'EBUSY');
    assert.equal(limited.data.reason, '[EBUSY] Rate Limit Exceeded');
    raw.close();
    await sim.stop();
    const open = await start({ loginRateLimit: false });
    const free = await ws(open, '/api/current');
    for (let i = 0; i < 25; i++) assert.equal((await free.rpc('auth.login_with_api_key', ['1-bad']))['result'], false);
    free.close();
    await open.stop();
  });

  it('serves TLS with a generated certificate', async () => {
    const sim = await start({ tls: true });
    assert.match(sim.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(sim.caPem ?? '', /BEGIN CERTIFICATE/);
    const { Agent } = await import('undici');
    const res = await request(`${sim.url}/api/versions`, { dispatcher: new Agent({ connect: { ca: sim.caPem! } }) });
    assert.deepEqual(await res.body.json(), ['v25.10.0']);
    await sim.stop();
  });
});
