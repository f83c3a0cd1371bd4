// The simulated system's network interfaces: the configuration database the interface.*
// methods write (pending until committed), what the kernel runs (applied at commit), the
// snapshot taken before the first change (what a rollback restores) and the rollback timer a
// commit with `rollback` arms. Upstream: plugins/network.py @TS-25.10.6 (`__save_datastores`,
// `__restore_datastores`, `commit`, `checkin`, `rollback`).

export interface SimAlias {
  type: 'INET' | 'INET6';
  address: string;
  netmask: number;
}

/** One interface's rows in the configuration database (network_interfaces and its satellites). */
export interface SimInterfaceConfig {
  name: string;
  description: string;
  ipv4_dhcp: boolean;
  ipv6_auto: boolean;
  mtu: number | null;
  aliases: SimAlias[];
  /** network_bridge. */
  bridge?: { members: string[]; stp: boolean; enable_learning: boolean };
  /** network_lagginterface (lower-case protocol and policies, as stored) and its members. */
  lag?: { protocol: string; xmit_hash_policy: string | null; lacpdu_rate: string | null; ports: string[] };
  /** network_vlan. */
  vlan?: { parent: string; tag: number; pcp: number | null };
}

/** A NIC the hardware has: it exists whether or not the database configures it. */
export interface SimPhysicalNic {
  name: string;
  linkAddress: string;
  /** Addresses DHCP gave it on a fresh install (shown in `state.aliases` while unconfigured). */
  dhcpAddresses: SimAlias[];
}

type Configs = Map<string, SimInterfaceConfig>;

const copy = (configs: Configs): Configs => new Map([...configs].map(([name, config]) => [name, structuredClone(config)]));

/** The NICs of the lab's TrueNAS: four ports, the first one carrying the API (by DHCP). */
export function defaultNics(): SimPhysicalNic[] {
  return ['enp1s0', 'enp2s0', 'enp3s0', 'enp4s0'].map((name, index) => ({
    name,
    linkAddress: `52:54:00:12:34:${(0x56 + index).toString(16)}`,
    dhcpAddresses: [],
  }));
}

export class SimNetwork {
  readonly nics: SimPhysicalNic[];
  /** The configuration database, with pending changes. */
  configs: Configs = new Map();
  /** What the kernel runs: the database as of the last commit (or rollback). */
  applied: Configs = new Map();
  /** `_original_datastores`: the database before the first pending change; null when none. */
  original: Configs | null = null;
  /** When (simulated ms) the armed rollback fires; null when no commit waits for its check-in. */
  rollbackAt: number | null = null;
  constructor(nics: SimPhysicalNic[] = defaultNics()) {
    this.nics = nics;
  }

  /** Takes the snapshot a rollback restores, once per round of changes (`__save_datastores`). */
  saveOriginal(): void {
    this.original ??= copy(this.configs);
  }

  hasPendingChanges(): boolean {
    return this.original !== null;
  }

  /** `sync`: the kernel takes the database's configuration. */
  apply(): void {
    this.applied = copy(this.configs);
  }

  /** `rollback`: the database and the kernel go back to the snapshot; the timer is cancelled. */
  rollback(): void {
    this.rollbackAt = null;
    if (this.original) this.configs = this.original;
    this.original = null;
    this.apply();
  }

  /** Fires the rollback timer when the simulated clock has passed it. */
  settle(now: number): void {
    if (this.rollbackAt !== null && now >= this.rollbackAt) this.rollback();
  }

  /** The addresses the running system has: configured aliases, or DHCP's where nothing is configured. */
  liveAddresses(): string[] {
    const configured = [...this.applied.values()].flatMap((config) => config.aliases.map((alias) => alias.address));
    // Configuring the first interface tears DHCP down on the others (`network_config_to_be_removed`).
    const dhcp = this.nics
      .filter((nic) => this.applied.size === 0 || this.applied.get(nic.name)?.ipv4_dhcp)
      .flatMap((nic) => nic.dhcpAddresses.map((a) => a.address));
    return [...configured, ...dhcp];
  }

  /** Whether clients reaching the API on `apiAddress` (the fault switch; null: any) still can. */
  reachable(apiAddress: string | null): boolean {
    return apiAddress === null || this.liveAddresses().includes(apiAddress);
  }

  inventory(): Record<string, string[]> {
    return { interfaces: [...this.configs.keys()] };
  }
}
