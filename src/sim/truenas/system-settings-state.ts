// The simulated system settings: rows of the CRUD namespaces (static routes, NTP servers, cron
// jobs, init/shutdown scripts, tunables, reporting exporters, alert services) in one table per
// namespace, what the kernel offers tunables, and the mail and alert class singletons' defaults.
import { Table } from './state.js';

export type SimSettingsRow = { id: number } & Record<string, unknown>;

export const SETTINGS_NAMESPACES = [
  'staticroute',
  'system.ntpserver',
  'cronjob',
  'initshutdownscript',
  'tunable',
  'reporting.exporters',
  'alertservice',
] as const;
export type SettingsNamespace = (typeof SETTINGS_NAMESPACES)[number];

/** The NTP servers a fresh install has (plugins/ntp.py's datastore is seeded with the Debian pool). */
export const DEFAULT_NTP_SERVERS = ['0.debian.pool.ntp.org', '1.debian.pool.ntp.org', '2.debian.pool.ntp.org'];

export class SimSystemSettings {
  readonly tables = Object.fromEntries(SETTINGS_NAMESPACES.map((ns) => [ns, new Table<SimSettingsRow>()])) as Record<SettingsNamespace, Table<SimSettingsRow>>;
  /** Sysctls the simulated kernel has, with their current values (tunable.get_sysctls). */
  readonly sysctls = new Map<string, string>([
    ['kernel.panic', '0'],
    ['net.core.somaxconn', '4096'],
    ['net.ipv4.tcp_keepalive_time', '7200'],
    ['vm.swappiness', '60'],
  ]);
  /** ZFS module parameters (/sys/module/zfs/parameters/*). */
  readonly zfsParameters = new Map<string, string>([
    ['zfs_arc_max', '0'],
    ['zfs_arc_min', '0'],
    ['zfs_txg_timeout', '5'],
    ['zfs_vdev_async_read_max_active', '3'],
  ]);

  constructor() {
    for (const address of DEFAULT_NTP_SERVERS)
      this.tables['system.ntpserver'].insert({ address, burst: false, iburst: true, prefer: false, minpoll: 6, maxpoll: 10 });
  }

  /** Ids by namespace for SimState.inventory(); the seeded NTP servers are part of every system. */
  inventory(): Record<string, number[]> {
    return Object.fromEntries(
      SETTINGS_NAMESPACES.map((ns) => [
        `settings:${ns}`,
        this.tables[ns]
          .list()
          .filter((row) => !(ns === 'system.ntpserver' && DEFAULT_NTP_SERVERS.includes(String(row['address']))))
          .map((row) => row.id),
      ]),
    );
  }
}

/** A fresh install's mail and alert class settings (kept with the other single-row settings). */
export function systemConfigDefaults(): Record<string, Record<string, unknown>> {
  return {
    mail: { id: 1, fromemail: '', fromname: '', outgoingserver: '', port: 25, security: 'PLAIN', smtp: false, user: null, pass: null, oauth: null },
    alertclasses: { id: 1, classes: {} },
    // network.globalconfiguration's defaults (plugins/network_/global_config.py @TS-25.10.6), the
    // host name an install sets; `hostname_local` and `state` are what network_config_extend adds.
    'network.configuration': {
      id: 1,
      hostname: 'truenas',
      hostname_local: 'truenas',
      domain: 'local',
      domains: [],
      ipv4gateway: '',
      ipv6gateway: '',
      nameserver1: '',
      nameserver2: '',
      nameserver3: '',
      httpproxy: '',
      hosts: [],
      service_announcement: { mdns: true, wsd: true, netbios: false },
      activity: { type: 'DENY', activities: [] },
      state: { ipv4gateway: '', ipv6gateway: '', nameserver1: '', nameserver2: '', nameserver3: '', hosts: [] },
    },
  };
}
