// The disruptive tier of `make acceptance` (TRUEMOX_ACC_DISRUPTIVE=1): singletons and service
// settings the run does not own. Before its cases run, the tier records the value of every field
// they change (`recordSettings`) and afterwards writes those values back, also when a case
// fails. Where a setting can carry text, it carries the run's prefix; server-wide objects that
// have a comment or description (static routes, tunables) carry it there so `truemox sweep`
// finds them; NTP servers have neither and are told apart by the ids the server held before.
import type { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import type { TrueNASClient } from '../../src/clients/truenas/index.js';
import type { ConfigNamespace } from '../../src/clients/truenas/api/service-config.js';
import { proxmoxAptDisruptive } from './acceptance-apt.js';
import { proxmoxCertificateDisruptive } from './acceptance-pve-certificate.js';
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

type Values = Readonly<Record<string, unknown>>;

/** A TrueNAS service configuration, the fields the case changes and their HCL per step. */
interface TrueNASSetting {
  readonly type: string;
  readonly namespace: ConfigNamespace;
  readonly since?: string;
  /** The resource's lines at step 0 and 1 (attribute names are the API's field names). */
  hcl(prefix: string, v: 0 | 1): string;
  readonly fields: readonly string[];
}

const flag = (v: 0 | 1) => (v ? 'true' : 'false');

const TRUENAS_SETTINGS: readonly TrueNASSetting[] = [
  { type: 'ssh_config', namespace: 'ssh', hcl: (_p, v) => `compression = ${flag(v)}`, fields: ['compression'] },
  { type: 'nfs_config', namespace: 'nfs', hcl: (_p, v) => `allow_nonroot = ${flag(v)}`, fields: ['allow_nonroot'] },
  { type: 'smb_config', namespace: 'smb', hcl: (p, v) => `description = "${p} ${v}"`, fields: ['description'] },
  { type: 'ftp_config', namespace: 'ftp', hcl: (p, v) => `banner = "${p} ${v}"`, fields: ['banner'] },
  { type: 'snmp_config', namespace: 'snmp', hcl: (p, v) => `location = "${p} ${v}"`, fields: ['location'] },
  { type: 'network_config', namespace: 'network.configuration', hcl: (p, v) => `hosts = ["192.0.2.${v + 1} ${p}-host"]`, fields: ['hosts'] },
  { type: 'iscsi_global', namespace: 'iscsi.global', hcl: (_p, v) => `pool_avail_threshold = ${v ? 90 : 80}`, fields: ['pool_avail_threshold'] },
  { type: 'nvmet_global', namespace: 'nvmet.global', since: '25.10', hcl: (_p, v) => `xport_referral = ${flag(v)}`, fields: ['xport_referral'] },
];

/** Server-wide TrueNAS objects the disruptive case makes or changes besides the service settings. */
const TRUENAS_SERVER_WIDE = ['static_route', 'ntp_server', 'tunable', 'alert_policy'];

/** The alert class the case changes (every TrueNAS release has it; the e2e tests use it too). */
const ALERT_CLASS = 'ZpoolCapacityWarning';

type AlertClasses = Record<string, { level?: string; policy?: string }>;

/**
 * truenas_alert_policy over every class the server has settings for: an import reads them all,
 * so the configuration names the recorded ones as they are and changes only ALERT_CLASS.
 */
function alertPolicyHcl(recorded: AlertClasses, v: 0 | 1): string {
  const setting = (key: 'level' | 'policy', ours: string) =>
    JSON.stringify({
      ...Object.fromEntries(Object.entries(recorded).flatMap(([name, value]) => (value[key] === undefined ? [] : [[name, value[key]]]))),
      [ALERT_CLASS]: ours,
    });
  return `resource "truenas_alert_policy" "acc" {
  levels   = ${setting('level', v ? 'CRITICAL' : 'ERROR')}
  policies = ${setting('policy', v ? 'DAILY' : 'HOURLY')}
}`;
}
const PROXMOX_SINGLETONS = ['cluster_options', 'node_config', 'cluster_firewall', 'node_firewall', 'node_dns', 'node_hosts', 'node_time'];

/** Every resource type of the disruptive tier (its cases are built from the servers' recorded state). */
export const DISRUPTIVE_TYPES: readonly string[] = [
  ...[...TRUENAS_SETTINGS.map((s) => s.type), ...TRUENAS_SERVER_WIDE].map((type) => `truenas_${type}`),
  ...[...PROXMOX_SINGLETONS, 'apt_repository', 'apt_standard_repository', 'certificate'].map((type) => `proxmox_${type}`),
];

/** The settings this server has (NVMe-oF from 25.10). */
async function truenasSettings(client: TrueNASClient): Promise<TrueNASSetting[]> {
  const found: TrueNASSetting[] = [];
  for (const setting of TRUENAS_SETTINGS) if (!setting.since || (await client.serverAtLeast(setting.since))) found.push(setting);
  return found;
}

/** What a restore needs: a function bringing back what was recorded. */
export type Restore = () => Promise<void>;

/**
 * Runs `body`, then every restore whatever happened; a failure of `body` is the one reported
 * (with the restores' failures after it), so a failed restore cannot hide why the run failed.
 */
export async function withRestores(restores: readonly Restore[], body: () => Promise<void>): Promise<void> {
  let failure: unknown;
  await body().catch((error: unknown) => (failure = error ?? new Error('the run failed')));
  const restored = restoreAll(restores);
  if (failure === undefined) return restored;
  await restored.catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
  throw failure;
}

/** Runs every restore, even when one fails, and reports the failures together. */
export async function restoreAll(restores: readonly Restore[]): Promise<void> {
  const failures: unknown[] = [];
  for (const restore of [...restores].reverse()) await restore().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) {
    const why = failures.map((error) => (error instanceof Error ? error.message : String(error))).join('; ');
    throw new AggregateError(failures, `${failures.length} setting(s) could not be restored: ${why}`);
  }
}

const pick = (values: Values, fields: readonly string[]): Record<string, unknown> => Object.fromEntries(fields.map((field) => [field, values[field]]));

/** The TrueNAS disruptive cases, and the restore of everything they change (recorded now). */
export async function truenasDisruptive(client: TrueNASClient, prefix: string): Promise<{ cases: LifecycleCase<AcceptanceServers>[]; restores: Restore[] }> {
  const settings = await truenasSettings(client);
  const restores: Restore[] = [];
  for (const setting of settings) {
    const before = pick(await client.serviceConfigs.config(setting.namespace), setting.fields);
    restores.push(async () => void (await client.serviceConfigs.update(setting.namespace, before)));
  }
  // alertclasses.update replaces the whole map: the restore writes back every class as recorded.
  const alertClasses = (await client.serviceConfigs.config('alertclasses'))['classes'] as AlertClasses;
  restores.push(async () => void (await client.serviceConfigs.update('alertclasses', { classes: alertClasses })));
  const ntpBefore = new Set((await client.systemSettings.ntpServers.query()).map((server) => server.id));
  const newNtpServers = async () => (await client.systemSettings.ntpServers.query()).filter((server) => !ntpBefore.has(server.id));
  restores.push(async () => {
    for (const server of await newNtpServers()) await client.systemSettings.ntpServers.delete(server.id);
  });
  const config = (v: 0 | 1) =>
    [
      ...settings.map((s) => `resource "truenas_${s.type}" "acc" {\n  ${s.hcl(prefix, v)}\n}`),
      `resource "truenas_static_route" "acc" {
  destination = "198.51.100.0/24"
  gateway     = "${v ? '192.0.2.2' : '192.0.2.1'}"
  description = "${prefix} static route"
}
resource "truenas_ntp_server" "acc" {
  address = "192.0.2.123"
  iburst  = ${flag(v)}
  force   = true
}
resource "truenas_tunable" "acc" {
  type    = "SYSCTL"
  var     = "net.ipv4.tcp_keepalive_time"
  value   = "${v ? 7201 : 7200}"
  comment = "${prefix} tunable"
}`,
      alertPolicyHcl(alertClasses, v),
    ].join('\n');
  const types = [...settings.map((s) => s.type), ...TRUENAS_SERVER_WIDE];
  return {
    restores,
    cases: [
      {
        name: 'TrueNAS service settings, static route, NTP server, tunable, alert policy (disruptive)',
        steps: [{ config: config(0) }, { config: config(1), expect: Object.fromEntries(types.map((type) => [`truenas_${type}.acc`, 'update'])) }],
        // `force` only skips the reachability check of the create; the server does not keep it.
        imports: types.map((type) => ({ address: `truenas_${type}.acc`, ...(type === 'ntp_server' ? { unreadable: ['force'] } : {}) })),
        leftovers: async () => (await newNtpServers()).map((server) => `ntp server ${server.address}`),
      },
    ],
  };
}

/** A Proxmox singleton: read it, write fields back (absent ones removed). */
interface ProxmoxSetting {
  read(): Promise<Values>;
  write(values: Record<string, string | number | boolean>, remove: readonly string[]): Promise<void>;
  readonly fields: readonly string[];
}

async function recordProxmox(setting: ProxmoxSetting): Promise<Restore> {
  const before = await setting.read();
  return async () => {
    const set = Object.fromEntries(
      setting.fields.flatMap((field) => (before[field] === undefined ? [] : [[field, before[field] as string | number | boolean]])),
    );
    await setting.write(
      set,
      setting.fields.filter((field) => before[field] === undefined),
    );
  };
}

/** The Proxmox disruptive cases on `node`, and the restore of what they change (recorded now). */
export async function proxmoxDisruptive(
  client: ProxmoxClient,
  prefix: string,
  node: string,
  /** Whether the run skips TLS verification (the node's certificate case needs it). */
  insecure: boolean,
): Promise<{ cases: LifecycleCase<AcceptanceServers>[]; restores: Restore[] }> {
  const cluster = { kind: 'cluster' } as const;
  const nodeScope = { kind: 'node', node } as const;
  const dns = await client.settings.dns(node);
  const hosts = await client.settings.hosts(node);
  const time = await client.settings.time(node);
  const restores: Restore[] = [
    await recordProxmox({ read: () => client.datacenter.options(), write: (v, r) => client.datacenter.setOptions(v, r), fields: ['description'] }),
    await recordProxmox({ read: () => client.settings.config(node), write: (v, r) => client.settings.updateConfig(node, v, r), fields: ['description'] }),
    await recordProxmox({
      read: () => client.firewall.options(cluster),
      write: (v, r) => client.firewall.updateOptions(cluster, v, { delete: r }),
      fields: ['ebtables'],
    }),
    await recordProxmox({
      read: () => client.firewall.options(nodeScope),
      write: (v, r) => client.firewall.updateOptions(nodeScope, v, { delete: r }),
      fields: ['log_level_in'],
    }),
    async () =>
      client.settings.setDns(node, { search: dns.search ?? '', ...(pick(dns, ['dns1', 'dns2', 'dns3']) as { dns1?: string; dns2?: string; dns3?: string }) }),
    async () => client.settings.setHosts(node, hosts.data),
    async () => client.settings.setTimezone(node, time.timezone),
  ];
  const apt = await proxmoxAptDisruptive(client, node);
  const certificate = await proxmoxCertificateDisruptive(client, prefix, node, insecure);
  restores.push(...apt.restores, ...certificate.restores);
  const servers = [dns.dns1, dns.dns2, dns.dns3].filter((s): s is string => s !== undefined);
  const config = (v: 0 | 1) => `resource "proxmox_cluster_options" "acc" {
  description = "${prefix} ${v}"
}
resource "proxmox_node_config" "acc" {
  node        = "${node}"
  description = "${prefix} ${v}"
}
resource "proxmox_cluster_firewall" "acc" {
  ebtables = ${flag(v)}
}
resource "proxmox_node_firewall" "acc" {
  node         = "${node}"
  log_level_in = "${v ? 'info' : 'nolog'}"
}
resource "proxmox_node_dns" "acc" {
  node    = "${node}"
  search  = "${prefix}-${v}.example"
  servers = ${JSON.stringify(servers)}
}
resource "proxmox_node_hosts" "acc" {
  node    = "${node}"
  content = ${JSON.stringify(`${hosts.data.replace(/\n*$/, '\n')}# ${prefix} ${v}\n`)}
}
resource "proxmox_node_time" "acc" {
  node     = "${node}"
  timezone = "${v ? 'Europe/Berlin' : 'UTC'}"
}`;
  const types = PROXMOX_SINGLETONS;
  return {
    restores,
    cases: [
      {
        name: 'Proxmox cluster options, node settings, DNS, hosts, time, cluster and node firewall options (disruptive)',
        steps: [{ config: config(0) }, { config: config(1), expect: Object.fromEntries(types.map((type) => [`proxmox_${type}.acc`, 'update'])) }],
        // managed_options records the configuration at plan time: an import has none to record.
        imports: types.map((type) => ({ address: `proxmox_${type}.acc`, ...(type === 'cluster_options' ? { unreadable: ['managed_options'] } : {}) })),
        leftovers: () => [],
      },
      ...[apt.case, certificate.case].filter((c) => c !== undefined),
    ],
  };
}
