// A guest's `template` key: only the template conversion writes it, as 1 (qemu-server
// API2/Qemu.pm:6581 @e6352be; pve-container API2/LXC.pm:1872 @94f5585, and a restore of a
// template's backup, :612), and a guest that is none has no such key. An absent key reads as the
// false the configuration asked for (not null, which planned a replacement on every refresh), and
// as unknown after true: a guest that was a template and has no key now is another guest (deleted
// and made again under the VMID), whose drift the refresh must show.

/** The flag read from the guest's config, given what the prior state held. */
export function templateFlag(value: string | number | undefined, prior: boolean | null | undefined): boolean | null {
  if (value !== undefined) return String(value) === '1';
  return prior === false ? false : null;
}
