// Per-call CPU of our provider, in one process and without terraform: the benchmark provider's
// tfplugin6 service (src/plugin/provider-service.ts on src/framework/server.ts) is driven with the
// protobuf requests terraform sends for N resources, each call going through the same path a
// real one takes after grpc-js has read its frame: protobuf decode, handler, protobuf encode.
// The requests are built (and encoded) before timing starts; CPU is process.cpuUsage() over many
// rounds, so a loaded machine slows the run but changes the figures little. It measures one
// change against another better than the terraform runs can: `make bench` needs minutes and
// three provider starts per command, this needs seconds.
//
//   node --import tsx bench/percall.ts [resource] [rounds]     (default bench_dataset, 20 rounds of 100)
//
// With PERCALL_GRPC=1 the calls go over gRPC instead: the provider runs as terraform starts it
// (its own process, AutoMTLS on a unix socket) and its CPU is read from /proc, so transport
// (HTTP/2, TLS, grpc-js) is counted too; this process is only the client.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { MethodDefinition } from '@grpc/grpc-js';
import { silentLogger } from '../src/log/logger.js';
import { providerService } from '../src/plugin/provider-service.js';
import { StopSignal } from '../src/plugin/stop-signal.js';
import { loadProtocolServices } from '../src/protocol/descriptor.js';
import { createProviderServer } from '../src/framework/server.js';
import { blockType } from '../src/framework/implied-type.js';
import { decodeMsgpack, encodeMsgpack } from '../src/values/msgpack.js';
import { encodeJsonValue } from '../src/values/json-value.js';
import type { Value } from '../src/values/types.js';
import { benchProvider } from './reference/node-provider.js';
import { RPC_KINDS } from './reference/rpc-kinds.js';

type Rpc = (typeof RPC_KINDS)[number]['rpc'];
type Method = MethodDefinition<object, object>;
interface Call {
  readonly rpc: Rpc;
  readonly bytes: Buffer;
}

const services = loadProtocolServices();
const method = (rpc: string): Method => services.provider[rpc] as Method;
const encode = (rpc: string, request: object): Buffer => method(rpc).requestSerialize(request);

/** What terraform's refresh-plan and apply of `n` resources of `typeName` send, in its order, per resource. */
export async function terraformRequests(typeName: string, n: number): Promise<{ plan: Call[]; apply: Call[] }> {
  const resource = benchProvider.resources.find((r) => r.name === typeName);
  if (!resource) throw new Error(`the benchmark provider has no ${typeName}`);
  const type = blockType(resource.schema);
  const dv = (value: Value) => ({ msgpack: Buffer.from(encodeMsgpack(value, type)) });
  const direct = await inProcessService();
  const plan: Call[] = [];
  const apply: Call[] = [];
  for (let i = 0; i < n; i++) {
    const config = Object.fromEntries(Object.keys(resource.schema.attributes).map((name) => [name, null])) as Record<string, Value>;
    config.name = typeName === 'bench_dataset' ? `tank/bench-${i}` : `bench-${i}`;
    const validate = { rpc: 'ValidateResourceConfig', bytes: encode('ValidateResourceConfig', { type_name: typeName, config: dv(config) }) } as const;
    const createPlan = encode('PlanResourceChange', { type_name: typeName, prior_state: dv(null), proposed_new_state: dv(config), config: dv(config) });
    const planned = (await direct('PlanResourceChange', createPlan)) as { planned_state: { msgpack: Buffer } };
    const applyBytes = encode('ApplyResourceChange', { type_name: typeName, prior_state: dv(null), planned_state: planned.planned_state, config: dv(config) });
    const applied = (await direct('ApplyResourceChange', applyBytes)) as { new_state: { msgpack: Buffer } };
    apply.push(validate, { rpc: 'PlanResourceChange', bytes: createPlan }, validate, { rpc: 'PlanResourceChange', bytes: createPlan });
    apply.push({ rpc: 'ApplyResourceChange', bytes: applyBytes });
    const state = decodeMsgpack(applied.new_state.msgpack, type);
    const stateDv = { msgpack: applied.new_state.msgpack };
    plan.push(validate);
    plan.push({
      rpc: 'UpgradeResourceState',
      bytes: encode('UpgradeResourceState', {
        type_name: typeName,
        version: resource.schema.version,
        raw_state: { json: Buffer.from(encodeJsonValue(state, type)) },
      }),
    });
    plan.push({ rpc: 'ReadResource', bytes: encode('ReadResource', { type_name: typeName, current_state: stateDv }) });
    plan.push({
      rpc: 'PlanResourceChange',
      bytes: encode('PlanResourceChange', { type_name: typeName, prior_state: stateDv, proposed_new_state: stateDv, config: dv(config) }),
    });
  }
  return { plan, apply };
}

/** The provider service as grpc-js calls it, from request bytes to response bytes. */
async function inProcessService(): Promise<(rpc: string, bytes: Buffer) => Promise<object>> {
  const implementation = providerService(createProviderServer(benchProvider), { logger: silentLogger, stopSignal: new StopSignal() });
  const call = (rpc: string, bytes: Buffer) =>
    new Promise<object>((resolve, reject) => {
      const m = method(rpc);
      const handler = implementation[rpc] as (call: unknown, callback: (error: unknown, response?: object) => void) => void;
      const fakeCall = { request: m.requestDeserialize(bytes), on() {} };
      handler(fakeCall, (error, response) => {
        if (error) reject(new Error(JSON.stringify(error)));
        else {
          m.responseSerialize(response!);
          resolve(response!);
        }
      });
    });
  await call('ConfigureProvider', encode('ConfigureProvider', { config: { msgpack: Buffer.from(encodeMsgpack({}, blockType(benchProvider.schema))) } }));
  return call;
}

type Totals = Record<string, { calls: number; cpuUs: number }>;

async function timeInProcess(calls: readonly Call[], rounds: number): Promise<Totals> {
  const service = await inProcessService();
  const totals: Totals = {};
  for (let round = -3; round < rounds; round++) {
    // Kinds are timed apart (one kind's calls in a row), each round in terraform's order otherwise.
    for (const { rpc } of RPC_KINDS) {
      const mine = calls.filter((c) => c.rpc === rpc);
      if (mine.length === 0) continue;
      const start = process.cpuUsage();
      for (const c of mine) await service(c.rpc, c.bytes);
      const used = process.cpuUsage(start);
      if (round < 0) continue; // warm-up: let the JIT settle
      const t = (totals[rpc] ??= { calls: 0, cpuUs: 0 });
      t.calls += mine.length;
      t.cpuUs += used.user + used.system;
    }
  }
  return totals;
}

/** utime + stime of a process, in µs (clock ticks of 10 ms: time enough calls). */
function processCpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function timeOverGrpc(calls: readonly Call[], rounds: number, parallelism = 10): Promise<Totals> {
  const harness = await import('../test/plugin/harness.js');
  const plain = process.env.PERCALL_PLAIN === '1';
  const client = plain ? undefined : await harness.createTlsIdentity();
  // PERCALL_NODE_ARGS: node options for the provider process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`.
  const nodeArgs = process.env.PERCALL_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const script = process.env.PERCALL_SERVER ?? new URL('./reference/node-provider-main.ts', import.meta.url).pathname;
  // PERCALL_PROVIDER_WRAPPER: a command the provider runs under, e.g. `valgrind --tool=callgrind`
  // to count its instructions over gRPC (bench/percall-cuts.md).
  const wrapper = process.env.PERCALL_PROVIDER_WRAPPER?.split(' ').filter(Boolean) ?? [];
  const [command, ...commandArgs] = [...wrapper, process.execPath];
  const child = spawn(command!, [...commandArgs, ...nodeArgs, '--import', 'tsx', script], {
    env: harness.hostEnvironment(client),
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: harness.repositoryRoot,
  });
  try {
    const handshake = harness.parseHandshake(await harness.handshakeLineOf(child));
    const { credentials } = await import('@grpc/grpc-js');
    const connection = harness.connect(handshake.socketPath, client ? harness.mtlsCredentials(handshake, client) : credentials.createInsecure());
    const raw = (rpc: string, bytes: Buffer) =>
      new Promise<void>((resolve, reject) =>
        connection.makeUnaryRequest(
          method(rpc).path,
          () => bytes,
          (b: Buffer) => b,
          bytes,
          (error) => (error ? reject(error) : resolve()),
        ),
      );
    await raw('ConfigureProvider', encode('ConfigureProvider', { config: { msgpack: Buffer.from(encodeMsgpack({}, blockType(benchProvider.schema))) } }));
    const totals: Totals = {};
    for (let round = -3; round < rounds; round++) {
      for (const { rpc } of RPC_KINDS) {
        const mine = calls.filter((c) => c.rpc === rpc);
        if (mine.length === 0) continue;
        const start = processCpuUs(child.pid!);
        for (let i = 0; i < mine.length; i += parallelism) await Promise.all(mine.slice(i, i + parallelism).map((c) => raw(c.rpc, c.bytes)));
        const used = processCpuUs(child.pid!) - start;
        if (round < 0) continue;
        const t = (totals[rpc] ??= { calls: 0, cpuUs: 0 });
        t.calls += mine.length;
        t.cpuUs += used;
      }
    }
    connection.close();
    return totals;
  } finally {
    child.kill('SIGTERM'); // the provider exits cleanly on SIGTERM, writing a profile if asked
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const typeName = process.argv[2] ?? 'bench_dataset';
  const N = Number(process.env.PERCALL_N ?? 100); // resources per round
  const rounds = Number(process.argv[3] ?? 20);
  const { plan, apply } = await terraformRequests(typeName, N);
  const grpc = process.env.PERCALL_GRPC === '1';
  const time = grpc ? timeOverGrpc : timeInProcess;
  console.log(`${typeName}, ${grpc ? 'over gRPC (provider process CPU)' : 'in process (protobuf, handler, protobuf)'}: µs of CPU per call`);
  const only = process.env.PERCALL_COMMAND; // plan or apply: time that command only
  for (const [command, calls] of Object.entries({ apply, plan }).filter(([c]) => only === undefined || c === only)) {
    const totals = await time(calls, rounds);
    const all = Object.values(totals).reduce((sum, t) => sum + t.cpuUs, 0);
    for (const [rpc, t] of Object.entries(totals)) console.log(`  ${command.padEnd(6)} ${rpc.padEnd(24)} ${(t.cpuUs / t.calls).toFixed(1)}`);
    console.log(`  ${command.padEnd(6)} ${'per resource'.padEnd(24)} ${(all / (rounds * N)).toFixed(1)}`);
  }
}
