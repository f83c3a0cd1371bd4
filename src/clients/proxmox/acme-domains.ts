// The names a node's ACME settings take (pve-manager PVE/NodeConfig.pm formats `pve-acme-domain`
// and `pve-acme-alias`): dot-separated labels, at least two; an alias label may start with `_`.

export const ACME_DOMAIN = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+$/i;
export const ACME_ALIAS = /^[a-z0-9_][a-z0-9_-]*(?:\.[a-z0-9_][a-z0-9_-]*)+$/i;

/** acmedomain0 to acmedomain5 (`$MAXDOMAINS`). */
export const ACME_DOMAIN_SLOTS = 6;
