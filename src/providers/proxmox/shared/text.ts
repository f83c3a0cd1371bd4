// Optional text Proxmox reports as absent or "" when unset: null, unless the user wrote "".
export function optionalText(value: string | undefined, prior: string | null | undefined): string | null {
  if (value === undefined || value === '') return prior === '' ? '' : null;
  return value;
}

/**
 * A description as the server returns it, or as the configuration wrote it when the two differ
 * only in trailing whitespace: Proxmox keeps descriptions as comment lines in the config file and
 * strips trailing whitespace when it reads them back (qemu-server/pve-container parse_*_config),
 * so a heredoc's final newline would otherwise be a change on every plan.
 */
export function descriptionText(server: string | undefined, prior: string | null | undefined): string | null {
  if (server === undefined) return prior === '' ? '' : null;
  return typeof prior === 'string' && prior.trimEnd() === server.trimEnd() ? prior : server;
}
