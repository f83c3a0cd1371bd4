// `/api/current`: JSON-RPC 2.0 over WebSocket text frames, one session per connection; calls
// run concurrently and are answered by id, in whatever order they finish.
import type { WebSocket } from 'ws';
import type { Dispatcher } from './dispatcher.js';
import { toJsonRpcError } from './error-encoding.js';
import { runOrDrop, type SimFaults } from './faults.js';
import { reviveWireDate } from './wire-dates.js';

const anonymousMaxBytes = 8 * 1024;
const authenticatedMaxBytes = 64 * 1024;
const maxInFlight = 20;

type Id = string | number | null;

function requestProblem(request: Record<string, unknown>): string | null {
  if (!('jsonrpc' in request)) return "Missing 'jsonrpc' member";
  if (request['jsonrpc'] !== '2.0') return "'jsonrpc' member must be of type string and must be exactly '2.0'";
  if (typeof request['method'] !== 'string') return "'method' member must be of type string";
  if ('params' in request && !Array.isArray(request['params'])) return "'params' member must be of type array";
  const id = request['id'];
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return "'id' member must be of type null, string or number";
  return null;
}

export function serveJsonRpc(socket: WebSocket, address: string, dispatcher: Dispatcher, faults: SimFaults, secureTransport = false): void {
  const session = dispatcher.openSession(socket, address, secureTransport);
  let inFlight = 0;
  session.notify = (event) => send({ method: 'collection_update', params: event });
  const send = (message: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ jsonrpc: '2.0', ...message }));
  };

  const run = async (id: Id, answer: boolean, method: string, params: unknown[]) => {
    inFlight++;
    try {
      const outcome = await dispatcher.dispatch(session, method, params);
      const value = outcome.job && !session.legacyJobs ? await outcome.job.done : outcome.value;
      if (answer) send({ id, result: value });
    } catch (err) {
      if (answer) send({ id, error: toJsonRpcError(err) });
    } finally {
      inFlight--;
    }
  };

  socket.on('message', (data, isBinary) => {
    if (isBinary) return socket.close(1003);
    const text = data.toString();
    if (!session.authenticated && text.length > anonymousMaxBytes) return socket.close(1007, 'Anonymous connection max message length is 8 kB');
    if (text.length > authenticatedMaxBytes) return socket.close(1009, 'Max message length is 64 kB');
    let request: unknown;
    try {
      request = JSON.parse(text, reviveWireDate);
    } catch (err) {
      return send({ id: null, error: { code: -32700, message: err instanceof Error ? err.message : 'Parse error' } });
    }
    if (Array.isArray(request)) return send({ id: null, error: { code: -32700, message: 'Batch messages are not supported at this time' } });
    if (request === null || typeof request !== 'object') return send({ id: null, error: { code: -32600, message: 'Invalid Request' } });
    const body = request as Record<string, unknown>;
    const problem = requestProblem(body);
    const id = (body['id'] ?? null) as Id;
    if (problem) return send({ id, error: { code: -32600, message: problem } });
    if (inFlight >= maxInFlight) return send({ id, error: { code: -32000, message: `Maximum number of concurrent calls (${maxInFlight}) has exceeded` } });
    const call = () => run(id, 'id' in body, body['method'] as string, (body['params'] as unknown[] | undefined) ?? []);
    if (dispatcher.unreachable()) return void socket.terminate();
    runOrDrop(faults, socket, call);
  });
}
