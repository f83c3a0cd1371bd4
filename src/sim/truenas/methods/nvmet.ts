// nvmet.*: the NVMe over Fabrics target of 25.10+ (truenas/middleware plugins/nvmet/*.py
// @TS-25.10.6): hosts with DH-HMAC-CHAP keys, subsystems, namespaces on zvols or files, ports,
// and the host/port-to-subsystem links, with the middleware's checks and generated fields.
import { randomBytes, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { Errno } from '../../../clients/truenas/errno.js';
import type { SimNvmetHost, SimNvmetLink, SimNvmetNamespace, SimNvmetPort, SimNvmetSubsys } from '../nvmet-state.js';
import { crud, datastoreRoundTrip, deleteFrom, lowestFree, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import type { SimState, Table } from '../state.js';
import { fitReturns } from './fit-returns.js';
import { versionAtLeast } from '../version.js';

const SINCE = { since: '25.10' } as const;

/** Whether the nvmet service runs (what `nvmet.global.running` answers). */
const running = (state: SimState) => state.services.list().some((s) => s.service === 'nvmet' && s.state === 'RUNNING');

/** The basenqn a fresh install generates (plugins/nvmet/utils.py `uuid_nqn`). */
export const generatedBaseNqn = (): string => `nqn.2011-06.com.truenas:uuid:${randomUUID()}`;

function unique<T extends { id: number }>(
  table: Table<T>,
  field: keyof T,
  value: unknown,
  selfId: number | undefined,
  attribute: string,
  verrors: Verrors,
): void {
  if (table.list().some((row) => row[field] === value && row.id !== selfId))
    verrors.add(attribute, `Object with this ${String(field)} already exists`, Errno.EEXIST);
}

/** The stored row `id` (ENOENT when there is none) after taking the checked input `inputOf` makes from it. */
function updated<T extends { id: number }>(table: Table<T>, noun: string, id: number, inputOf: (stored: T) => Partial<T>): T {
  const stored = mustExist(table.get(id), noun, id);
  return Object.assign(stored, inputOf(stored));
}

// ---- hosts ---------------------------------------------------------------------------------

/** DHHC-1 secret lengths by hash id (plugins/nvmet/host.py `__validate`). */
const KEY_BYTES: Record<string, number> = { '01': 36, '02': 52, '03': 68 };

export function checkKey(key: unknown, attribute: string, verrors: Verrors): void {
  if (key === null || key === undefined) return;
  const text = String(key);
  const kind = /^DHHC-1:(0[0-3]):/.exec(text)?.[1];
  if (kind === undefined) verrors.add(attribute, 'Unexpected key format. Use "nvme gen-dhchap-key" to generate.');
  else if (kind === '00') {
    if (!text.endsWith(':')) verrors.add(attribute, 'Unexpected key termination. Use "nvme gen-dhchap-key" to generate.');
  } else if (Buffer.from(text.split(':')[2] ?? '', 'base64').length !== KEY_BYTES[kind]) {
    verrors.add(attribute, `Expected key length of ${(KEY_BYTES[kind]! - 4).toString()}`);
  }
}

function checkHost(state: SimState, host: Omit<SimNvmetHost, 'id'>, schema: string, selfId?: number): void {
  const verrors = new Verrors();
  unique(state.nvmet.hosts, 'hostnqn', host.hostnqn, selfId, `${schema}.hostnqn`, verrors);
  checkKey(host.dhchap_key, `${schema}.dhchap_key`, verrors);
  checkKey(host.dhchap_ctrl_key, `${schema}.dhchap_ctrl_key`, verrors);
  verrors.check();
}

// ---- subsystems ----------------------------------------------------------------------------

function subsysRow(state: SimState, subsys: SimNvmetSubsys, verbose = false): Record<string, unknown> {
  if (!verbose) return { ...subsys };
  const of = (table: Table<SimNvmetLink>) =>
    table
      .list()
      .filter((link) => link.subsys_id === subsys.id)
      .map((link) => link.other);
  const namespaces = state.nvmet.namespaces
    .list()
    .filter((ns) => ns.subsys_id === subsys.id)
    .map((ns) => ns.id);
  return { ...subsys, hosts: of(state.nvmet.hostSubsys), ports: of(state.nvmet.portSubsys), namespaces };
}

function subsysInput(ctx: CallContext, data: Record<string, unknown>, base: SimNvmetSubsys | undefined, schema: string): Omit<SimNvmetSubsys, 'id'> {
  const state = ctx.state;
  const merged = { allow_any_host: false, pi_enable: null, qid_max: null, ieee_oui: null, ana: null, subnqn: null, serial: '', ...base, ...data } as Record<
    string,
    unknown
  >;
  const verrors = new Verrors();
  unique(state.nvmet.subsystems, 'name', merged['name'], base?.id, `${schema}.name`, verrors);
  // ANA needs an HA (failover-licensed) system, which the simulator is not (plugins/nvmet/subsys.py `__validate`).
  if (merged['ana'] !== null && merged['ana'] !== undefined) verrors.add(`${schema}.ana`, 'This platform does not support Asymmetric Namespace Access(ANA).');
  verrors.check();
  const basenqn = String(state.serviceConfigs['nvmet.global']?.['basenqn'] ?? '');
  return {
    name: String(merged['name']),
    subnqn: merged['subnqn'] ? String(merged['subnqn']) : `${basenqn}:${String(merged['name'])}`.slice(0, 223),
    serial: merged['serial'] ? String(merged['serial']) : randomBytes(10).toString('hex'),
    allow_any_host: merged['allow_any_host'] === true,
    pi_enable: (merged['pi_enable'] as boolean | null) ?? null,
    qid_max: (merged['qid_max'] as number | null) ?? null,
    ieee_oui: (merged['ieee_oui'] as string | null) ?? null,
    ana: null,
  };
}

function deleteSubsys(state: SimState, id: number): boolean {
  const subsys = mustExist(state.nvmet.subsystems.get(id), 'NVMetSubsys', id);
  const verrors = new Verrors();
  const nsids = state.nvmet.namespaces
    .list()
    .filter((ns) => ns.subsys_id === id)
    .map((ns) => ns.nsid)
    .sort((a, b) => a - b);
  if (nsids.length === 1) verrors.add('nvmet_subsys_delete.id', `Subsystem ${subsys.name} contains 1 namespace: ${nsids[0]!.toString()}`);
  else if (nsids.length > 1) {
    const shown = nsids.slice(0, 3).join(',') + (nsids.length > 3 ? ',...' : '');
    verrors.add('nvmet_subsys_delete.id', `Subsystem ${subsys.name} contains ${nsids.length.toString()} namespaces: ${shown}`);
  }
  const ports = state.nvmet.portSubsys.list().filter((link) => link.subsys_id === id).length;
  if (ports > 0) verrors.add('nvmet_subsys_delete.id', `Subsystem ${subsys.name} visible on ${ports.toString()} ${ports > 1 ? 'ports' : 'port'}`);
  verrors.check();
  // Host links go with the subsystem.
  for (const link of state.nvmet.hostSubsys.list()) if (link.subsys_id === id) state.nvmet.hostSubsys.delete(link.id);
  return state.nvmet.subsystems.delete(id);
}

// ---- namespaces ----------------------------------------------------------------------------

function namespaceRow(state: SimState, ns: SimNvmetNamespace): Record<string, unknown> {
  const { subsys_id: subsysId, ...rest } = ns;
  const subsys = state.nvmet.subsystems.get(subsysId);
  return { ...rest, subsys: subsys ? subsysRow(state, subsys) : { id: subsysId }, locked: false };
}

/** Checks of plugins/nvmet/namespace.py `__validate`, `clean_type_and_path` and `save_file`. */
function namespaceInput(ctx: CallContext, data: Record<string, unknown>, old: SimNvmetNamespace | undefined, schema: string): Omit<SimNvmetNamespace, 'id'> {
  const state = ctx.state;
  const merged = { enabled: true, filesize: null, nsid: null, ...old, ...data } as Record<string, unknown>;
  const subsysId = Number(merged['subsys_id']);
  const path = String(merged['device_path']);
  const verrors = new Verrors();
  if (!state.nvmet.subsystems.get(subsysId)) verrors.add(`${schema}.subsys_id`, `No subsystem with ID ${subsysId.toString()}`);
  const nsid = merged['nsid'] as number | null;
  if (nsid !== null && state.nvmet.namespaces.list().some((ns) => ns.nsid === nsid && ns.subsys_id === subsysId && ns.id !== old?.id))
    verrors.add(`${schema}.nsid`, `This record already exists (Subsystem ID: ${subsysId.toString()}/NSID: ${nsid.toString()})`);
  if (merged['device_type'] === 'ZVOL') {
    if (!path.startsWith('zvol/')) verrors.add(`${schema}.device_path`, `ZVOL device_path must start with "zvol/": ${path}`);
    else if (state.datasets.get(path.slice('zvol/'.length))?.type !== 'VOLUME')
      verrors.add(`${schema}.device_path`, `ZVOL device_path must be a block device: ${path}`);
  } else {
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (!parent.startsWith('/mnt/') || !state.datasets.has(parent.slice('/mnt/'.length)))
      verrors.add(`${schema}.device_path`, `FILE device_path must reside in an existing directory on a dataset: ${path}`);
    else if (state.datasets.has(path.slice('/mnt/'.length))) verrors.add(`${schema}.device_path`, `FILE device_path must not be a directory: ${path}`);
  }
  const other = state.nvmet.namespaces.list().find((ns) => ns.device_path === path && ns.id !== old?.id);
  if (other) verrors.add(`${schema}.device_path`, `This device_path already used by subsystem: ${state.nvmet.subsystems.get(other.subsys_id)?.name ?? ''}`);
  const extent = state.extents.list().find((e) => e.path === path);
  if (extent) verrors.add(`${schema}.device_path`, `This device_path already used by iSCSI extent: ${extent.name}`);
  if (old?.enabled && running(state)) {
    for (const key of ['device_type', 'device_path', 'nsid', 'subsys_id'] as const)
      if (merged[key] !== old[key]) verrors.add(schema, `Cannot change ${key} on an active namespace.  Disable first to allow change.`);
  }
  verrors.check();
  if (merged['device_type'] === 'FILE') saveNamespaceFile(state, path, merged['filesize'] as number | null, old, schema);
  const used = new Set(
    state.nvmet.namespaces
      .list()
      .filter((ns) => ns.subsys_id === subsysId && ns.id !== old?.id)
      .map((ns) => ns.nsid),
  );
  let next = 1;
  while (used.has(next)) next++;
  return {
    nsid: nsid ?? next,
    subsys_id: subsysId,
    device_type: merged['device_type'] === 'FILE' ? 'FILE' : 'ZVOL',
    device_path: path,
    filesize: (merged['filesize'] as number | null) ?? null,
    device_uuid: old?.device_uuid ?? randomUUID(),
    device_nguid: old?.device_nguid ?? randomUUID(),
    enabled: merged['enabled'] !== false,
  };
}

/**
 * `save_file`: a missing file is made (`truncate -s filesize`), and needs a filesize; an existing
 * one is taken as it is on create. On update the merged size is compared with the stored one: a
 * larger one grows the file to it, a smaller one is refused, and a size where none is stored (a
 * namespace made over an existing file without one) fails on `int(None)`, an unexpected error
 * (plugins/nvmet/namespace.py@TS-25.10.6:187-219, the same @TS-26.0.0-BETA.3:197-229).
 */
function saveNamespaceFile(state: SimState, path: string, size: number | null, old: SimNvmetNamespace | undefined, schema: string): void {
  const verrors = new Verrors();
  const current = state.files.get(path);
  if (current === undefined) {
    if (!size) verrors.add(`${schema}.filesize`, 'Must supply filesize if device_path FILE does not exist.');
    verrors.check();
    if (size) state.files.set(path, size);
    return;
  }
  if (old === undefined || !size) return;
  if (old.filesize === null) throw new SimCallError(Errno.EINVAL, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  if (size > old.filesize) state.files.set(path, size);
  else if (size < old.filesize) verrors.add(`${schema}.filesize`, 'Shrinking an namespace file is not allowed. This can lead to data loss.');
  verrors.check();
}

// ---- ports ---------------------------------------------------------------------------------

/** Checks of plugins/nvmet/port.py `__validate` and the address family `compress` derives. */
function portInput(ctx: CallContext, data: Record<string, unknown>, old: SimNvmetPort | undefined, schema: string): Omit<SimNvmetPort, 'id' | 'index'> {
  const state = ctx.state;
  const merged = { addr_trsvcid: 4420, inline_data_size: null, max_queue_size: null, pi_enable: null, enabled: true, ...old, ...data } as Record<
    string,
    unknown
  >;
  const verrors = new Verrors();
  const same = state.nvmet.ports
    .list()
    .find((p) => p.addr_trtype === merged['addr_trtype'] && p.addr_traddr === merged['addr_traddr'] && p.addr_trsvcid === Number(merged['addr_trsvcid']));
  if (same && same.id !== old?.id) verrors.add(schema, `Port #${same.index.toString()} uses the same transport/address`);
  if (old && old.enabled && running(state) && state.nvmet.portSubsys.list().some((link) => link.other === old.id)) {
    for (const key of ['addr_trtype', 'addr_traddr', 'addr_trsvcid', 'inline_data_size', 'max_queue_size', 'pi_enable'] as const)
      if (merged[key] !== old[key]) verrors.add(schema, `Cannot change ${key} on an active port.  Disable first to allow change.`);
  }
  // The simulated system has no RDMA-capable NIC (rdma.capable_protocols is empty).
  if (merged['addr_trtype'] === 'RDMA') verrors.add(schema, 'This platform cannot support NVMe-oF(RDMA) or is missing an RDMA capable NIC.');
  verrors.check();
  const family = isIP(String(merged['addr_traddr']));
  // compress() raises ValueError for an address that is not an IP: an unexpected error, not a validation error.
  if (family === 0) throw new SimCallError(Errno.EINVAL, `'${String(merged['addr_traddr'])}' does not appear to be an IPv4 or IPv6 address`);
  return {
    addr_trtype: String(merged['addr_trtype']),
    addr_traddr: String(merged['addr_traddr']),
    addr_trsvcid: Number(merged['addr_trsvcid']),
    addr_adrfam: family === 6 ? 'IPV6' : 'IPV4',
    inline_data_size: (merged['inline_data_size'] as number | null) ?? null,
    max_queue_size: (merged['max_queue_size'] as number | null) ?? null,
    pi_enable: (merged['pi_enable'] as boolean | null) ?? null,
    enabled: merged['enabled'] !== false,
  };
}

// ---- host/port-to-subsystem links ------------------------------------------------------------

interface LinkKind {
  /** `host` or `port`. */
  readonly side: 'host' | 'port';
  readonly noun: string;
  readonly table: (state: SimState) => Table<SimNvmetLink>;
  readonly others: (state: SimState) => Table<{ id: number }>;
  readonly otherRow: (state: SimState, id: number) => Record<string, unknown>;
  readonly missing: string;
}

function linkMethods(kind: LinkKind): MethodTable {
  const key = `${kind.side}_id`;
  const row = (state: SimState, link: SimNvmetLink): Record<string, unknown> => {
    const subsys = state.nvmet.subsystems.get(link.subsys_id);
    return { id: link.id, [kind.side]: kind.otherRow(state, link.other), subsys: subsys ? subsysRow(state, subsys) : { id: link.subsys_id } };
  };
  const checked = (state: SimState, other: number, subsysId: number, schema: string, selfId?: number): Omit<SimNvmetLink, 'id'> => {
    const verrors = new Verrors();
    if (!kind.others(state).get(other)) verrors.add(`${schema}.${key}`, `No ${kind.missing} with ID ${other.toString()}`);
    if (!state.nvmet.subsystems.get(subsysId)) verrors.add(`${schema}.subsys_id`, `No subsystem with ID ${subsysId.toString()}`);
    if (
      kind
        .table(state)
        .list()
        .some((l) => l.other === other && l.subsys_id === subsysId && l.id !== selfId)
    ) {
      const label = kind.side === 'host' ? 'Host' : 'Port';
      verrors.add(`${schema}.${key}`, `This record already exists (${label} ID: ${other.toString()}/Subsystem ID: ${subsysId.toString()})`);
    }
    verrors.check();
    return { other, subsys_id: subsysId };
  };
  const schemaName = `nvmet_${kind.side}_subsys`;
  return crud<number>(
    `nvmet.${kind.side}_subsys`,
    {
      noun: kind.noun,
      rows: (ctx) =>
        kind
          .table(ctx.state)
          .list()
          .map((link) => row(ctx.state, link)),
      create: (data, ctx) => {
        const link = kind.table(ctx.state).insert(checked(ctx.state, Number(data[key]), Number(data['subsys_id']), `${schemaName}_create`));
        return row(ctx.state, link);
      },
      update: (id, data, ctx) => {
        const link = mustExist(kind.table(ctx.state).get(id), kind.noun, id);
        const next = checked(ctx.state, Number(data[key] ?? link.other), Number(data['subsys_id'] ?? link.subsys_id), `${schemaName}_update`, id);
        Object.assign(link, next);
        return row(ctx.state, link);
      },
      delete: deleteFrom(kind.table, kind.noun),
    },
    SINCE,
  );
}

/** Deleting a host or port still linked to a subsystem is refused (without `force`). */
function refuseLinked(state: SimState, links: SimNvmetLink[], attribute: string, what: string): void {
  if (links.length === 0) return;
  const names = links.map((link) => state.nvmet.subsystems.get(link.subsys_id)?.name ?? '');
  const verrors = new Verrors();
  if (names.length === 1) verrors.add(attribute, `${what} used by 1 subsystem: ${names[0]!}`);
  else verrors.add(attribute, `${what} used by ${names.length.toString()} subsystems: ${names.slice(0, 3).join(',')}${names.length > 3 ? ',...' : ''}`);
  verrors.check();
}

const hostRow = (ctx: CallContext, host: SimNvmetHost) => fitReturns(ctx, 'nvmet.host.query', { ...host });

/** A host as nested in a link row: `description` exists from 26.0 on. */
function hostFields(state: SimState, host: SimNvmetHost | undefined): Record<string, unknown> {
  if (!host) return {};
  const { description, ...rest } = host;
  return versionAtLeast(state.version, '26.0') ? { ...rest, description } : rest;
}

export const nvmetMethods: MethodTable = {
  ...crud<number>(
    'nvmet.host',
    {
      noun: 'NVMetHost',
      rows: (ctx) => ctx.state.nvmet.hosts.list().map((host) => hostRow(ctx, host)),
      create: (data, ctx) => {
        const host = { dhchap_key: null, dhchap_ctrl_key: null, dhchap_dhgroup: null, dhchap_hash: 'SHA-256', description: '', ...data } as Omit<
          SimNvmetHost,
          'id'
        >;
        checkHost(ctx.state, host, 'nvmet_host_create');
        return hostRow(ctx, ctx.state.nvmet.hosts.insert(host));
      },
      update: (id, data, ctx) => {
        const host = mustExist(ctx.state.nvmet.hosts.get(id), 'NVMetHost', id);
        const merged = { ...host, ...data } as SimNvmetHost;
        checkHost(ctx.state, merged, 'nvmet_host_update', id);
        Object.assign(host, merged);
        return hostRow(ctx, host);
      },
      delete: (id, _options, ctx) => {
        const host = mustExist(ctx.state.nvmet.hosts.get(id), 'NVMetHost', id);
        const links = ctx.state.nvmet.hostSubsys.list().filter((link) => link.other === id);
        refuseLinked(ctx.state, links, 'nvmet_host_delete.id', `Host ${host.hostnqn}`);
        return ctx.state.nvmet.hosts.delete(id);
      },
      deleteParams: ['options'],
    },
    SINCE,
  ),
  ...crud<number>(
    'nvmet.subsys',
    {
      noun: 'NVMetSubsys',
      rows: (ctx, extra) => ctx.state.nvmet.subsystems.list().map((subsys) => subsysRow(ctx.state, subsys, extra['verbose'] === true)),
      create: (data, ctx) => subsysRow(ctx.state, ctx.state.nvmet.subsystems.insert(subsysInput(ctx, data, undefined, 'nvmet_subsys_create'))),
      update: (id, data, ctx) =>
        subsysRow(
          ctx.state,
          updated(ctx.state.nvmet.subsystems, 'NVMetSubsys', id, (subsys) => subsysInput(ctx, data, subsys, 'nvmet_subsys_update')),
        ),
      delete: (id, _options, ctx) => deleteSubsys(ctx.state, id),
      deleteParams: ['options'],
    },
    SINCE,
  ),
  ...crud<number>(
    'nvmet.namespace',
    {
      noun: 'NVMetNamespace',
      rows: (ctx) => ctx.state.nvmet.namespaces.list().map((ns) => namespaceRow(ctx.state, ns)),
      create: (data, ctx) => namespaceRow(ctx.state, ctx.state.nvmet.namespaces.insert(namespaceInput(ctx, data, undefined, 'nvmet_namespace_create'))),
      update: (id, data, ctx) =>
        namespaceRow(
          ctx.state,
          updated(ctx.state.nvmet.namespaces, 'NVMetNamespace', id, (ns) => namespaceInput(ctx, data, ns, 'nvmet_namespace_update')),
        ),
      delete: (id, [options], ctx) => {
        const ns = mustExist(ctx.state.nvmet.namespaces.get(id), 'NVMetNamespace', id);
        // `remove` unlinks a FILE namespace's file, nothing else (`remove_file`, plugins/nvmet/namespace.py@TS-25.10.6:30-38,148-157).
        if ((options as { remove?: unknown } | undefined)?.remove === true && ns.device_type === 'FILE') ctx.state.files.delete(ns.device_path);
        return ctx.state.nvmet.namespaces.delete(id);
      },
      deleteParams: ['options'],
    },
    SINCE,
  ),
  ...crud<number>(
    'nvmet.port',
    {
      noun: 'NVMetPort',
      rows: (ctx) => ctx.state.nvmet.ports.list().map((port) => ({ ...port })),
      // The index is the lowest free one from 1, read without a lock before the insert, and
      // unique in the table (plugins/nvmet/port.py:29,62-75,427-433 @TS-25.10.6): of two
      // creates that read the same rows, the second insert fails on the unique index.
      create: async (data, ctx) => {
        const input = portInput(ctx, data, undefined, 'nvmet_port_create');
        const index = lowestFree(
          ctx.state.nvmet.ports.list().map((p) => p.index),
          1,
        );
        await datastoreRoundTrip(ctx);
        if (ctx.state.nvmet.ports.list().some((p) => p.index === index))
          throw new SimCallError(Errno.EINVAL, '(sqlite3.IntegrityError) UNIQUE constraint failed: services_nvmet_port.nvmet_port_index');
        return { ...ctx.state.nvmet.ports.insert({ ...input, index }) };
      },
      update: (id, data, ctx) => ({ ...updated(ctx.state.nvmet.ports, 'NVMetPort', id, (port) => portInput(ctx, data, port, 'nvmet_port_update')) }),
      delete: (id, _options, ctx) => {
        const port = mustExist(ctx.state.nvmet.ports.get(id), 'NVMetPort', id);
        const links = ctx.state.nvmet.portSubsys.list().filter((link) => link.other === id);
        refuseLinked(ctx.state, links, 'nvmet_port_delete.id', `Port #${port.index.toString()}`);
        return ctx.state.nvmet.ports.delete(id);
      },
      deleteParams: ['options'],
    },
    SINCE,
  ),
  ...linkMethods({
    side: 'host',
    noun: 'NVMetHostSubsys',
    table: (state) => state.nvmet.hostSubsys,
    others: (state) => state.nvmet.hosts,
    otherRow: (state, id) => hostFields(state, state.nvmet.hosts.get(id)),
    missing: 'host',
  }),
  ...linkMethods({
    side: 'port',
    noun: 'NVMetPortSubsys',
    table: (state) => state.nvmet.portSubsys,
    others: (state) => state.nvmet.ports,
    otherRow: (state, id) => ({ ...state.nvmet.ports.get(id) }),
    missing: 'port',
  }),
};
