// The firewall syntax checks the provider (at plan time) and the simulator (per request) share,
// against what pve-firewall's Firewall.pm answers, as table cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressSpecProblem,
  canonicalMacro,
  commentProblem,
  conntrackHelpersProblem,
  ipOrCidrProblem,
  portSpecProblem,
  ruleProblems,
  storedComment,
  storedIpsetCidr,
  withoutFullPrefix,
  type RuleEnv,
  type RuleFields,
} from '../../../src/clients/proxmox/firewall/syntax.js';
import { ipsetEntryProblem } from '../../../src/providers/proxmox/resources/firewall-ipset.js';

describe('firewall port lists (parse_port_name_number_or_range)', () => {
  const cases: Array<[string, boolean, string | undefined]> = [
    ['22', false, undefined],
    ['80,443', false, undefined],
    ['8000:8080', false, undefined],
    ['ssh,http', false, undefined],
    ['65536', false, "invalid port '65536'"],
    ['90:80', false, "backwards range '90:80' not allowed, did you mean '80:90'?"],
    ['22,', false, 'extraneous commas in list'],
    ['nosuchservice', false, "invalid port 'nosuchservice'"],
    ['echo-request', false, "invalid port 'echo-request'"],
    ['echo-request', true, undefined],
    ['echo-request,22', true, 'ICMP ports not allowed in port range'],
    ['1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16', false, 'too many entries in port list (> 15 numbers)'],
    ['1:2,3:4,5:6,7:8,9:10,11:12,13:14,15', false, undefined],
  ];
  for (const [text, icmp, expected] of cases) {
    it(`${text}${icmp ? ' (icmp)' : ''}`, () => assert.equal(portSpecProblem(text, icmp), expected));
  }
});

describe('firewall addresses (parse_address_list)', () => {
  const cases: Array<[string, string | undefined, 4 | 6 | undefined]> = [
    ['10.0.0.1', undefined, 4],
    ['10.0.0.0/8,192.168.0.0/16', undefined, 4],
    ['10.0.0.1-10.0.0.9', undefined, 4],
    ['fd00::/64', undefined, 6],
    ['+admins', undefined, undefined],
    ['dc/office', undefined, undefined],
    ['office', undefined, undefined],
    ['10.0.0.1,fd00::1', "detected mixed ipv4/ipv6 addresses in address list '10.0.0.1,fd00::1'", undefined],
    ['10.0.0.1-10.0.0.9,10.0.1.1', "you can't use a range in a list", undefined],
    ['10.0.0.9-10.0.0.1', 'invalid IP address: Begin address is greater than End address 10.0.0.9-10.0.0.1', undefined],
    ['10.0.0.0/33', 'invalid IP address: Invalid prefix length /33', undefined],
    ['10.0.0.1,', 'extraneous commas in list', undefined],
    [`+${'a'.repeat(65)}`, 'ipset name too long', undefined],
  ];
  for (const [text, problem, family] of cases) {
    it(text, () => {
      const result = addressSpecProblem(text);
      assert.equal(result.problem, problem);
      assert.equal(result.family, family);
    });
  }
  it('names the network of a CIDR with host bits', () => assert.match(addressSpecProblem('10.0.0.5/24').problem ?? '', /the network is 10\.0\.0\.0\/24/));
});

describe('IP set entries read back as the server stores them', () => {
  const stored: Array<[string, string]> = [
    ['10.0.0.5/24', '10.0.0.0/24'],
    ['10.0.0.5/32', '10.0.0.5'],
    ['10.0.0.5', '10.0.0.5'],
    ['fd00::1:2/64', 'fd00::/64'],
    ['fd00::1/128', 'fd00::1'],
    ['office', 'office'],
  ];
  for (const [given, expected] of stored) it(`${given} -> ${expected}`, () => assert.equal(storedIpsetCidr(given), expected));
  const problems: Array<[string, RegExp | undefined]> = [
    ['10.0.0.0/24', undefined],
    ['10.0.0.5/24', /stored by Proxmox as "10.0.0.0\/24"/],
    ['10.0.0.5/32', /stored by Proxmox as "10.0.0.5"/],
    ['0.0.0.0/0', /zero prefix/],
    ['300.1.1.1', /does not look like a valid IP address/],
    ['dc/office', undefined],
  ];
  for (const [cidr, expected] of problems) {
    it(`entry ${cidr}`, () => {
      const problem = ipsetEntryProblem(cidr);
      if (expected === undefined) assert.equal(problem, undefined);
      else assert.match(problem ?? '', expected);
    });
  }
  it('alias addresses: IPorCIDR', () => {
    assert.equal(ipOrCidrProblem('192.0.2.7/24'), undefined);
    assert.equal(ipOrCidrProblem('nope'), 'value does not look like a valid IP address or CIDR network');
  });
});

describe('firewall rules (verify_rule)', () => {
  const cases: Array<[string, RuleFields, RuleEnv, Record<string, string>]> = [
    ['a plain accept', { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22' }, 'vm', {}],
    ['a macro in any case', { type: 'in', action: 'ACCEPT', macro: 'ssh' }, 'cluster', {}],
    ['an unknown macro', { type: 'in', action: 'ACCEPT', macro: 'Gopher' }, 'cluster', { macro: "unknown macro 'Gopher'" }],
    ['an unknown action', { type: 'in', action: 'ALLOW' }, 'cluster', { action: "unknown action 'ALLOW'" }],
    ['REJECT on forward', { type: 'forward', action: 'REJECT' }, 'host', { action: 'cannot define REJECT rules on forward chain' }],
    ['forward on a VM', { type: 'forward', action: 'ACCEPT' }, 'vm', { type: "invalid rule type 'forward' for rule_env 'vm'" }],
    ['a group inside a group', { type: 'group', action: 'web' }, 'group', { type: "invalid rule type 'group' for rule_env 'group'" }],
    ['a group with a bad name', { type: 'group', action: '1web' }, 'cluster', { action: 'invalid characters in security group name' }],
    ['ports without protocol', { type: 'in', action: 'ACCEPT', dport: '22' }, 'cluster', { proto: "missing property - 'dport' requires this property" }],
    [
      'ports on a portless protocol',
      { type: 'in', action: 'ACCEPT', proto: 'gre', dport: '22' },
      'cluster',
      { dport: "protocol 'gre' does not support ports" },
    ],
    ['an unknown protocol', { type: 'in', action: 'ACCEPT', proto: 'tcpp' }, 'cluster', { proto: "unknown protocol 'tcpp'" }],
    [
      'icmp type with tcp',
      { type: 'in', action: 'ACCEPT', proto: 'tcp', 'icmp-type': 'echo-request' },
      'cluster',
      { proto: "missing property - 'icmp-type' requires this property" },
    ],
    [
      'an icmpv6 type for icmp',
      { type: 'in', action: 'ACCEPT', proto: 'icmp', 'icmp-type': 'neighbor-solicitation' },
      'cluster',
      { 'icmp-type': "invalid icmp-type 'neighbor-solicitation' for proto 'icmp'" },
    ],
    [
      'icmp with an IPv6 source',
      { type: 'in', action: 'ACCEPT', proto: 'icmp', source: 'fd00::1' },
      'cluster',
      { source: 'detected mixed ipv4/ipv6 addresses in rule' },
    ],
    ['a guest interface that is no netN', { type: 'in', action: 'ACCEPT', iface: 'eth0' }, 'ct', { iface: "value does not match the regex pattern 'net\\d+'" }],
    ['an interface in a group', { type: 'in', action: 'ACCEPT', iface: 'vmbr0' }, 'group', { type: 'parameter -i not allowed for this rule type' }],
    ['a one-letter interface (pve-iface: 2..20)', { type: 'in', action: 'ACCEPT', iface: 'x' }, 'host', { iface: 'value must be at least 2 characters long' }],
    ['a 21-letter interface', { type: 'in', action: 'ACCEPT', iface: 'v'.repeat(21) }, 'host', { iface: 'value may only be 20 characters long' }],
    [
      'a source list over 512 characters',
      { type: 'in', action: 'ACCEPT', source: Array<string>(60).fill('10.0.0.1').join(',') },
      'cluster',
      { source: 'value may only be 512 characters long' },
    ],
  ];
  for (const [name, rule, env, expected] of cases) it(name, () => assert.deepEqual(ruleProblems(rule, env).problems, expected));
  it('macros keep their own spelling', () => {
    assert.equal(canonicalMacro('https'), 'HTTPS');
    assert.equal(canonicalMacro('nope'), undefined);
  });
});

describe('what the .fw parser reads back changed', () => {
  it('comments: edge whitespace and line breaks refused; stored trimmed, blank ones absent', () => {
    assert.equal(commentProblem('web servers'), undefined);
    assert.match(commentProblem('web ') ?? '', /must not start or end with whitespace/);
    assert.match(commentProblem('\tweb') ?? '', /must not start or end with whitespace/);
    assert.match(commentProblem('a\nb') ?? '', /must not contain line breaks/);
    assert.equal(storedComment('  web  '), 'web');
    assert.equal(storedComment(' \t '), undefined);
  });
  it('alias addresses lose a full-length prefix only; an empty helper list passes the format', () => {
    assert.equal(withoutFullPrefix('10.0.0.5/32'), '10.0.0.5');
    assert.equal(withoutFullPrefix('fd00::5/128'), 'fd00::5');
    assert.equal(withoutFullPrefix('10.0.0.5/24'), '10.0.0.5/24');
    assert.equal(conntrackHelpersProblem(''), undefined);
    assert.equal(conntrackHelpersProblem('ftp,'), 'extraneous commas in list');
  });
});
