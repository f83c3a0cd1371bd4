// The system settings CRUD namespaces (staticroute, system.ntpserver, cronjob,
// initshutdownscript, tunable, reporting.exporters, alertservice): a row is the create schema's
// defaults plus the data sent, checked as the middleware's plugin checks it
// (truenas/middleware src/middlewared/middlewared/plugins/{network_/static_routes,ntp,cron,
// init_shutdown_script,tunables,alert}.py and reporting/export.py @TS-25.10.6).
import { cidrContains, hasHostBits } from '../../../clients/common/ip-address.js';
import { NAMESERVERS_IN_ORDER, nameserverProblem } from '../../../clients/common/nameserver.js';
import { Errno } from '../../../clients/truenas/errno.js';
import { explodedInterface } from '../ip-network.js';
import { crud, mustExist, versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import type { JsonSchema } from '../schema/types.js';
import { Verrors } from '../sim-errors.js';
import type { SettingsNamespace } from '../system-settings-state.js';
import { pathExists } from './accounts.js';
import { fitReturns } from './fit-returns.js';
import { configMethods } from './service-config.js';

type Row = Record<string, unknown>;

/** Fills in what `value` leaves out from the schema's defaults (into objects and the matching union member). */
export function withDefaults(node: JsonSchema | undefined, value: unknown): unknown {
  if (!node) return value;
  if (value === undefined) return node.default === undefined ? undefined : structuredClone(node.default);
  const members = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  if (members.length > 0) {
    const member = members.find(
      (m) => m.properties && Object.entries(m.properties).every(([key, p]) => p.const === undefined || (value as Row)[key] === p.const),
    );
    return member ? withDefaults(member, value) : value;
  }
  if (!node.properties || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Row = { ...(value as Row) };
  for (const [key, property] of Object.entries(node.properties)) {
    const filled = withDefaults(property, out[key]);
    if (filled !== undefined) out[key] = filled;
  }
  return out;
}

interface SettingsKind {
  readonly namespace: SettingsNamespace;
  /** The service's verbose name in InstanceNotFound (class name without "Service"). */
  readonly noun: string;
  /** The prefix of validation attributes: `<schema>_create` / `<schema>_update`. */
  readonly schema: string;
  /** Checks a whole row before it is stored, normalising what the plugin normalises. */
  check(row: Row, ctx: CallContext, attribute: (field: string) => string, verrors: Verrors, id?: number): void;
  /** Fields the call takes but the row does not keep. */
  readonly transient?: readonly string[];
  /** The row as the API answers it. */
  present?(row: Row, ctx: CallContext): Row;
  /** What a new row holds beyond the data (set by the plugin, not the caller). */
  derive?(row: Row, ctx: CallContext): Row;
  /** What storing the row does to the system (after create and update). */
  apply?(row: Row, ctx: CallContext): void;
  onDelete?(row: Row, ctx: CallContext): void;
}

function settingsMethods(kind: SettingsKind): MethodTable {
  const table = (ctx: CallContext) => ctx.state.systemSettings.tables[kind.namespace];
  const present = (row: Row, ctx: CallContext) => fitReturns(ctx, `${kind.namespace}.query`, kind.present ? kind.present(row, ctx) : structuredClone(row));
  const store = (row: Row, verb: 'create' | 'update', ctx: CallContext, id?: number): Row => {
    const verrors = new Verrors();
    kind.check(row, ctx, (field) => `${kind.schema}_${verb}.${field}`, verrors, id);
    verrors.check();
    return Object.fromEntries(Object.entries(row).filter(([key]) => !kind.transient?.includes(key)));
  };
  return crud<number>(kind.namespace, {
    noun: kind.noun,
    rows: (ctx) =>
      table(ctx)
        .list()
        .map((row) => present(row, ctx)),
    create: (data, ctx) => {
      const accepts = ctx.schema.method(`${kind.namespace}.create`)?.accepts.prefixItems?.[0];
      const row = store(withDefaults(accepts, data) as Row, 'create', ctx);
      const stored = table(ctx).insert({ ...row, ...kind.derive?.(row, ctx) });
      kind.apply?.(stored, ctx);
      return present(stored, ctx);
    },
    update: (id, data, ctx) => {
      const old = mustExist(table(ctx).get(id), kind.noun, id);
      const row = store({ ...structuredClone(old), ...data }, 'update', ctx, id);
      Object.assign(old, row);
      kind.apply?.(old, ctx);
      return present(old, ctx);
    },
    delete: (id, _options, ctx) => {
      const old = mustExist(table(ctx).get(id), kind.noun, id);
      kind.onDelete?.(old, ctx);
      return table(ctx).delete(id);
    },
  });
}

/** Python's ipaddress complaint about text that is no address or interface. */
const notIp = (text: unknown, what: 'address' | 'interface') =>
  `${JSON.stringify(String(text)).replace(/^"|"$/g, "'")} does not appear to be an IPv4 or IPv6 ${what}`;

const staticRoutes: SettingsKind = {
  namespace: 'staticroute',
  noun: 'StaticRoute',
  schema: 'staticroute',
  check(row, ctx, attribute, verrors) {
    // 25.04's create model types destination IPvAnyNetwork (api/v25_04_2/static_route.py:26-28), a
    // strict parse that refuses host bits; 25.10+ take any ip_interface.
    if (!versionAtLeast(ctx.version, '25.10') && hasHostBits(String(row['destination'])))
      verrors.add('data.destination', 'value is not a valid IPv4 or IPv6 network');
    const destination = explodedInterface(String(row['destination']));
    const gateway = explodedInterface(String(row['gateway']));
    if (!destination) verrors.add(attribute('destination'), notIp(row['destination'], 'interface'));
    if (!gateway || String(row['gateway']).includes('/')) verrors.add(attribute('gateway'), notIp(row['gateway'], 'address'));
    if (!destination || !gateway || String(row['gateway']).includes('/')) return;
    if (destination.family !== gateway.family) verrors.add(attribute('destination'), 'Destination and gateway address families must match');
    else {
      row['destination'] = destination.text;
      row['gateway'] = gateway.text.replace(/\/\d+$/, '');
    }
  },
};

/** Names the simulator cannot reach: the reserved `.invalid` domain (RFC 2606). */
const unreachable = (address: string) => /\.invalid\.?$/i.test(address);

const ntpServers: SettingsKind = {
  namespace: 'system.ntpserver',
  noun: 'NTPServer',
  schema: 'ntpserver',
  transient: ['force'],
  check(row, _ctx, attribute, verrors) {
    if (!row['force'] && unreachable(String(row['address'])))
      verrors.add(attribute('address'), 'Server could not be reached. Check "Force" to continue regardless.');
    if (!(Number(row['maxpoll']) > Number(row['minpoll']))) verrors.add(attribute('maxpoll'), 'Max Poll should be higher than Min Poll');
  },
};

const cronJobs: SettingsKind = {
  namespace: 'cronjob',
  noun: 'CronJob',
  schema: 'cron_job',
  check(row, ctx, attribute, verrors) {
    const user = String(row['user'] ?? '');
    // 26.0 stores the name NSS gives (cron/crud.py `validate` @TS-26.0.0-BETA.3:75-86); the
    // simulator's NSS matches names regardless of case, as a directory service's does.
    const canonicalises = versionAtLeast(ctx.version, '26.0');
    const account = ctx.state.users.list().find((u) => u.username === user || (canonicalises && u.username.toLowerCase() === user.toLowerCase()));
    if (user.includes(' ')) verrors.add(attribute('user'), 'Usernames cannot have spaces');
    else if (user && !account) verrors.add(attribute('user'), 'Specified user does not exist');
    else if (account) row['user'] = account.username;
    if (!row['command']) verrors.add(attribute('command'), 'Please specify a command for cronjob task.');
  },
};

const initScripts: SettingsKind = {
  namespace: 'initshutdownscript',
  noun: 'InitShutdownScript',
  schema: 'init_shutdown_script',
  check(row, ctx, attribute, verrors) {
    if (row['type'] === 'COMMAND' && !row['command']) verrors.add(attribute('command'), 'This field is required');
    else if (row['type'] === 'SCRIPT') {
      if (!row['script']) verrors.add(attribute('script'), 'This field is required');
      else if (!pathExists(ctx.state, String(row['script']))) verrors.add(attribute('script'), `Path ${String(row['script'])} not found`, Errno.ENOENT);
    }
  },
};

/** The kernel side of a tunable: its current value (sysctl or ZFS parameter), or undefined. */
function kernelValues(row: Row, ctx: CallContext): Map<string, string> | undefined {
  const { sysctls, zfsParameters } = ctx.state.systemSettings;
  return row['type'] === 'SYSCTL' ? sysctls : row['type'] === 'ZFS' ? zfsParameters : undefined;
}

const tunables: SettingsKind = {
  namespace: 'tunable',
  noun: 'Tunable',
  schema: 'tunable',
  transient: ['update_initramfs'],
  check(row, ctx, attribute, verrors, id) {
    const name = String(row['var']);
    if (id !== undefined) return;
    if (ctx.state.systemSettings.tables.tunable.list().some((t) => t['var'] === name))
      verrors.add(attribute('var'), `Tunable '${name}' already exists in database.`, Errno.EEXIST);
    if (row['type'] === 'SYSCTL' && !ctx.state.systemSettings.sysctls.has(name))
      verrors.add(attribute('var'), `Sysctl '${name}' does not exist in kernel.`, Errno.ENOENT);
    if (row['type'] === 'UDEV' && name.includes('truenas'))
      verrors.add(attribute('var'), 'Udev rules with `truenas` in their name are not allowed.', Errno.EPERM);
    if (row['type'] === 'ZFS' && !ctx.state.systemSettings.zfsParameters.has(name))
      verrors.add(attribute('var'), `ZFS module does not accept '${name}' parameter.`, Errno.ENOENT);
  },
  // The kernel's value before the tunable is kept as orig_value.
  derive: (row, ctx) => ({ orig_value: kernelValues(row, ctx)?.get(String(row['var'])) ?? '' }),
  // An enabled tunable sets the kernel value, a disabled one puts the original back (do_update).
  apply: (row, ctx) => kernelValues(row, ctx)?.set(String(row['var']), String(row[row['enabled'] ? 'value' : 'orig_value'])),
  // Deleting a tunable puts the kernel's original value back (do_delete).
  onDelete: (row, ctx) => kernelValues(row, ctx)?.set(String(row['var']), String(row['orig_value'])),
};

const reportingExporters: SettingsKind = {
  namespace: 'reporting.exporters',
  noun: 'ReportingExports',
  schema: 'reporting_exporter',
  check(row, ctx, attribute, verrors, id) {
    if (ctx.state.systemSettings.tables['reporting.exporters'].list().some((e) => e['name'] === row['name'] && e.id !== id))
      verrors.add(attribute('name'), 'Specified name is already in use');
  },
};

const ALERT_LEVELS = ['INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'];
const ALERT_SERVICE_TITLES: Record<string, string> = {
  AWSSNS: 'AWS SNS',
  InfluxDB: 'InfluxDB',
  Mail: 'Email',
  Mattermost: 'Mattermost',
  OpsGenie: 'OpsGenie',
  PagerDuty: 'PagerDuty',
  Slack: 'Slack',
  SNMPTrap: 'SNMP Trap',
  Telegram: 'Telegram',
  VictorOps: 'VictorOps',
};

/**
 * Rows keep the type inside `attributes` (the 25.10 shape); 25.04 takes and answers it beside
 * them (plugins/alert.py `_compress`/`extend` move it).
 */
const alertServices: SettingsKind = {
  namespace: 'alertservice',
  noun: 'AlertService',
  schema: 'alert_service',
  check(row, ctx, attribute, verrors) {
    if (!ALERT_LEVELS.includes(String(row['level'])))
      verrors.add(attribute('level'), `Level must be one of ${JSON.stringify(ALERT_LEVELS).replace(/"/g, "'").replace(/,/g, ', ')}`);
    if (!versionAtLeast(ctx.version, '25.10') && row['type'] !== undefined) {
      const { type, ...rest } = row;
      row['attributes'] = { ...(rest['attributes'] as Row), type };
      delete row['type'];
    }
  },
  present(row, ctx) {
    const attributes = structuredClone(row['attributes']) as Row;
    const title = ALERT_SERVICE_TITLES[String(attributes['type'])] ?? '<Unknown>';
    if (versionAtLeast(ctx.version, '25.10')) return { ...row, attributes, type__title: title };
    const { type, ...rest } = attributes;
    return { ...row, type, attributes: rest, type__title: title };
  },
};

export const systemSettingsMethods: MethodTable = Object.assign(
  {},
  ...[staticRoutes, ntpServers, cronJobs, initScripts, tunables, reportingExporters, alertServices].map(settingsMethods),
);

/** mail.update's checks (plugins/mail.py do_update): SMTP user, sender address, ASCII password. */
function checkMail(config: Row): void {
  const verrors = new Verrors();
  if (config['smtp'] && config['user'] === '') verrors.add('mail_update.user', 'This field is required when SMTP authentication is enabled');
  const oauth = config['oauth'] as Row | null;
  if ((!oauth || Object.keys(oauth).length === 0 || oauth['provider'] === 'outlook') && !config['fromemail'])
    verrors.add('mail_update.fromemail', 'This field is required');
  if (typeof config['pass'] === 'string' && [...config['pass']].some((c) => c.charCodeAt(0) > 0x7f))
    verrors.add('mail_update.pass', 'Only plain text characters (7-bit ASCII) are allowed in passwords. UTF or composed characters are not allowed.');
  verrors.check();
}

/**
 * Alert classes of the simulated system (a subset of middlewared/alert/source/*.py @TS-25.10.6)
 * and whether each offers proactive support.
 */
export const ALERT_CLASSES: Readonly<Record<string, boolean>> = {
  CertificateExpired: false,
  NTPHealthCheck: false,
  ReplicationFailed: false,
  ScrubPaused: false,
  SMARTFailedSelfTest: false,
  SnapshotFailed: false,
  SSHLoginFailures: false,
  UPSOnBattery: false,
  VolumeStatus: true,
  ZpoolCapacityCritical: true,
  ZpoolCapacityNotice: true,
  ZpoolCapacityWarning: true,
};

/** alertclasses.update's checks (plugins/alert.py AlertClassesService.do_update). */
function checkAlertClasses(config: Row): void {
  const verrors = new Verrors();
  for (const [name, settings] of Object.entries(config['classes'] as Record<string, Row>)) {
    if (!Object.hasOwn(ALERT_CLASSES, name)) verrors.add(`alert_class_update.classes.${name}`, 'This alert class does not exist');
    else if ('proactive_support' in settings && !ALERT_CLASSES[name])
      verrors.add(`alert_class_update.classes.${name}.proactive_support`, 'Proactive support is not supported by this alert class');
  }
  verrors.check();
}

/**
 * network.configuration.update's checks and effects (plugins/network_/global_config.py
 * @TS-25.10.6 `validate_general_settings`, `validate_nameservers`; route.py
 * `gateway_is_reachable`): name servers that are addresses and not loopback, unspecified,
 * broadcast or link-local, given in order; an IPv4 gateway inside the network of an interface
 * address (`interfaceAddresses` entries with a prefix; loopback never counts); at most five
 * extra domains; only what the call sends. The effective settings (`state`) follow the
 * configured ones, as with no DHCP.
 */
function checkNetworkConfig(config: Row, ctx: CallContext, data: Row): void {
  const schema = 'global_configuration_update';
  const verrors = new Verrors();
  // Like the plugin, only what the call sends is checked (the stored settings passed before).
  const sentNameservers = [1, 2, 3].filter((index) => data[`nameserver${index}`]);
  for (const index of sentNameservers) {
    const problem = nameserverProblem(String(data[`nameserver${index}`]));
    if (problem) verrors.add(`${schema}.nameserver${index}`, problem);
  }
  if (sentNameservers.some((index, i) => i > 0 && index !== sentNameservers[i - 1]! + 1)) verrors.add(`${schema}.nameserver`, NAMESERVERS_IN_ORDER);
  const gateway = String(data['ipv4gateway'] ?? '');
  if (gateway && !ipv4Reachable(gateway, ctx.state.interfaceAddresses)) verrors.add(`${schema}.ipv4gateway`, `Gateway ${gateway} is unreachable`);
  if (Array.isArray(data['domains']) && data['domains'].length > 5) verrors.add(`${schema}.domains`, 'No more than 5 additional domains are allowed');
  // The API's Hostname and Domain types (api/base/types/network.py).
  if (!/^[a-z.\-0-9]*[a-z0-9]$/i.test(String(config['hostname'])))
    verrors.add(`${schema}.hostname`, 'Hostname can only contain letters, numbers, periods, and dashes and must end with a letter or number');
  if (!/^[a-z.\-0-9]*$/i.test(String(config['domain']))) verrors.add(`${schema}.domain`, 'Domain can only contain letters, numbers, periods, and dashes');
  verrors.check();
  config['hostname_local'] = config['hostname'];
  const fields = ['ipv4gateway', 'ipv6gateway', 'nameserver1', 'nameserver2', 'nameserver3'];
  // Stored as one text each and read back split (global_config.py @TS-25.10.6:87-91,252-253).
  config['domains'] = (config['domains'] as string[]).join(' ').split(/\s+/).filter(Boolean);
  const hosts = (config['hosts'] as string[]).join('\n').trim();
  config['hosts'] = hosts ? hosts.split('\n') : [];
  config['state'] = { ...Object.fromEntries(fields.map((field) => [field, config[field]])), hosts: config['hosts'] };
}

/** Whether an IPv4 gateway lies in the network of a non-loopback interface address ("ADDR/PREFIX"). */
function ipv4Reachable(gateway: string, interfaceAddresses: readonly string[]): boolean {
  return interfaceAddresses.some((entry) => entry.includes('/') && !entry.startsWith('127.') && cidrContains(entry, gateway));
}

export const systemConfigMethods: MethodTable = {
  ...configMethods('mail', checkMail),
  ...configMethods('alertclasses', checkAlertClasses),
  ...configMethods('network.configuration', checkNetworkConfig),
};
