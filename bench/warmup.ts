// A fresh provider process's first calls, round by round: the benchmark provider built and
// started as terraform starts the shipped ones (start-up script, code cache, AutoMTLS), then
// sent a refresh-plan's calls (ValidateResourceConfig, UpgradeResourceState, ReadResource,
// PlanResourceChange per resource, in terraform's order, 40 in flight) for 100 resources a
// round. Prints the provider's CPU per round (utime + stime from /proc, 10 ms ticks) and, at
// the end, each of its threads' CPU: the main thread against V8's and libuv's workers, where
// the optimizing compiler and the concurrent GC run (bench/percall-cuts.md).
//
//   node --import tsx bench/warmup.ts [rounds]        (default 20)
//   WARMUP_NODE_ARGS='--no-opt' node --import tsx bench/warmup.ts
//
// Node options given this way change V8's flags, so the code cache made at the build is
// rejected and the start-up compiles from source: compare rounds, not the start.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodDefinition } from '@grpc/grpc-js';
import { blockType } from '../src/framework/implied-type.js';
import { loadProtocolServices } from '../src/protocol/descriptor.js';
import { encodeMsgpack } from '../src/values/msgpack.js';
import { terraformRequests } from './percall.js';
import { buildNodeProvider } from './reference/build.js';
import { benchProvider } from './reference/node-provider.js';

const RESOURCES_PER_ROUND = 100;
const IN_FLIGHT = 40;

const services = loadProtocolServices();
const method = (rpc: string) => services.provider[rpc] as MethodDefinition<object, object>;

/** utime + stime of a process or one of its threads, in ms. */
function cpuMs(statPath: string): number {
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Each thread's name and CPU so far (the main thread first: its id is the process id). */
function threadsCpu(pid: number): Array<{ name: string; ms: number }> {
  return readdirSync(`/proc/${pid}/task`)
    .sort((a, b) => Number(a) - Number(b))
    .map((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return { name: tid === String(pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.indexOf(')')), ms: cpuMs(`/proc/${pid}/task/${tid}/stat`) };
    });
}

const rounds = Number(process.argv[2] ?? 20);
const harness = await import('../test/plugin/harness.js');
const dir = mkdtempSync(join(tmpdir(), 'truemox-warmup-'));
try {
  const executable = await buildNodeProvider(dir);
  const { plan } = await terraformRequests('bench_dataset', RESOURCES_PER_ROUND);
  const client = await harness.createTlsIdentity();
  const nodeArgs = process.env.WARMUP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, executable], { env: harness.hostEnvironment(client), stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const handshake = harness.parseHandshake(await harness.handshakeLineOf(child));
    const connection = harness.connect(handshake.socketPath, harness.mtlsCredentials(handshake, client));
    const raw = (rpc: string, bytes: Buffer) =>
      new Promise<void>((resolve, reject) =>
        connection.makeUnaryRequest(
          method(rpc).path,
          (b: Buffer) => b,
          (b: Buffer) => b,
          bytes,
          (error) => (error ? reject(error) : resolve()),
        ),
      );
    const stat = `/proc/${child.pid}/stat`;
    await raw(
      'ConfigureProvider',
      method('ConfigureProvider').requestSerialize({ config: { msgpack: Buffer.from(encodeMsgpack({}, blockType(benchProvider.schema))) } }),
    );
    const startMs = cpuMs(stat);
    const perRound: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const before = cpuMs(stat);
      for (let i = 0; i < plan.length; i += IN_FLIGHT) await Promise.all(plan.slice(i, i + IN_FLIGHT).map((c) => raw(c.rpc, c.bytes)));
      perRound.push(cpuMs(stat) - before);
    }
    console.log(`start-up and ConfigureProvider: ${startMs} ms of CPU`);
    console.log(`rounds of ${RESOURCES_PER_ROUND} planned bench_dataset (ms of CPU): ${perRound.join(' ')}`);
    console.log(`first ${Math.min(5, rounds)} rounds ${perRound.slice(0, 5).reduce((a, b) => a + b, 0)} ms, all ${perRound.reduce((a, b) => a + b, 0)} ms`);
    console.log(
      `by thread, start-up included: ${threadsCpu(child.pid!)
        .map((t) => `${t.name} ${t.ms}`)
        .join(', ')}`,
    );
    connection.close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
