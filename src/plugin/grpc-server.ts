// The gRPC server a plugin host talks to, on Node's own HTTP/2: what go-plugin and terraform
// use (unary calls, a server stream, a bidirectional stream) with grpc-js's wire behaviour:
// its response headers and trailers, status codes and messages, `grpc-timeout` deadlines,
// cancellation when the host resets a stream, message size limits, and gzip/deflate requests.
//
// grpc-js's own server did the same through a chain of interceptors, metadata objects, a read
// queue and channelz trackers per call: as much CPU per call as the provider's own handling of
// it (bench/percall.ts, BENCHMARKS.md), on each of the thousands of calls of a large plan, and
// its modules were read and evaluated on every one of terraform's provider starts.
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { createServer, type Http2Server, type Http2Session, type IncomingHttpHeaders, type ServerHttp2Stream } from 'node:http2';
import type { Socket } from 'node:net';
import { frameMessage, messageBytes, MessageReader, type CallStatus, type RawMessage } from './grpc-frames.js';

/** The status codes the plugin's services answer with (grpc.Status). */
export const status = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;

export type { CallStatus };
export type sendUnaryData<Response> = (error: CallStatus | null, value?: Response) => void;

/** A unary call as its handler sees it. */
export interface ServerUnaryCall<Request, _Response = object> {
  readonly request: Request;
  /** The host gave up on the call (reset the stream) or its deadline passed. */
  on(event: 'cancelled', listener: () => void): void;
}

/** A server-streaming call: the request, and ending the stream (go-plugin's stdio sends nothing). */
export interface ServerWritableStream<Request, _Response = object> extends ServerUnaryCall<Request> {
  end(): void;
}

/** A bidirectional call: the host's messages as they come, and ending the call. */
export interface ServerDuplexStream<_Request, _Response = object> {
  on(event: 'data', listener: (message: object) => void): void;
  on(event: 'end' | 'error' | 'cancelled', listener: () => void): void;
  end(): void;
}

type UnaryHandler = (call: ServerUnaryCall<never>, callback: sendUnaryData<object>) => void;
type ServerStreamHandler = (call: ServerWritableStream<never>) => void;
type BidiHandler = (call: ServerDuplexStream<never>) => void;
export type UntypedServiceImplementation = Record<string, UnaryHandler | ServerStreamHandler | BidiHandler>;

export interface GrpcServerOptions {
  readonly maxReceiveMessageBytes: number;
  readonly maxSendMessageBytes: number;
}

interface RegisteredMethod {
  readonly definition: MethodDefinition<object, object>;
  readonly handler: UnaryHandler | ServerStreamHandler | BidiHandler;
}

const DEADLINE = /(\d{1,8})\s*([HMSmun])/;
const DEADLINE_UNIT_MS: Readonly<Record<string, number>> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 };
const RESPONSE_HEADERS = { ':status': 200, 'content-type': 'application/grpc+proto' } as const;
const MESSAGE_HEADERS = { ...RESPONSE_HEADERS, 'grpc-accept-encoding': 'identity,deflate,gzip', 'grpc-encoding': 'identity' } as const;

export class GrpcServer {
  private readonly methods = new Map<string, RegisteredMethod>();
  private readonly http2: Http2Server;
  private readonly sessions = new Set<Http2Session>();

  constructor(private readonly options: GrpcServerOptions) {
    // As grpc-js: no limit on the session's memory (Node degrades badly at it) or header size.
    this.http2 = createServer({ maxSessionMemory: Number.MAX_SAFE_INTEGER, maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER });
    this.http2.on('stream', (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => this.serve(stream, headers));
    this.http2.on('session', (session: Http2Session) => {
      this.sessions.add(session);
      session.on('error', () => {}); // the streams' close events report what matters
      session.once('close', () => this.sessions.delete(session));
    });
  }

  addService(service: ServiceDefinition, implementation: UntypedServiceImplementation): void {
    for (const [name, definition] of Object.entries(service)) {
      const handler = implementation[name] as UntypedServiceImplementation[string] | undefined;
      if (handler) this.methods.set(definition.path, { definition: definition as MethodDefinition<object, object>, handler });
    }
  }

  /** Serves HTTP/2 on a connection already accepted (and decrypted) by the caller. */
  injectConnection(socket: Socket): void {
    this.http2.emit('connection', socket);
  }

  /** Ends every connection at once. */
  forceShutdown(): void {
    for (const session of this.sessions) session.destroy();
    this.http2.close();
  }

  private serve(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
    stream.once('error', () => {}); // followed by 'close', which cancels the call
    const contentType = headers['content-type'];
    if (typeof contentType !== 'string' || !contentType.startsWith('application/grpc')) {
      stream.respond({ ':status': 415 }, { endStream: true });
      return;
    }
    const path = headers[':path'] ?? '';
    const method = this.methods.get(path);
    if (method === undefined) {
      trailersOnly(stream, { code: status.UNIMPLEMENTED, details: `The server does not implement the method ${path}` });
      return;
    }
    new Call(stream, headers, method, this.options).start();
  }
}

function trailersOnly(stream: ServerHttp2Stream, end: CallStatus): void {
  if (stream.destroyed || stream.closed) return;
  stream.respond({ 'grpc-status': end.code, 'grpc-message': encodeURI(end.details), ...RESPONSE_HEADERS }, { endStream: true });
}

/** One call on one stream: reads the request messages, runs the handler, answers once. */
class Call implements ServerWritableStream<never>, ServerDuplexStream<never> {
  private readonly reader: MessageReader;
  private readonly encoding: string;
  private readonly listeners: Record<string, Array<(message: object) => void>> = {};
  private messages: object[] = [];
  private deadline: NodeJS.Timeout | undefined;
  private headersSent = false;
  private ended = false;
  private cancelled = false;
  request = undefined as never;

  constructor(
    private readonly stream: ServerHttp2Stream,
    headers: IncomingHttpHeaders,
    private readonly method: RegisteredMethod,
    private readonly options: GrpcServerOptions,
  ) {
    this.reader = new MessageReader(options.maxReceiveMessageBytes);
    const encoding = headers['grpc-encoding'];
    this.encoding = typeof encoding === 'string' ? encoding : 'identity';
    stream.once('close', () => {
      clearTimeout(this.deadline);
      if (!this.ended) this.cancel();
    });
    const timeout = headers['grpc-timeout'];
    if (typeof timeout === 'string') this.startDeadline(timeout);
  }

  start(): void {
    const { requestStream, responseStream } = this.method.definition;
    this.stream.on('data', (chunk: Buffer) => this.receive(chunk));
    if (requestStream && responseStream) {
      (this.method.handler as BidiHandler)(this);
      this.stream.once('end', () => this.emit('end'));
      return;
    }
    this.stream.once('end', () => this.requestComplete());
  }

  on(event: string, listener: (message: object) => void): void {
    (this.listeners[event] ??= []).push(listener);
  }

  /** Ends a streaming call with OK. */
  end(): void {
    this.finish({ code: status.OK, details: 'OK' });
  }

  /** `message` only for 'data'; the other events' listeners take none. */
  private emit(event: string, message: object = {}): void {
    for (const listener of this.listeners[event] ?? []) listener(message);
  }

  private receive(chunk: Buffer): void {
    if (this.ended) return;
    let arrived: RawMessage[];
    try {
      arrived = this.reader.push(chunk);
    } catch (error) {
      return this.finish(error as CallStatus);
    }
    for (const raw of arrived) {
      let message: object;
      try {
        message = this.method.definition.requestDeserialize(messageBytes(raw, this.encoding, this.options.maxReceiveMessageBytes));
      } catch (error) {
        const known = typeof (error as Partial<CallStatus>).code === 'number';
        return this.finish(known ? (error as CallStatus) : { code: status.INTERNAL, details: 'Error deserializing request' });
      }
      if (this.method.definition.requestStream) this.emit('data', message);
      else if (this.messages.length > 0) {
        return this.finish({
          code: status.UNIMPLEMENTED,
          details: `Received a second request message for server streaming method ${this.method.definition.path}`,
        });
      } else this.messages.push(message);
    }
  }

  private requestComplete(): void {
    if (this.ended) return;
    const [request] = this.messages;
    if (request === undefined) {
      return this.finish({ code: status.UNIMPLEMENTED, details: `Received no request message for server streaming method ${this.method.definition.path}` });
    }
    this.messages = [];
    this.request = request as never;
    if (this.method.definition.responseStream) return (this.method.handler as ServerStreamHandler)(this);
    (this.method.handler as UnaryHandler)(this, (error, value) => (error ? this.finish(error) : this.answer(value ?? {})));
  }

  private answer(value: object): void {
    if (this.ended) return;
    let framed: Buffer;
    try {
      framed = frameMessage(this.method.definition.responseSerialize(value));
    } catch {
      return this.finish({ code: status.INTERNAL, details: 'Error serializing response' });
    }
    if (framed.length - 5 > this.options.maxSendMessageBytes) {
      return this.finish({
        code: status.RESOURCE_EXHAUSTED,
        details: `Sent message larger than max (${framed.length} vs. ${this.options.maxSendMessageBytes})`,
      });
    }
    this.stream.respond(MESSAGE_HEADERS, { waitForTrailers: true });
    this.headersSent = true;
    this.stream.write(framed);
    this.finish({ code: status.OK, details: 'OK' });
  }

  /** Sends the status: in the trailers after an answer, else as a trailers-only response. */
  private finish(end: CallStatus): void {
    if (this.ended || this.cancelled) return;
    this.ended = true;
    clearTimeout(this.deadline);
    if (this.stream.destroyed || this.stream.closed) return;
    if (!this.headersSent) return trailersOnly(this.stream, end);
    this.stream.once('wantTrailers', () => this.stream.sendTrailers({ 'grpc-status': end.code, 'grpc-message': encodeURI(end.details) }));
    this.stream.end();
  }

  private cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.stream.resume(); // drain what the host still sends
    process.nextTick(() => this.emit('cancelled'));
  }

  private startDeadline(header: string): void {
    const match = DEADLINE.exec(header);
    if (match === null) {
      // After the constructor, as grpc-js does.
      process.nextTick(() => this.finish({ code: status.INTERNAL, details: `Invalid grpc-timeout value "${header}"` }));
      return;
    }
    const ms = (Number(match[1]) * DEADLINE_UNIT_MS[match[2]!]!) | 0;
    this.deadline = setTimeout(() => {
      this.finish({ code: status.DEADLINE_EXCEEDED, details: 'Deadline exceeded' });
      this.cancel();
    }, ms);
  }
}
