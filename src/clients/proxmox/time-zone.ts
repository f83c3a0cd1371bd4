// Whether a time zone name is one a Proxmox VE node accepts for `PUT /nodes/{node}/time`; shared
// by the provider's plan-time check and the simulator.

// The server takes any name with a file under /usr/share/zoneinfo (pve-common INotify.pm
// `write_etc_timezone`: "No such timezone" otherwise), i.e. zone.tab names and their aliases
// (Asia/Kolkata, Europe/Kyiv, Etc/UTC, US/Eastern). ICU resolves the same names, aliases included,
// while Intl.supportedValuesOf lists only CLDR's canonical ones (Asia/Calcutta), so a zone is
// checked by constructing a formatter with it. ICU also takes offsets ("+05:00") and ignores
// case, which have no zoneinfo file: the name must look like one, and a name ICU resolves to
// itself must be spelled as ICU spells it.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A name with a zoneinfo file, as far as ICU knows the tz database. */
export function isTimeZone(name: string): boolean {
  if (!ZONE_NAME.test(name)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    return false;
  }
}
