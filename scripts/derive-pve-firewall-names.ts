// Derives the names the Proxmox VE firewall accepts in rules: its macros, ICMP type names, the
// protocols of /etc/protocols and the services of /etc/services (pve-firewall reads both files
// on the node: PVE/Firewall.pm `get_etc_protocols`, `get_etc_services`). Run by hand:
//   node --import tsx scripts/derive-pve-firewall-names.ts path/to/pve-firewall/src/PVE/Firewall.pm [/etc/services] [/etc/protocols]
// The output (src/clients/proxmox/firewall/names.json) is committed; nothing reads the inputs at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [firewallPm, servicesFile = '/etc/services', protocolsFile = '/etc/protocols'] = process.argv.slice(2);
if (!firewallPm) throw new Error('usage: derive-pve-firewall-names.ts Firewall.pm [services] [protocols]');
const source = readFileSync(firewallPm, 'utf8');

/** The keys of a top-level `my $name = { ... };` hash of Firewall.pm. */
function hashKeys(name: string, keyIndent: string): string[] {
  const start = source.indexOf(`my $${name} = {`);
  if (start < 0) throw new Error(`no hash ${name} in ${firewallPm}`);
  const end = source.indexOf('\n};', start);
  const body = source.slice(start, end);
  const keys = [...body.matchAll(new RegExp(`^${keyIndent}'?([A-Za-z0-9_-]+)'?\\s*=>`, 'gm'))].map((m) => m[1] ?? '');
  return [...new Set(keys)].sort();
}

function fileLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '');
}

const services = new Map<string, number>();
for (const line of fileLines(servicesFile)) {
  const match = /^(\S+)\s+(\d+)\/(tcp|udp|sctp)/.exec(line);
  if (match) services.set(match[1] ?? '', Number(match[2]));
}
const protocols = new Map<string, number>();
for (const line of fileLines(protocolsFile)) {
  const match = /^(\S+)\s+(\d+)(?:\s+.*)?$/.exec(line);
  if (match) protocols.set(match[1] ?? '', Number(match[2]));
}

const names = {
  source: 'proxmox/pve-firewall src/PVE/Firewall.pm; Debian netbase /etc/services and /etc/protocols',
  macros: [...new Set([...hashKeys('pve_fw_macros', '    '), ...hashKeys('pve_ipv6fw_macros', '    ')])].sort(),
  icmpTypes: hashKeys('icmp_type_names', '    '),
  icmpv6Types: hashKeys('icmpv6_type_names', '    '),
  conntrackHelpers: hashKeys('pve_fw_helpers', '    '),
  protocols: Object.fromEntries([...protocols].sort(([a], [b]) => a.localeCompare(b))),
  services: Object.fromEntries([...services].sort(([a], [b]) => a.localeCompare(b))),
};
const out = fileURLToPath(new URL('../src/clients/proxmox/firewall/names.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(names, null, 1)}\n`);
console.log(`${out}: ${names.macros.length} macros, ${protocols.size} protocols, ${services.size} services`);
