// A scripted TrueNAS JSON-RPC endpoint on 127.0.0.1: each test gives the handlers of the methods
// it needs, written to what the real middleware does (cited at the test), independently of the
// simulator. Every call is recorded so a test can assert the exact params the client sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface RecordedCall {
  readonly method: string;
  readonly params: unknown[];
}

/** A handler's thrown ScriptedError becomes a JSON-RPC error with the middleware's data layout. */
export class ScriptedError extends Error {
  constructor(
    readonly errno: number,
    message: string,
    readonly code = -32001,
    readonly extra: unknown = null,
    readonly type = 'CALL_ERROR',
  ) {
    super(message);
  }
}

export type Handler = (params: unknown[], calls: readonly RecordedCall[]) => unknown;

export interface ScriptedServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Calls of one method, in order. */
  callsOf(method: string): RecordedCall[];
  stop(): Promise<void>;
}

/** Serves `/api/current`; a method without a handler answers -32601 as the real server does. */
export async function startScriptedServer(handlers: Record<string, Handler>): Promise<ScriptedServer> {
  const calls: RecordedCall[] = [];
  const http: Server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    if (req.url !== '/api/current') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', async (data) => {
        const message = JSON.parse(data.toString()) as { id: string; method: string; params?: unknown[] };
        const params = message.params ?? [];
        calls.push({ method: message.method, params });
        const handler = handlers[message.method];
        try {
          if (!handler) throw new ScriptedError(2, `Method ${message.method} does not exist`, -32601);
          const result = await handler(params, calls);
          ws.send(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: result ?? null }));
        } catch (err) {
          const e = err instanceof ScriptedError ? err : new ScriptedError(14, String(err));
          ws.send(
            JSON.stringify({
              jsonrpc: '2.0',
              id: message.id,
              error: {
                code: e.code,
                message: e.message,
                data: { error: e.errno, errname: null, reason: e.message, type: e.type, extra: e.extra, trace: null },
              },
            }),
          );
        }
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
