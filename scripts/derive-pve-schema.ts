// Derives the project's Proxmox VE API schema fixture from the full API viewer data.
// Run by hand when the set of endpoints the client uses grows:
//   node --import tsx scripts/derive-pve-schema.ts [path/to/pve-apidata.json]
// The output (src/sim/proxmox/schema/pve-api-subset.json) is committed; tests and the
// simulator read only that file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every API path the client or the simulator serves; all methods of each path are kept. */
const PATHS = [
  '/version',
  '/nodes',
  '/nodes/{node}/status',
  '/nodes/{node}/version',
  '/cluster/resources',
  '/cluster/nextid',
  '/cluster/options',
  '/nodes/{node}/qemu',
  '/nodes/{node}/qemu/{vmid}',
  '/nodes/{node}/qemu/{vmid}/config',
  '/nodes/{node}/qemu/{vmid}/pending',
  '/nodes/{node}/qemu/{vmid}/clone',
  '/nodes/{node}/qemu/{vmid}/template',
  '/nodes/{node}/qemu/{vmid}/resize',
  '/nodes/{node}/qemu/{vmid}/status/current',
  '/nodes/{node}/qemu/{vmid}/status/start',
  '/nodes/{node}/qemu/{vmid}/status/stop',
  '/nodes/{node}/qemu/{vmid}/status/shutdown',
  '/nodes/{node}/qemu/{vmid}/status/reboot',
  '/nodes/{node}/qemu/{vmid}/snapshot',
  '/nodes/{node}/qemu/{vmid}/snapshot/{snapname}',
  '/nodes/{node}/qemu/{vmid}/snapshot/{snapname}/config',
  '/nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback',
  '/nodes/{node}/lxc',
  '/nodes/{node}/lxc/{vmid}',
  '/nodes/{node}/lxc/{vmid}/config',
  '/nodes/{node}/lxc/{vmid}/clone',
  '/nodes/{node}/lxc/{vmid}/template',
  '/nodes/{node}/lxc/{vmid}/pending',
  '/nodes/{node}/lxc/{vmid}/resize',
  '/nodes/{node}/lxc/{vmid}/status/current',
  '/nodes/{node}/lxc/{vmid}/status/start',
  '/nodes/{node}/lxc/{vmid}/status/stop',
  '/nodes/{node}/lxc/{vmid}/status/shutdown',
  '/nodes/{node}/lxc/{vmid}/status/reboot',
  '/nodes/{node}/lxc/{vmid}/snapshot',
  '/nodes/{node}/lxc/{vmid}/snapshot/{snapname}',
  '/nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config',
  '/nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback',
  '/nodes/{node}/tasks',
  '/nodes/{node}/tasks/{upid}/status',
  '/nodes/{node}/tasks/{upid}/log',
  '/nodes/{node}/storage',
  '/nodes/{node}/storage/{storage}/content',
  '/nodes/{node}/storage/{storage}/content/{volume}',
  '/storage',
  '/storage/{storage}',
  '/pools',
  '/access/ticket',
  '/access/users',
  '/access/users/{userid}',
  '/access/users/{userid}/token',
  '/access/users/{userid}/token/{tokenid}',
  '/access/groups',
  '/access/groups/{groupid}',
  '/access/roles',
  '/access/roles/{roleid}',
  '/access/acl',
  '/access/permissions',
  '/access/password',
  '/nodes/{node}/qemu/{vmid}/template',
  '/nodes/{node}/qemu/{vmid}/cloudinit',
  '/nodes/{node}/lxc/{vmid}/pending',
];

/**
 * Whole families of paths (a prefix and everything under it) the datacenter and guest breadth
 * work serves: firewall, SDN, HA, backup and replication jobs, metrics, ACME and certificates,
 * realms, hardware mappings, node network/DNS/hosts/time/config, APT, disks, guest agent,
 * migration, disk moves, uploads and downloads.
 */
const PATH_FAMILIES = [
  '/cluster/firewall',
  '/cluster/sdn',
  '/cluster/ha',
  '/cluster/backup',
  '/cluster/replication',
  '/cluster/metrics',
  '/cluster/acme',
  '/cluster/jobs',
  '/cluster/mapping',
  '/cluster/status',
  '/cluster/tasks',
  '/cluster/ceph/status',
  '/access/domains',
  '/pools',
  '/nodes/{node}/firewall',
  '/nodes/{node}/network',
  '/nodes/{node}/dns',
  '/nodes/{node}/hosts',
  '/nodes/{node}/time',
  '/nodes/{node}/config',
  '/nodes/{node}/apt',
  '/nodes/{node}/disks',
  '/nodes/{node}/certificates',
  '/nodes/{node}/replication',
  '/nodes/{node}/hardware',
  '/nodes/{node}/ceph/status',
  '/nodes/{node}/aplinfo',
  '/nodes/{node}/query-url-metadata',
  '/nodes/{node}/storage/{storage}',
  '/nodes/{node}/qemu/{vmid}/firewall',
  '/nodes/{node}/qemu/{vmid}/agent',
  '/nodes/{node}/qemu/{vmid}/status',
  '/nodes/{node}/qemu/{vmid}/move_disk',
  '/nodes/{node}/qemu/{vmid}/migrate',
  '/nodes/{node}/qemu/{vmid}/unlink',
  '/nodes/{node}/lxc/{vmid}/firewall',
  '/nodes/{node}/lxc/{vmid}/status',
  '/nodes/{node}/lxc/{vmid}/migrate',
  '/nodes/{node}/lxc/{vmid}/move_volume',
  '/nodes/{node}/lxc/{vmid}/interfaces',
];

/** Documentation-only keys dropped to keep the fixture small. */
const DROPPED_KEYS = new Set(['description', 'verbose_description', 'typetext', 'format_description', 'title', 'renderer']);

interface ApiNode {
  path: string;
  info?: Record<string, { parameters?: unknown; returns?: unknown; protected?: number; allowtoken?: number; permissions?: unknown; proxyto?: string | null }>;
  children?: ApiNode[];
}

function indexTree(nodes: ApiNode[], into = new Map<string, ApiNode>()): Map<string, ApiNode> {
  for (const node of nodes) {
    into.set(node.path, node);
    indexTree(node.children ?? [], into);
  }
  return into;
}

/** A parameter schema without its documentation; `format`/`properties` maps hold schemas by name. */
function stripDocs(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(schema)) {
    if (DROPPED_KEYS.has(key)) continue;
    if ((key === 'properties' || key === 'format') && inner !== null && typeof inner === 'object') out[key] = mapSchemas(inner);
    else if (key === 'items') out[key] = stripDocs(inner);
    else out[key] = inner;
  }
  return out;
}

function mapSchemas(byName: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(byName).map(([name, schema]) => [name, stripDocs(schema)]));
}

function main(): void {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const source = process.argv[2] ?? `${here}../../shared/api/pve-9.1.3-apidata.json`;
  const tree = JSON.parse(readFileSync(source, 'utf8')) as ApiNode[];
  const byPath = indexTree(tree);
  const endpoints: Record<string, Record<string, unknown>> = {};
  const inFamily = (path: string): boolean => PATH_FAMILIES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  const paths = [...new Set([...PATHS, ...[...byPath.entries()].filter(([path, node]) => inFamily(path) && node.info).map(([path]) => path)])];
  for (const path of paths) {
    const node = byPath.get(path);
    if (!node?.info) throw new Error(`path ${path} is not in the API schema`);
    endpoints[path] = {};
    for (const [method, info] of Object.entries(node.info)) {
      endpoints[path][method] = {
        parameters: stripDocs(info.parameters ?? { properties: {} }),
        returns: stripDocs(info.returns ?? {}),
        protected: info.protected ?? 0,
        allowtoken: info.allowtoken ?? 0,
        permissions: info.permissions ?? null,
        // The node parameter the call is proxied to (pve-http-server); absent: any node answers it.
        ...(info.proxyto ? { proxyto: info.proxyto } : {}),
      };
    }
  }
  const fixture = { source: 'pve-9.1.3-apidata.json', endpoints };
  const target = `${here}../src/sim/proxmox/schema/pve-api-subset.json`;
  writeFileSync(target, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${Object.keys(endpoints).length} paths to ${target}`);
}

main();
