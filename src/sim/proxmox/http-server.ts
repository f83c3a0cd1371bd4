// The simulated `/api2/json` HTTPS endpoint: faults, authentication, schema validation,
// permission checks, handler dispatch and PVE's error envelope.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unknownNode, type Handler, type SimEngine, type Routes } from './engine.js';
import { faultFor, type ProxmoxSimFaults } from './faults.js';
import { evaluateCheck, isRootPam, permissionDenied, schemaCheckError, type Principal } from './permissions.js';
import { PveError, paramError } from './pve-error.js';
import { authenticate } from './request-auth.js';
import { validateParams, type RouteLookup } from './schema/api-schema.js';
import type { HttpMethod, MethodSchema } from './schema/types.js';
import type { UploadSpool } from './uploads.js';

const PREFIX = '/api2/json';
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE']);

export interface HttpServerOptions {
  engine: SimEngine;
  routes: Routes;
  faults: ProxmoxSimFaults;
  authFailureDelayMs: number;
  tls: { certPem: string; keyPem: string };
  /** Every authenticated request as sent, before validation (tests check request shapes with it). */
  onRequest?: (record: RequestRecord) => void;
}

export interface RequestRecord {
  method: string;
  path: string;
  /** The schema path template, when the path names one. */
  template?: string;
  /** Query, body and path values merged, as text. */
  params: Record<string, string>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A multipart upload as pveproxy takes it: fields are parameters, the file part is spooled to
 * a temporary file whose name becomes `tmpfilename`, its part's file name `filename`.
 */
async function multipartParams(body: Buffer, contentType: string, uploads: UploadSpool): Promise<Record<string, string>> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const out: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === 'string') out[key] = value;
    else {
      out.filename = value.name;
      out.tmpfilename = uploads.put(Buffer.from(await value.arrayBuffer()));
    }
  }
  return out;
}

/** JSON bodies are turned into the text values form bodies carry (booleans as 1/0). */
function jsonToParams(text: string): Record<string, string> {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw paramError({ body: 'expected a JSON object' });
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || value === undefined) continue;
    out[key] = typeof value === 'boolean' ? (value ? '1' : '0') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** A key sent more than once is an array parameter; it becomes a JSON array, as in a JSON body. */
function formToParams(form: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    out[key] = values.length > 1 ? JSON.stringify(values) : (values[0] ?? '');
  }
  return out;
}

async function requestParams(req: IncomingMessage, method: string, url: URL, uploads: UploadSpool): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  // GET and DELETE bodies are ignored by PVE: only the query string counts.
  if (method === 'POST' || method === 'PUT') {
    const body = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) Object.assign(params, await multipartParams(body, contentType, uploads));
    else if (body.length > 0) {
      const text = body.toString('utf8');
      Object.assign(params, contentType.includes('application/json') ? jsonToParams(text) : formToParams(new URLSearchParams(text)));
    }
  }
  for (const [key, value] of url.searchParams) params[key] = value;
  return params;
}

function send(res: ServerResponse, status: number, message: string, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.statusCode = status;
  res.statusMessage = message.split('\n')[0]?.replace(/[^\t\x20-\x7e]/g, '?') ?? '';
  res.setHeader('content-type', 'application/json;charset=UTF-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

function sendError(res: ServerResponse, err: PveError): void {
  if (err.status === 401) return send(res, 401, err.message, undefined);
  const message = err.message.endsWith('\n') ? err.message : `${err.message}\n`;
  send(res, err.status, err.message, { data: null, message, ...(err.errors ? { errors: err.errors } : {}) });
}

/** Applies the schema's permission check with the real 403 texts. */
function checkPermissions(engine: SimEngine, who: Principal, permissions: unknown, params: Record<string, string>): void {
  // A method without permissions is root@pam's alone; a token never is root@pam
  // (pve-access-control RPCEnvironment.pm check_api2_permissions).
  if (!permissions || typeof permissions !== 'object') {
    if (isRootPam(who)) return;
    throw permissionDenied('user != root@pam');
  }
  const { check } = permissions as { check?: unknown };
  if (!Array.isArray(check) || evaluateCheck(engine.state, who, check, params)) return;
  throw schemaCheckError(check, params, engine.state, who);
}

/** The handler of a request, or the 501 PVE answers (it looks handlers up before authenticating). */
function routeFor(routes: Routes, method: string, path: string, lookup: RouteLookup): { handler: Handler; schema: MethodSchema; template: string } {
  const schema = 'method' in lookup ? lookup.method : undefined;
  const handler = schema && METHODS.has(method) ? routes[`${method} ${lookup.template}`] : undefined;
  if (!schema || !handler || lookup.template === undefined) throw new PveError(501, `Method '${method} ${path}' not implemented`);
  return { handler, schema, template: lookup.template };
}

/** The caller; failures wait the server's anti-brute-force delay before the 401. */
async function caller(options: HttpServerOptions, req: IncomingMessage, method: string, anonymous: boolean): Promise<Principal> {
  if (anonymous) return { userid: '', privsep: false };
  try {
    return authenticate(options.engine, req, method);
  } catch (err) {
    await sleep(options.authFailureDelayMs);
    throw err;
  }
}

async function handle(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { engine, faults } = options;
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'https://localhost');
  const hasPrefix = url.pathname.startsWith(PREFIX);
  const path = hasPrefix ? url.pathname.slice(PREFIX.length) : url.pathname;
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const fault = faultFor(faults, `${method} ${path}`);
  if (fault === 'drop') return void req.socket.destroy();
  if (fault === 'error') throw new PveError(faults.serverErrorStatus, 'simulated server failure');
  const lookup: RouteLookup = hasPrefix ? engine.schema.lookup(method as HttpMethod, path) : { template: undefined };
  const params = await requestParams(req, method, url, engine.uploads);
  if ('pathParams' in lookup) Object.assign(params, lookup.pathParams);
  options.onRequest?.({ method, path, ...(lookup.template !== undefined ? { template: lookup.template } : {}), params: { ...params } });
  const { handler, schema, template } = routeFor(options.routes, method, path, lookup);
  const anonymous = method === 'POST' && template === '/access/ticket';
  const who = await caller(options, req, method, anonymous);
  const errors = validateParams(schema, params);
  if (Object.keys(errors).length > 0) throw paramError(errors);
  if (!schema.allowtoken && who.tokenid !== undefined) {
    throw new PveError(403, `Permission check failed (URI '${path}' not available with API token, need proper ticket.)`);
  }
  if (!anonymous) checkPermissions(engine, who, schema.permissions, params);
  // Calls whose method names `proxyto` are proxied to that node after the permission check
  // (pve-manager PVE/HTTPServer.pm:163-180 `rest_handler` @5829c814): the proxy first looks the
  // node's address up (`remote_node_ip`, :235-241), which fails for a name the cluster does not
  // know; a node that is down never answers, and pve-http-server's proxy_request passes on
  // AnyEvent::HTTP's 595. The others are answered by the node the client talks to, which checks
  // nothing of `node` but its format: a guest's firewall rules, aliases, IP sets and refs (the PVE
  // 9.1.3 apidata names no `proxyto` for them; pve-firewall reads them from the cluster file
  // system) answer for any node name, also while the guest's node is down.
  const proxiedTo = schema.proxyto === undefined ? undefined : params[schema.proxyto];
  if (typeof proxiedTo === 'string' && !engine.state.nodes.includes(proxiedTo)) throw unknownNode(proxiedTo);
  if (typeof proxiedTo === 'string' && engine.state.offlineNodes.has(proxiedTo)) throw new PveError(595, 'No route to host');
  try {
    const data = (await handler({ engine, who, params })) ?? null;
    if (fault === 'drop-answer') return void req.socket.destroy();
    send(res, 200, 'OK', { data });
  } catch (err) {
    if (err instanceof PveError && err.status === 401) await sleep(options.authFailureDelayMs);
    throw err;
  }
}

export function createApiServer(options: HttpServerOptions): Server {
  return createServer({ cert: options.tls.certPem, key: options.tls.keyPem }, (req, res) => {
    handle(options, req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      sendError(res, err instanceof PveError ? err : new PveError(500, err instanceof Error ? err.message : String(err)));
    });
  });
}
