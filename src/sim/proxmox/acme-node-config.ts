// A node's ACME settings as pve-manager PVE/NodeConfig.pm `get_acme_conf` reads them from the
// node config: `acme: account=NAME[,domains=a;b]` (domains there use the standalone plugin) and
// `acmedomain0`…`acmedomain5: [domain=]NAME[,plugin=ID][,alias=NAME]`. Domains are lower-cased,
// must be unique, and a plugin other than `standalone` must exist in plugins.cfg.
import { ACME_DOMAIN_SLOTS } from '../../clients/proxmox/acme-domains.js';
import { parsePropertyString } from '../../clients/proxmox/property-string.js';
import { die } from './pve-error.js';

/** `$MAXDOMAINS`: acmedomain0 to acmedomain5. */
export const MAX_ACME_DOMAIN_INDEX = ACME_DOMAIN_SLOTS - 1;

export interface SimAcmeDomain {
  domain: string;
  plugin: string;
  alias?: string;
  /** The config key that names it (`acme` or `acmedomainN`), for the duplicate error. */
  configKey: string;
}

export interface SimAcmeNodeConfig {
  account: string;
  domains: SimAcmeDomain[];
}

export function acmeNodeConfig(config: Readonly<Record<string, string>>, plugins: ReadonlyMap<string, unknown>): SimAcmeNodeConfig {
  const domains = new Map<string, SimAcmeDomain>();
  let account = 'default';
  const acme = config.acme;
  if (acme !== undefined) {
    const { bare, props } = parsePropertyString(acme);
    account = props.account ?? bare ?? 'default';
    for (const raw of (props.domains ?? '').split(';').filter((d) => d !== '')) {
      const domain = raw.toLowerCase();
      if (domains.has(domain)) throw die(`duplicate domain '${domain}' in ACME config properties`);
      domains.set(domain, { domain, plugin: 'standalone', configKey: 'acme' });
    }
  }
  for (let index = 0; index <= MAX_ACME_DOMAIN_INDEX; index++) {
    const record = config[`acmedomain${index}`];
    if (record === undefined) continue;
    const { bare, props } = parsePropertyString(record);
    const domain = (props.domain ?? bare ?? '').toLowerCase();
    const exists = domains.get(domain);
    if (exists) throw die(`duplicate domain '${domain}' in ACME config properties 'acmedomain${index}' and '${exists.configKey}'`);
    const plugin = props.plugin ?? 'standalone';
    if (plugin !== 'standalone' && !plugins.has(plugin)) throw die(`plugin '${plugin}' for domain '${domain}' not found!`);
    domains.set(domain, { domain, plugin, ...(props.alias !== undefined ? { alias: props.alias } : {}), configKey: `acmedomain${index}` });
  }
  return { account, domains: [...domains.values()] };
}
