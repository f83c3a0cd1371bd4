// Request bodies of the WebSocket endpoints are read with the middleware's JSON loader
// (truenas_api_client.json, used by api/base/server/ws_handler/rpc.py and the legacy
// /websocket), which turns an extended-JSON `{"$date": ms}` into a `datetime`; REST bodies are
// read with aiohttp's `request.json()` (the standard loader), which leaves it a dict.

/** A `JSON.parse` reviver: `{"$date": ms}` becomes a Date, everything else is kept. */
export function reviveWireDate(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const ms = (value as Record<string, unknown>)['$date'];
  return keys.length === 1 && typeof ms === 'number' ? new Date(ms) : value;
}
