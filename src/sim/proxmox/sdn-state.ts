// SDN configuration as a PVE cluster keeps it: the written configuration in /etc/pve/sdn/*.cfg
// and the running one (.running-config) that `PUT /cluster/sdn` commits (pve-network
// src/PVE/Network/SDN.pm `commit_config`, `pending_config`).

/** One section of zones.cfg, vnets.cfg, subnets.cfg or controllers.cfg: its values as text; `dhcp-range` as a list. */
export type SdnSection = Record<string, string | string[]>;

export type SdnVersioned = 'zones' | 'vnets' | 'subnets' | 'controllers';
export const SDN_VERSIONED: readonly SdnVersioned[] = ['zones', 'vnets', 'subnets', 'controllers'];

export type SdnConfig = Record<SdnVersioned, Map<string, SdnSection>>;

export interface SimSdn {
  /** What the API writes (/etc/pve/sdn/*.cfg). */
  config: SdnConfig;
  /** What the last apply committed (/etc/pve/sdn/.running-config). */
  running: SdnConfig;
  /** ipams.cfg: not versioned, written directly. */
  ipams: Map<string, SdnSection>;
  /** Applies so far (the running config's `version`). */
  version: number;
}

export function emptySdnConfig(): SdnConfig {
  return { zones: new Map(), vnets: new Map(), subnets: new Map(), controllers: new Map() };
}

function copyConfig(config: SdnConfig): SdnConfig {
  const copy = emptySdnConfig();
  for (const kind of SDN_VERSIONED) for (const [id, section] of config[kind]) copy[kind].set(id, structuredClone(section));
  return copy;
}

/** A fresh cluster: nothing configured, the built-in `pve` IPAM present (as a new PVE 8+ install has). */
export function seedSdn(): SimSdn {
  return { config: emptySdnConfig(), running: emptySdnConfig(), ipams: new Map([['pve', { type: 'pve' }]]), version: 0 };
}

/** `commit_config`: the written configuration becomes the running one. */
export function commitSdn(sdn: SimSdn): void {
  sdn.running = copyConfig(sdn.config);
  sdn.version++;
}

/** `encode_value`: lists compare sorted and comma-joined. */
function encoded(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? [...value].sort().join(',') : value;
}

export type PendingSection = SdnSection & { pending?: Record<string, string | string[]>; state?: 'new' | 'changed' | 'deleted' };

/**
 * `pending_config`: for each object, the running values at the top level, the written values
 * that differ (or `deleted`) under `pending`, and `state` new/changed/deleted; an object with no
 * difference has neither.
 */
export function pendingView(running: Map<string, SdnSection>, config: Map<string, SdnSection>): Map<string, PendingSection> {
  const out = new Map<string, PendingSection>();
  const entry = (id: string): PendingSection => {
    let section = out.get(id);
    if (!section) out.set(id, (section = {}));
    return section;
  };
  for (const [id, run] of [...running].sort(([a], [b]) => a.localeCompare(b))) {
    const conf = config.get(id);
    const section = entry(id);
    for (const key of Object.keys(run).sort()) {
      section[key] = run[key] ?? '';
      if (conf === undefined) section.state = 'deleted';
      else if (conf[key] === undefined) {
        section.pending = { ...section.pending, [key]: 'deleted' };
        section.state = 'changed';
      } else if (encoded(run[key]) !== encoded(conf[key])) section.state = 'changed';
    }
    if (section.state !== undefined && section.pending === undefined) section.pending = {};
  }
  for (const [id, conf] of [...config].sort(([a], [b]) => a.localeCompare(b))) {
    const run = running.get(id);
    const section = entry(id);
    for (const key of Object.keys(conf).sort()) {
      const value = conf[key] ?? '';
      if (key === 'type' || key === 'vnet') section[key] = value;
      else if (run?.[key] === undefined || encoded(value) !== encoded(run[key])) section.pending = { ...section.pending, [key]: value };
      if (run === undefined) section.state = 'new';
      else if (run[key] === undefined) section.state = 'changed';
    }
    if (section.state !== undefined && section.pending === undefined) section.pending = {};
  }
  return out;
}

/** Whether anything is waiting for an apply (`has_pending_changes`). */
export function hasPendingSdn(sdn: SimSdn): boolean {
  return SDN_VERSIONED.some((kind) => [...pendingView(sdn.running[kind], sdn.config[kind]).values()].some((section) => section.pending !== undefined));
}
