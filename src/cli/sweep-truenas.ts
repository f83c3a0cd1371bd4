// The TrueNAS objects an acceptance run names with its prefix (in their name, or their comment or
// description where they have none), listed and removed through `<namespace>.query` and
// `<namespace>.delete` in an order where dependants go first: links and tasks before what they
// point at, users before their groups, the keychain's connections before its key pairs.
import type { TrueNASClient } from '../clients/truenas/index.js';
import type { Leftover } from './sweep.js';

type Row = Readonly<Record<string, unknown>>;

interface Kind {
  readonly kind: string;
  readonly namespace: string;
  /** The object's label when it is the run's, else undefined. */
  label(row: Row, prefix: string, owned: Owned): string | undefined;
  /** Arguments after the id for `<namespace>.delete`. */
  readonly deleteArgs?: readonly unknown[];
  /** From this release only (NVMe-oF). */
  readonly since?: string;
  /** Remembers the run's ids of this kind, for the kinds that have no name (links, namespaces). */
  readonly owns?: keyof Owned;
}

interface Owned {
  readonly targets: Set<number>;
  readonly subsystems: Set<number>;
  readonly hosts: Set<number>;
}

const text = (row: Row, field: string): string => (typeof row[field] === 'string' ? row[field] : '');
const starts = (field: string) => (row: Row, prefix: string) => (text(row, field).startsWith(prefix) ? `${String(row.id)} (${text(row, field)})` : undefined);
/** The id a row points at in `field`: a number, or (NVMe-oF links and namespaces) an object with one. */
const pointsAt = (row: Row, field: string): number => {
  const value = row[field];
  return Number(value !== null && typeof value === 'object' ? (value as Row).id : value);
};
const linked = (field: string, set: keyof Owned) => (row: Row, _prefix: string, owned: Owned) =>
  owned[set].has(pointsAt(row, field)) ? `${String(row.id)} (of ${field} ${pointsAt(row, field)})` : undefined;

/** Named kinds first (they fill `owned`), then the links of the run's ones, in removal order. */
const KINDS: readonly Kind[] = [
  { kind: 'iscsi target', namespace: 'iscsi.target', label: starts('name'), owns: 'targets', deleteArgs: [true, false] },
  { kind: 'nvmet subsystem', namespace: 'nvmet.subsys', label: starts('name'), owns: 'subsystems', since: '25.10', deleteArgs: [{ force: true }] },
  {
    kind: 'nvmet host',
    namespace: 'nvmet.host',
    label: (row, prefix) => (text(row, 'hostnqn').includes(`:${prefix}`) ? `${String(row.id)} (${text(row, 'hostnqn')})` : undefined),
    owns: 'hosts',
    since: '25.10',
    deleteArgs: [{ force: true }],
  },
];

const ORDERED: readonly Kind[] = [
  { kind: 'iscsi target-extent', namespace: 'iscsi.targetextent', label: linked('target', 'targets'), deleteArgs: [true] },
  KINDS[0]!,
  { kind: 'iscsi extent', namespace: 'iscsi.extent', label: starts('name'), deleteArgs: [false, true] },
  { kind: 'iscsi auth', namespace: 'iscsi.auth', label: starts('user') },
  { kind: 'nvmet host-subsystem link', namespace: 'nvmet.host_subsys', label: linked('subsys', 'subsystems'), since: '25.10' },
  { kind: 'nvmet namespace', namespace: 'nvmet.namespace', label: linked('subsys', 'subsystems'), since: '25.10', deleteArgs: [{ remove: false }] },
  KINDS[1]!,
  KINDS[2]!,
  { kind: 'nfs share', namespace: 'sharing.nfs', label: starts('comment') },
  { kind: 'smb share', namespace: 'sharing.smb', label: starts('name') },
  { kind: 'replication task', namespace: 'replication', label: starts('name') },
  {
    kind: 'periodic snapshot task',
    namespace: 'pool.snapshottask',
    label: (row, prefix) => ((text(row, 'dataset').split('/')[1] ?? '').startsWith(prefix) ? `${String(row.id)} (${text(row, 'dataset')})` : undefined),
  },
  { kind: 'cron job', namespace: 'cronjob', label: starts('description') },
  { kind: 'init script', namespace: 'initshutdownscript', label: starts('comment') },
  { kind: 'alert service', namespace: 'alertservice', label: starts('name') },
  { kind: 'reporting exporter', namespace: 'reporting.exporters', label: starts('name') },
  { kind: 'static route', namespace: 'staticroute', label: starts('description') },
  { kind: 'tunable', namespace: 'tunable', label: starts('comment') },
  { kind: 'api key', namespace: 'api_key', label: starts('name') },
  { kind: 'privilege', namespace: 'privilege', label: starts('name') },
  { kind: 'user', namespace: 'user', label: starts('username'), deleteArgs: [{ delete_group: true }] },
  { kind: 'group', namespace: 'group', label: starts('group') },
  {
    kind: 'ssh connection',
    namespace: 'keychaincredential',
    label: (row, prefix) => (row.type === 'SSH_CREDENTIALS' ? starts('name')(row, prefix) : undefined),
  },
  { kind: 'ssh key pair', namespace: 'keychaincredential', label: (row, prefix) => (row.type === 'SSH_KEY_PAIR' ? starts('name')(row, prefix) : undefined) },
];

/** Credentials after the cloud tasks that use them (listed by the caller before this). */
export const CLOUD_CREDENTIALS: Kind = { kind: 'cloud credential', namespace: 'cloudsync.credentials', label: starts('name') };

/** Each kind's objects of the run, in an order they can be removed in. */
export async function truenasNamedLeftovers(client: TrueNASClient, prefix: string, kinds: readonly Kind[] = ORDERED): Promise<Leftover[]> {
  const owned: Owned = { targets: new Set(), subsystems: new Set(), hosts: new Set() };
  const rows = new Map<Kind, Row[]>();
  // Links are matched by the named objects they point at: read those first.
  for (const kind of [...KINDS, ...kinds.filter((k) => !KINDS.includes(k))]) {
    if (kind.since && !(await client.serverAtLeast(kind.since))) continue;
    const found = (await client.call(`${kind.namespace}.query`)) as Row[];
    rows.set(kind, found);
    if (kind.owns) for (const row of found) if (kind.label(row, prefix, owned) !== undefined) owned[kind.owns].add(Number(row.id));
  }
  const leftovers: Leftover[] = [];
  for (const kind of kinds) {
    for (const row of rows.get(kind) ?? []) {
      const name = kind.label(row, prefix, owned);
      if (name === undefined) continue;
      leftovers.push({ server: 'truenas', kind: kind.kind, name, remove: () => client.call(`${kind.namespace}.delete`, [row.id, ...(kind.deleteArgs ?? [])]) });
    }
  }
  return leftovers;
}
