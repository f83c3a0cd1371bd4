// The legacy `/websocket` protocol (24.10 and older; still served later): a `connect`
// handshake, then `method` messages answered by `result` messages.
import type WebSocket from 'ws';
import { fromTrueNASError } from './decode-error.js';
import { TrueNASConnectionError } from './errors.js';
import type { TlsOptions } from './transport.js';
import { WsTransport, openSocket, type Incoming } from './ws-transport.js';

function handshake(socket: WebSocket, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TrueNASConnectionError('connect', 'no answer to the legacy connect handshake', false)), timeoutMs);
    socket.once('message', (data) => {
      clearTimeout(timer);
      const reply = JSON.parse(data.toString()) as { msg?: string };
      if (reply.msg === 'connected') resolve();
      else reject(new TrueNASConnectionError('connect', `legacy handshake refused (${String(reply.msg)})`, false));
    });
    socket.send(JSON.stringify({ msg: 'connect', version: '1', support: ['1'] }));
  });
}

export class LegacyTransport extends WsTransport {
  readonly kind = 'legacy-websocket' as const;

  static async connect(baseUrl: string, tls: TlsOptions, timeoutMs: number): Promise<LegacyTransport> {
    const socket = await openSocket(`${baseUrl}/websocket`, tls, timeoutMs);
    try {
      await handshake(socket, timeoutMs);
    } catch (err) {
      socket.terminate();
      throw err;
    }
    return new LegacyTransport(socket);
  }

  private constructor(socket: WebSocket) {
    super(socket);
  }

  protected encode(id: string, method: string, params: readonly unknown[]): string {
    return JSON.stringify({ msg: 'method', id, method, params });
  }

  protected decode(message: Record<string, unknown>): Incoming {
    if (message['msg'] !== 'result' || typeof message['id'] !== 'string') return { kind: 'other', message };
    const id = message['id'];
    const error = message['error'];
    if (error !== undefined && error !== null) return { kind: 'error', id, toError: (method) => fromTrueNASError(method, error, 'call failed') };
    return { kind: 'result', id, result: message['result'] };
  }
}
