// JSON-RPC 2.0 on `/api/current` (TrueNAS 25.04 and newer).
import type WebSocket from 'ws';
import { fromJsonRpcError } from './decode-error.js';
import type { TlsOptions } from './transport.js';
import { WsTransport, openSocket, type Incoming } from './ws-transport.js';

export class JsonRpcTransport extends WsTransport {
  readonly kind = 'websocket' as const;

  static async connect(baseUrl: string, tls: TlsOptions, timeoutMs: number): Promise<JsonRpcTransport> {
    return new JsonRpcTransport(await openSocket(`${baseUrl}/api/current`, tls, timeoutMs));
  }

  private constructor(socket: WebSocket) {
    super(socket);
  }

  protected encode(id: string, method: string, params: readonly unknown[]): string {
    return JSON.stringify({ jsonrpc: '2.0', id, method, params });
  }

  protected decode(message: Record<string, unknown>): Incoming {
    if (typeof message['id'] !== 'string') return { kind: 'other', message };
    const id = message['id'];
    if ('error' in message) return { kind: 'error', id, toError: (method) => fromJsonRpcError(method, message['error']) };
    return { kind: 'result', id, result: message['result'] };
  }
}
