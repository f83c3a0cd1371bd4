// The firewall configuration files of /etc/pve/firewall: cluster.fw (options, rules, security
// groups, aliases, IP sets), <node>/host.fw (options, rules) and <vmid>.fw (options, rules,
// aliases, IP sets), as pve-firewall holds them after reading (PVE/Firewall.pm).
import { createHash } from 'node:crypto';

/** A rule's fields as the config file keeps them (`enable` as "0"/"1"). */
export type SimFwRule = Record<string, string>;

export interface SimFwAlias {
  /** As given at creation; the alias is keyed by its lowercase name. */
  name: string;
  cidr: string;
  comment?: string;
}

export interface SimFwIpsetEntry {
  cidr: string;
  comment?: string;
  nomatch?: boolean;
}

export interface SimFwIpset {
  comment?: string;
  entries: SimFwIpsetEntry[];
}

/** What one firewall file holds; hosts have no aliases or IP sets (their maps stay empty). */
export interface SimFwConfig {
  options: Record<string, string>;
  rules: SimFwRule[];
  aliases: Map<string, SimFwAlias>;
  ipsets: Map<string, SimFwIpset>;
}

export interface SimFwGroup {
  comment?: string;
  rules: SimFwRule[];
}

export interface SimFirewall {
  cluster: SimFwConfig & { groups: Map<string, SimFwGroup> };
  hosts: Map<string, SimFwConfig>;
  guests: Map<number, SimFwConfig>;
}

export function emptyFwConfig(): SimFwConfig {
  return { options: {}, rules: [], aliases: new Map(), ipsets: new Map() };
}

export function emptyFirewall(): SimFirewall {
  return { cluster: { ...emptyFwConfig(), groups: new Map() }, hosts: new Map(), guests: new Map() };
}

/** A host's or guest's file, created empty on first use (as a missing file reads empty). */
export function fwConfigOf<K>(files: Map<K, SimFwConfig>, key: K): SimFwConfig {
  let config = files.get(key);
  if (!config) {
    config = emptyFwConfig();
    files.set(key, config);
  }
  return config;
}

/** `copy_list_with_digest`: SHA-1 over each entry's sorted `key:value` lines; every entry gets the digest. */
export function listWithDigest<T extends object>(list: readonly T[]): { list: Array<T & { digest: string }>; digest: string } {
  const sha = createHash('sha1');
  for (const entry of list) {
    for (const key of Object.keys(entry).sort()) {
      const value = (entry as Record<string, unknown>)[key];
      if (value === undefined || value === null || typeof value === 'object') continue;
      sha.update(`${key}:${typeof value === 'boolean' ? (value ? 1 : 0) : String(value)}\n`);
    }
  }
  const digest = sha.digest('hex');
  return { list: list.map((entry) => ({ ...entry, digest })), digest };
}

/** `copy_opject_with_digest`: the object with the digest of its sorted `key:value` lines. */
export function objectWithDigest(object: Record<string, string>): { object: Record<string, string>; digest: string } {
  const sha = createHash('sha1');
  for (const key of Object.keys(object).sort()) sha.update(`${key}:${object[key]}\n`);
  const digest = sha.digest('hex');
  return { object: { ...object, digest }, digest };
}
