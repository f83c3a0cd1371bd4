// The syntax the Proxmox VE firewall accepts, after pve-firewall's PVE/Firewall.pm:
// `parse_port_name_number_or_range`, `parse_address_list`, `pve_fw_verify_protocol_spec`,
// `pve_fw_verify_icmp_type_spec`, `pve_verify_ip_or_cidr`, `verify_rule` (without the checks
// that need the server's configuration: which IP sets and aliases exist). The provider judges
// plans with it and the simulator requests, so both say what the real server says.
import { isIP } from 'node:net';
import names from './names.json' with { type: 'json' };

/** Alias, IP set and security group names (`$ip_alias_pattern` and its twins). */
export const FIREWALL_NAME = /^[A-Za-z][A-Za-z0-9\-_]+$/;
export const MAX_ALIAS_NAME = 64;
export const MAX_IPSET_NAME = 64;
export const MAX_GROUP_NAME = 18;

/** Where a rule list lives; each allows other rule types (`$rule_env_direction_lookup`). */
export type RuleEnv = 'cluster' | 'host' | 'vm' | 'ct' | 'group';

const RULE_TYPES: Record<RuleEnv, readonly string[]> = {
  cluster: ['in', 'out', 'forward', 'group'],
  host: ['in', 'out', 'forward', 'group'],
  vm: ['in', 'out', 'group'],
  ct: ['in', 'out', 'group'],
  group: ['in', 'out', 'forward'],
};

export const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'nolog'] as const;
export const POLICIES = ['ACCEPT', 'REJECT', 'DROP'] as const;

const PROTOCOLS_WITH_PORTS = new Set(['udp', '17', 'udplite', '136', 'tcp', '6', 'dccp', '33', 'sctp', '132']);
const SERVICES = new Set(Object.keys(names.services));
const PROTOCOL_NAMES = new Set([...Object.keys(names.protocols), 'icmpv6']);
const PROTOCOL_IDS = new Set(Object.values(names.protocols).map(String));
const ICMP_TYPES = new Set(names.icmpTypes);
const ICMPV6_TYPES = new Set(names.icmpv6Types);
const MACROS = new Map(names.macros.map((name) => [name.toLowerCase(), name]));
const CONNTRACK_HELPERS = new Set(names.conntrackHelpers);

export const FIREWALL_MACROS: readonly string[] = names.macros;

/** A rule type allowed in `env`. */
export function ruleTypesOf(env: RuleEnv): readonly string[] {
  return RULE_TYPES[env];
}

/** The macro's own spelling (PVE matches macros case-insensitively and stores its spelling), or undefined. */
export function canonicalMacro(name: string): string | undefined {
  return MACROS.get(name.toLowerCase());
}

export function isIcmpProtocol(proto: string): boolean {
  return proto === 'icmp' || proto === 'icmpv6' || proto === 'ipv6-icmp';
}

/** Why a port list (`22`, `8000:8080,ssh`) is refused, or undefined; `dport` with ICMP protocols may name ICMP types. */
export function portSpecProblem(text: string, icmpAllowed = false): string | undefined {
  const items = text.split(',');
  if (items.some((item) => item === '')) return 'extraneous commas in list';
  let count = 0;
  let icmp = false;
  for (const item of items) {
    const range = /^(\d+):(\d+)$/.exec(item);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > 65535) return `invalid port '${range[1]}'`;
      if (to > 65535) return `invalid port '${range[2]}'`;
      if (from > to) return `backwards range '${range[1]}:${range[2]}' not allowed, did you mean '${range[2]}:${range[1]}'?`;
      count += 2;
    } else if (/^\d+$/.test(item)) {
      if (Number(item) > 65535) return `invalid port '${item}'`;
      count += 1;
    } else if (icmpAllowed && (ICMP_TYPES.has(item) || ICMPV6_TYPES.has(item))) {
      icmp = true;
    } else if (!SERVICES.has(item)) {
      return `invalid port '${item}'`;
    }
  }
  if (icmp && count > 0) return 'ICMP ports not allowed in port range';
  if (count > 15) return 'too many entries in port list (> 15 numbers)';
  return undefined;
}

function ipv4Bits(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Bits(text: string): bigint {
  const [head = '', tail] = text.split('::');
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  let parts = [...groups(head)];
  let rest = tail === undefined ? [] : groups(tail);
  const last = (rest.length > 0 ? rest : parts).at(-1) ?? '';
  if (last.includes('.')) {
    const v4 = ipv4Bits(last);
    const words = [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
    if (rest.length > 0) rest = [...rest.slice(0, -1), ...words];
    else parts = [...parts.slice(0, -1), ...words];
  }
  const fill = tail === undefined ? [] : Array<string>(8 - parts.length - rest.length).fill('0');
  return [...parts, ...fill, ...rest].reduce((acc, word) => (acc << 16n) | BigInt(parseInt(word || '0', 16)), 0n);
}

/** The address's bits and family, or undefined when it is no address. */
function addressBits(text: string): { bits: bigint; family: 4 | 6 } | undefined {
  const family = isIP(text);
  if (family === 4) return { bits: ipv4Bits(text), family };
  if (family === 6) return { bits: ipv6Bits(text), family };
  return undefined;
}

/** An address, CIDR or range `a-b` as Net::IP accepts it: its family, or why not. */
function ipElement(text: string): { family: 4 | 6 } | { problem: string } {
  if (text.includes('-')) {
    const [from = '', to = ''] = text.split('-');
    const a = addressBits(from);
    const b = addressBits(to);
    if (!a || !b || a.family !== b.family) return { problem: `invalid IP address: Invalid IP address range ${text}` };
    if (a.bits > b.bits) return { problem: `invalid IP address: Begin address is greater than End address ${text}` };
    return { family: a.family };
  }
  const [address = '', prefix, extra] = text.split('/');
  const parsed = addressBits(address);
  if (!parsed || extra !== undefined) return { problem: `invalid IP address: Invalid IP ${text}` };
  if (prefix === undefined) return { family: parsed.family };
  const width = parsed.family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > width) return { problem: `invalid IP address: Invalid prefix length /${prefix}` };
  const hostMask = (1n << BigInt(width - Number(prefix))) - 1n;
  if ((parsed.bits & hostMask) !== 0n) return { problem: `invalid IP address: Invalid prefix ${text} (host bits set; the network is ${networkOf(text)})` };
  return { family: parsed.family };
}

function formatBits(bits: bigint, family: 4 | 6): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 0xffn)).join('.');
  const words = [...Array<number>(8).keys()].map((i) => ((bits >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  // The longest run of zero words becomes `::`, as Net::IP compresses.
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.start < 0) return words.join(':');
  return `${words.slice(0, best.start).join(':')}::${words.slice(best.start + best.length).join(':')}`;
}

/** `10.0.0.5/24` -> `10.0.0.0/24` (`clean_cidr`); an address alone stays as it is. */
export function networkOf(cidr: string): string {
  const [address = '', prefix] = cidr.split('/');
  const parsed = addressBits(address);
  if (!parsed || prefix === undefined) return cidr;
  const width = parsed.family === 4 ? 32 : 128;
  const hostMask = (1n << BigInt(width - Number(prefix))) - 1n;
  return `${formatBits(parsed.bits & ~hostMask, parsed.family)}/${prefix}`;
}

/** How the server stores an IP set entry: the network of a CIDR, without a full-length prefix (`parse_ip_or_cidr`). */
export function storedIpsetCidr(cidr: string): string {
  if (isAliasReference(cidr)) return cidr;
  return withoutFullPrefix(networkOf(cidr));
}

/** An address or CIDR without a full-length prefix (`/32`, `/128`), as `parse_ip_or_cidr` reads it; aliases are read back that way. */
export function withoutFullPrefix(cidr: string): string {
  return isIP(cidr.split('/')[0] ?? '') === 6 ? cidr.replace(/\/128$/, '') : cidr.replace(/\/32$/, '');
}

// Whitespace at either end, as Perl's `\s` matches it in the byte lines of a .fw file.
const EDGE_SPACE = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;

/**
 * Why a firewall comment would read back changed: each is the `# ...` tail of one .fw line, and
 * the parsers trim it (`parse_fw_rule`, `parse_alias`, the IP set entry and `[group]`/`[ipset]`
 * header patterns in PVE/Firewall.pm), so edge whitespace is lost and a line break splits the line.
 */
export function commentProblem(text: string): string | undefined {
  if (/[\n\r]/.test(text)) return 'must not contain line breaks (each comment is the end of one line of the firewall file)';
  if (text.replace(EDGE_SPACE, '') !== text) return `must not start or end with whitespace (Proxmox trims it when reading the firewall file), got "${text}"`;
  return undefined;
}

/** A comment as the parsers read it back: trimmed, absent when nothing is left. */
export function storedComment(text: string | undefined): string | undefined {
  const trimmed = text?.replace(EDGE_SPACE, '');
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** `name`, `dc/name` or `guest/name`: an alias reference. */
export function isAliasReference(text: string): boolean {
  return /^(dc\/|guest\/)?[A-Za-z][A-Za-z0-9\-_]+$/.test(text);
}

/** Why a rule's source or dest is refused (`+ipset`, an alias, or addresses/CIDRs/one range), and its IP family. */
export function addressSpecProblem(text: string): { problem?: string; family?: 4 | 6 } {
  if (/^\+\S+$/.test(text)) return text.length > MAX_IPSET_NAME + 1 ? { problem: 'ipset name too long' } : {};
  if (isAliasReference(text)) return text.length > MAX_ALIAS_NAME ? { problem: 'alias name too long' } : {};
  const elements = text.split(',');
  if (elements.some((e) => e === '')) return { problem: 'extraneous commas in list' };
  let family: 4 | 6 | undefined;
  let range = false;
  for (const element of elements) {
    const parsed = ipElement(element);
    if ('problem' in parsed) return { problem: parsed.problem };
    if (element.includes('-')) range = true;
    if (family !== undefined && parsed.family !== family) return { problem: `detected mixed ipv4/ipv6 addresses in address list '${text}'` };
    family = parsed.family;
  }
  if (range && elements.length > 1) return { problem: "you can't use a range in a list" };
  return family === undefined ? {} : { family };
}

/** `IPorCIDR`: an address or a CIDR (host bits allowed: the server cleans them before checking). */
export function ipOrCidrProblem(text: string): string | undefined {
  const [address = '', prefix, extra] = text.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
    return 'value does not look like a valid IP address or CIDR network';
  }
  if (prefix !== undefined && Number(prefix) > (family === 4 ? 32 : 128)) return `Invalid prefix length /${prefix}`;
  return undefined;
}

/** `IPorCIDRorAlias`: what an IP set entry may be. */
export function ipOrCidrOrAliasProblem(text: string): string | undefined {
  return isAliasReference(text) ? undefined : ipOrCidrProblem(text);
}

export function protocolProblem(proto: string): string | undefined {
  return proto === '' || PROTOCOL_NAMES.has(proto) || PROTOCOL_IDS.has(proto) ? undefined : `unknown protocol '${proto}'`;
}

export function icmpTypeProblem(type: string): string | undefined {
  return type === '' || ICMP_TYPES.has(type) || ICMPV6_TYPES.has(type) ? undefined : `invalid icmp-type value '${type}'`;
}

/** `pve_fw_verify_conntrack_helper`: an empty list passes (Perl's split gives no items). */
export function conntrackHelpersProblem(list: string): string | undefined {
  if (list === '') return undefined;
  const helpers = list.split(',');
  if (helpers.some((h) => h === '')) return 'extraneous commas in list';
  const unknown = helpers.find((h) => !CONNTRACK_HELPERS.has(h));
  return unknown === undefined ? undefined : `unknown helper ${unknown}`;
}

/** A rule's fields as the API names them (all text, absent when unset). */
export interface RuleFields {
  type?: string;
  action?: string;
  macro?: string;
  iface?: string;
  source?: string;
  dest?: string;
  proto?: string;
  dport?: string;
  sport?: string;
  'icmp-type'?: string;
}

/**
 * `verify_rule` without the IP set and alias lookups: the problems of one rule in `env`, by
 * field, in the server's words. Also returns the rule's IP family when its addresses fix one.
 */
export function ruleProblems(rule: RuleFields, env: RuleEnv): { problems: Record<string, string>; family?: 4 | 6 } {
  const problems: Record<string, string> = {};
  const add = (field: string, message: string): void => void (problems[field] ??= message);
  let family: 4 | 6 | undefined;
  const setFamily = (next: 4 | 6 | undefined, field: string): void => {
    if (next === undefined) return;
    if (family !== undefined && family !== next) add(field, 'detected mixed ipv4/ipv6 addresses in rule');
    family = next;
  };
  const { type, action, proto } = rule;
  if (!type) add('type', 'missing property');
  if (!action) add('action', 'missing property');
  if (type) {
    if (!RULE_TYPES[env].includes(type)) add('type', `invalid rule type '${type}' for rule_env '${env}'`);
    if (type === 'group') {
      if (action && !FIREWALL_NAME.test(action)) add('action', 'invalid characters in security group name');
    } else {
      if (type === 'forward' && action === 'REJECT') add('action', 'cannot define REJECT rules on forward chain');
      if (action && !/^(ACCEPT|DROP|REJECT)$/.test(action)) add('action', `unknown action '${action}'`);
    }
  }
  if (rule.iface) {
    // `pve-iface` in the rule schema: 2 to 20 characters.
    if (rule.iface.length < 2) add('iface', 'value must be at least 2 characters long');
    if (rule.iface.length > 20) add('iface', 'value may only be 20 characters long');
    if (env === 'group') add('type', 'parameter -i not allowed for this rule type');
    if ((env === 'vm' || env === 'ct') && !/^net\d+$/.test(rule.iface)) add('iface', "value does not match the regex pattern 'net\\d+'");
  }
  if (rule.macro && canonicalMacro(rule.macro) === undefined) add('macro', `unknown macro '${rule.macro}'`);
  const icmp = proto !== undefined && isIcmpProtocol(proto);
  if (proto) {
    const problem = protocolProblem(proto);
    if (problem) add('proto', problem);
    if (proto === 'icmp') setFamily(4, 'proto');
    if (proto === 'icmpv6' || proto === 'ipv6-icmp') setFamily(6, 'proto');
  }
  for (const field of ['dport', 'sport'] as const) {
    const ports = rule[field];
    if (!ports) continue;
    const problem = portSpecProblem(ports, field === 'dport' && icmp);
    if (problem) add(field, problem);
    if (!proto) add('proto', `missing property - '${field}' requires this property`);
    else if (!PROTOCOLS_WITH_PORTS.has(proto) && !(field === 'dport' && icmp)) add(field, `protocol '${proto}' does not support ports`);
  }
  const icmpType = rule['icmp-type'];
  if (icmpType) {
    if (!icmp) add('proto', "missing property - 'icmp-type' requires this property");
    if (rule.dport) add('icmp-type', "'icmp-type' cannot be specified together with 'dport'");
    if (proto === 'icmp' && !ICMP_TYPES.has(icmpType)) add('icmp-type', `invalid icmp-type '${icmpType}' for proto 'icmp'`);
    if ((proto === 'icmpv6' || proto === 'ipv6-icmp') && !ICMPV6_TYPES.has(icmpType)) add('icmp-type', `invalid icmp-type '${icmpType}' for proto '${proto}'`);
  }
  for (const field of ['source', 'dest'] as const) {
    const value = rule[field];
    if (!value) continue;
    // The rule schema caps `pve-fw-addr-spec` at 512 characters.
    if (value.length > 512) add(field, 'value may only be 512 characters long');
    const parsed = addressSpecProblem(value);
    if (parsed.problem) add(field, parsed.problem);
    setFamily(parsed.family, field);
  }
  return family === undefined ? { problems } : { problems, family };
}
