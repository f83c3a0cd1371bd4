// ACME accounts (/etc/pve/priv/acme/<name>), ACME challenge plugins (priv/acme/plugins.cfg) and
// each node's custom certificate (/etc/pve/nodes/<node>/pveproxy-ssl.{pem,key}), as pve-manager
// keeps them.

export interface SimAcmeAccount {
  contact: string[];
  directory: string;
  tos?: string;
  location: string;
  /** The External Account Binding key id the account was registered with. */
  eabKid?: string;
}

export interface SimCertificates {
  accounts: Map<string, SimAcmeAccount>;
  /** Deactivated accounts keep their file as `_deactivated_<name>_<n>`. */
  deactivated: string[];
  plugins: Map<string, Record<string, string>>;
  /** pveproxy-ssl.pem and .key by node. */
  custom: Map<string, { pem: string; key: string }>;
  /** pve-ssl.pem, the certificate the cluster CA issued the node (the simulator's own). */
  nodePem?: string;
}

export function seedCertificates(): SimCertificates {
  // The built-in standalone (HTTP-01) plugin that plugins.cfg always has.
  return { accounts: new Map(), deactivated: [], plugins: new Map([['standalone', { type: 'standalone' }]]), custom: new Map() };
}
