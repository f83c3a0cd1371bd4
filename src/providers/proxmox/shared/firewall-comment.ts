// The `comment` of every firewall object (rules, aliases, IP sets and their entries, security
// groups). Each is stored as the `# ...` tail of one line of a .fw file, which pve-firewall's
// parsers trim on every read (PVE/Firewall.pm `parse_fw_rule`, `parse_alias`, the IP set entry
// and `[group]`/`[ipset]` header patterns): a comment with whitespace at an end would read back
// changed, and a line break would split the line. Refused at plan time instead.
import { commentProblem } from '../../../clients/proxmox/firewall/syntax.js';
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';

export function firewallCommentAttribute() {
  return attr.string({
    optional: true,
    description: 'Comment: one line, without whitespace at either end (Proxmox trims it).',
    validators: [validators.custom<string>('one line without whitespace at either end', (v) => (typeof v === 'string' ? commentProblem(v) : undefined))],
  });
}
