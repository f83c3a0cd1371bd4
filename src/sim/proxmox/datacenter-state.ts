// Datacenter-wide files of /etc/pve the simulator keeps: jobs.cfg (backup jobs),
// replication.cfg, ha/resources.cfg, ha/rules.cfg, ha/groups.cfg, status.cfg (metric servers)
// and datacenter.cfg (all options but `next-id`, which SimState.nextId holds for /cluster/nextid).

/** One section: its option values as the file holds them (all text). */
export type SimSection = Record<string, string>;

export interface SimDatacenter {
  backupJobs: Map<string, SimSection>;
  replication: Map<string, SimSection>;
  haResources: Map<string, SimSection>;
  haRules: Map<string, SimSection>;
  haGroups: Map<string, SimSection>;
  /**
   * The CRM's service state (manager_status `service_status`) of resources whose state differs
   * from the configured one: `migrate` while the HA stack moves the guest (handlers/migrate.ts).
   */
  haServiceStates: Map<string, string>;
  metricServers: Map<string, SimSection>;
  /** The stored secrets of metric servers (priv/metricserver/<id>.pw): never read back. */
  metricTokens: Map<string, string>;
  /** datacenter.cfg, property strings as text. */
  options: SimSection;
}

export function emptyDatacenter(): SimDatacenter {
  return {
    backupJobs: new Map(),
    replication: new Map(),
    haResources: new Map(),
    haRules: new Map(),
    haGroups: new Map(),
    haServiceStates: new Map(),
    metricServers: new Map(),
    metricTokens: new Map(),
    options: {},
  };
}
