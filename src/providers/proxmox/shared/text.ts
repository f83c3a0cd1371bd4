// Optional text Proxmox reports as absent or "" when unset: null, unless the user wrote "".
export function optionalText(value: string | undefined, prior: string | null | undefined): string | null {
  if (value === undefined || value === '') return prior === '' ? '' : null;
  return value;
}
