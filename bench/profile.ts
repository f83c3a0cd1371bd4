// Where our provider's CPU goes per resource call: V8 CPU profiles (`node --cpu-prof`) of the
// benchmark provider, each sample charged to the call kind whose handler (or ResourceRuntime
// method: an async one resumes with no handler below it) is on its stack and to
// the layer of the nearest frame that belongs to one (by source file: the profile run starts
// the provider from source, so frames name src/... files):
// - transport: gRPC, HTTP/2, TLS, protobuf (grpc-js, protobufjs, node's http2/tls/net,
//   src/plugin, src/protocol);
// - decoding: msgpack and JSON to values (src/values' decode/parse files, wire.ts decodeDynamic);
// - encoding: values to msgpack/JSON and diagnostics (src/values' encode files, wire.ts encoders);
// - framework: the rules (plan, validation, reconcile, models, the rest of src/values and
//   src/framework) and the resource's own code;
// - gc and other (V8 internals not below any of these).
// Samples outside any handler (reading and writing the gRPC frames, decoding the protobuf
// request before the handler runs, encoding the response after) carry no kind: they are
// reported apart, and spread over the calls by count where a per-call total is shown; those
// before a process's first resource call are its start-up (`startup`), reported apart too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RPC_KINDS } from './reference/rpc-kinds.js';

export const LAYERS = ['transport', 'decoding', 'framework', 'encoding', 'gc', 'other'] as const;
export type Layer = (typeof LAYERS)[number];

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const TRANSPORT = [
  /\/@grpc\//,
  /\/protobufjs\//,
  /\/@protobufjs\//,
  /^node:(internal\/)?(http2|tls|_tls|net|stream|internal\/streams)/,
  /\/src\/plugin\//,
  /\/src\/protocol\//,
];
const FRAMEWORK = [/\/src\/framework\//, /\/src\/values\//, /\/src\/providers\//, /\/test\/provider\//, /\/bench\/reference\//];

/** The layer one frame belongs to, or undefined when the frame says nothing (a builtin, a node internal). */
export function layerOfFrame(frame: CallFrame): Layer | undefined {
  const { functionName, url } = frame;
  if (functionName === '(garbage collector)') return 'gc';
  if (url.endsWith('/src/framework/wire.ts')) {
    if (/^decode/.test(functionName)) return 'decoding';
    if (/^encode|ToProto$/.test(functionName)) return 'encoding';
  }
  if (/\/src\/values\/[^/]*(decode|parse)[^/]*\.ts$/.test(url) || /\/@msgpack\/msgpack\/.*Decoder/.test(url)) return 'decoding';
  if (/\/src\/values\/[^/]*encode[^/]*\.ts$/.test(url) || /\/@msgpack\/msgpack\/.*Encoder/.test(url)) return 'encoding';
  if (FRAMEWORK.some((pattern) => pattern.test(url))) return 'framework';
  if (TRANSPORT.some((pattern) => pattern.test(url))) return 'transport';
  return undefined;
}

const HANDLERS: ReadonlySet<string> = new Set(RPC_KINDS.map((kind) => kind.handler));
const HANDLER_OF_METHOD: ReadonlyMap<string, string> = new Map(RPC_KINDS.map((kind) => [kind.method, kind.handler]));

/** The call kind (handler name) a frame is the handler or the ResourceRuntime method of, if any. */
function kindOfFrame(frame: CallFrame): string | undefined {
  if (frame.url.endsWith('/src/framework/server.ts')) return HANDLERS.has(frame.functionName) ? frame.functionName : undefined;
  if (frame.url.endsWith('/src/framework/resource-runtime.ts')) return HANDLER_OF_METHOD.get(frame.functionName);
  return undefined;
}

/**
 * The call kind and layer of a sample whose stack is `stack`, leaf first: the kind is that of
 * the handler or ResourceRuntime method on the stack (or `outside`), the layer the nearest
 * frame's that has one.
 */
export function attributeSample(stack: readonly CallFrame[]): { kind: string; layer: Layer } {
  let layer: Layer | undefined;
  let kind = 'outside';
  for (const frame of stack) {
    layer ??= layerOfFrame(frame);
    const found = kindOfFrame(frame);
    if (found !== undefined) {
      kind = found;
      break;
    }
  }
  return { kind, layer: layer ?? 'other' };
}

export type LayerMs = Record<Layer, number>;

export interface ProfileSplit {
  /** CPU ms by call kind (handler name, or `outside`) and layer, summed over the profiles. */
  readonly ms: Record<string, LayerMs>;
  /** Calls answered, by handler name. */
  readonly calls: Record<string, number>;
  /** All sampled CPU time but idle, ms. */
  readonly totalMs: number;
  readonly processes: number;
}

const emptyLayers = (): LayerMs => Object.fromEntries(LAYERS.map((layer) => [layer, 0])) as LayerMs;

/**
 * Adds one process's samples to `ms`; returns the sampled CPU ms. Samples outside the handlers
 * before the first resource call are the process's start-up, charged to `startup`.
 */
function addProfile(profile: CpuProfile, ms: Record<string, LayerMs>): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map<number, { kind: string; layer: Layer } | null>();
  const attributed = profile.samples.map((id) => {
    let found = memo.get(id);
    if (found === undefined) {
      const stack: CallFrame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
      found = stack[0]?.functionName === '(idle)' ? null : attributeSample(stack);
      memo.set(id, found);
    }
    return found;
  });
  const firstCall = attributed.findIndex((a) => a !== null && a.kind !== 'outside');
  let total = 0;
  attributed.forEach((a, i) => {
    if (a === null) return;
    const kind = a.kind === 'outside' && (firstCall < 0 || i < firstCall) ? 'startup' : a.kind;
    const sampleMs = (profile.timeDeltas[i] ?? 0) / 1000;
    total += sampleMs;
    (ms[kind] ??= emptyLayers())[a.layer] += sampleMs;
  });
  return total;
}

/**
 * A main thread's profile: `node --cpu-prof` names them CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile,
 * thread 0 the main one. The others are tsx's module loader thread (the profiled provider runs
 * from source): an artefact of profiling from source that the bundled provider does not have.
 */
const isMainThreadProfile = (file: string) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(file);

/** Reads every main thread's `.cpuprofile` and `rpc-counts-*.json` in `dir` (one command's provider processes). */
export function splitProfiles(dir: string): ProfileSplit {
  const ms: Record<string, LayerMs> = {};
  const calls: Record<string, number> = {};
  let totalMs = 0;
  let processes = 0;
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    if (isMainThreadProfile(file)) {
      totalMs += addProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, ms);
      processes += 1;
    } else if (/^rpc-counts-\d+\.json$/.test(file)) {
      for (const [handler, count] of Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>))
        calls[handler] = (calls[handler] ?? 0) + count;
    }
  }
  return { ms, calls, totalMs, processes };
}
