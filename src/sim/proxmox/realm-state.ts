// Authentication realms as pve-access-control keeps them: /etc/pve/domains.cfg (a section per
// realm; pam and pve are built in), the LDAP/AD bind passwords beside it in
// /etc/pve/priv/realm/<realm>.pw (never returned by the API), and realm-sync jobs in jobs.cfg.

/** A realm's options as domains.cfg holds them (API keys, text values), with its `type`. */
export type SimRealm = Record<string, string>;

export interface SimRealms {
  domains: Map<string, SimRealm>;
  /** priv/realm/<realm>.pw */
  passwords: Map<string, string>;
  /** jobs.cfg sections of type realm-sync. */
  syncJobs: Map<string, Record<string, string>>;
}

export function seedRealms(): SimRealms {
  return {
    domains: new Map([
      ['pam', { type: 'pam', comment: 'Linux PAM standard authentication' }],
      ['pve', { type: 'pve', comment: 'Proxmox VE authentication server' }],
    ]),
    passwords: new Map(),
    syncJobs: new Map(),
  };
}
