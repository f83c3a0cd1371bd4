// `/websocket`: the legacy DDP-like protocol (connect → connected, method → result, ping →
// pong), served by every version.
import type { WebSocket } from 'ws';
import type { Dispatcher } from './dispatcher.js';
import { toLegacyError } from './error-encoding.js';
import { runOrDrop, type SimFaults } from './faults.js';
import { randomUUID } from 'node:crypto';
import { reviveWireDate } from './wire-dates.js';

export function serveLegacy(socket: WebSocket, address: string, dispatcher: Dispatcher, faults: SimFaults, secureTransport = false): void {
  const session = dispatcher.openSession(socket, address, secureTransport);
  let connected = false;
  /** Legacy subscription id (chosen by the client) → middleware subscription id. */
  const subs = new Map<unknown, string>();
  session.notify = (event) => send({ ...event });
  const send = (message: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  const run = async (id: unknown, method: string, params: unknown) => {
    if (!Array.isArray(params))
      return send({ msg: 'result', id, error: { error: 22, errname: 'EINVAL', type: null, reason: '`params` must be a list.', trace: null, extra: null } });
    try {
      send({ msg: 'result', id, result: (await dispatcher.dispatch(session, method, params)).value });
    } catch (err) {
      send({ msg: 'result', id, error: toLegacyError(err) });
    }
  };

  socket.on('message', (data) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(data.toString(), reviveWireDate) as Record<string, unknown>;
    } catch {
      return socket.close(1003);
    }
    if (!connected) {
      if (message['msg'] !== 'connect' || message['version'] !== '1') return send({ msg: 'failed', version: '1' });
      connected = true;
      return send({ msg: 'connected', session: randomUUID() });
    }
    switch (message['msg']) {
      case 'ping':
        return send('id' in message ? { msg: 'pong', id: message['id'] } : { msg: 'pong' });
      case 'sub':
        if (!session.authenticated)
          return send({ msg: 'nosub', id: message['id'], error: { error: 207, errname: 'ENOTAUTHENTICATED', reason: 'Not authenticated' } });
        subs.set(message['id'], session.subscribe(dispatcher.state, String(message['name'])));
        return send({ msg: 'ready', subs: [message['id']] });
      case 'unsub':
        session.unsubscribe(subs.get(message['id']) ?? '');
        return undefined;
      case 'method': {
        const call = () => run(message['id'], String(message['method']), message['params'] ?? []);
        if (dispatcher.unreachable()) return socket.terminate();
        return runOrDrop(faults, socket, call);
      }
      default:
        return send({ msg: 'failed', version: '1' });
    }
  });
}
