// The firewall family with the real terraform against the simulator, on the lifecycle harness:
// datacenter, node and guest options, aliases and IP sets in the datacenter and in guests, a
// security group, and rule lists of the datacenter, a node and a VM (create, update in place,
// replace, rule order, drift made outside Terraform, import, destroy, nothing left).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator, SimGuest } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

interface Variant {
  policyIn: string;
  officeCidr: string;
  gatewayName: string;
  adminEntries: string;
  groupComment: string;
  groupRules: string;
  clusterRules: string;
  helpers: string;
}

const FIRST: Variant = {
  policyIn: 'DROP',
  officeCidr: '192.0.2.0/24',
  gatewayName: 'gw',
  adminEntries: `{ cidr = "198.51.100.0/24", comment = "lab" },
    { cidr = proxmox_firewall_alias.office.name },
    { cidr = "198.51.100.7", nomatch = true },`,
  groupComment: 'web in',
  groupRules: `{ type = "in", action = "ACCEPT", macro = "HTTP" },
    { type = "in", action = "ACCEPT", macro = "HTTPS" },`,
  clusterRules: `{ type = "in", action = "ACCEPT", macro = "SSH", source = "+\${proxmox_firewall_ipset.admins.name}", comment = "admins" },
    { type = "group", action = proxmox_firewall_security_group.web.name },
    { type = "in", action = "DROP", proto = "tcp", dport = "23", comment = "no telnet", log = "info" },`,
  helpers: '["ftp", "tftp"]',
};

/** Step 2: every resource changed in place, the datacenter rules reordered. */
const SECOND: Variant = {
  ...FIRST,
  policyIn: 'REJECT',
  officeCidr: '192.0.2.128/25',
  adminEntries: `{ cidr = "198.51.100.0/24", comment = "lab network" },
    { cidr = "203.0.113.0/24" },`,
  groupComment: 'web servers',
  groupRules: `{ type = "in", action = "ACCEPT", macro = "HTTPS" },
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "8080" },
    { type = "out", action = "ACCEPT", macro = "DNS", enabled = false },`,
  clusterRules: `{ type = "in", action = "DROP", proto = "tcp", dport = "23", comment = "no telnet", log = "info" },
    { type = "in", action = "ACCEPT", macro = "SSH", source = "+\${proxmox_firewall_ipset.admins.name}", comment = "admins" },
    { type = "group", action = proxmox_firewall_security_group.web.name },`,
  // No helpers: the option is removed (an empty value would not re-parse).
  helpers: '[]',
};

/** Step 3: a new alias name replaces the alias. */
const THIRD: Variant = { ...SECOND, gatewayName: 'gateway', helpers: '["ftp"]' };

function firewallConfig(v: Variant): string {
  return `
resource "proxmox_cluster_firewall" "dc" {
  enabled          = true
  policy_in        = "${v.policyIn}"
  log_ratelimit    = "enable=1,rate=10/minute,burst=5"
  reset_on_destroy = true
}
resource "proxmox_node_firewall" "pve" {
  node                 = "pve"
  tcpflags             = true
  nf_conntrack_helpers = ${v.helpers}
  reset_on_destroy     = true
}
resource "proxmox_firewall_options" "vm" {
  node             = "pve"
  vm_id            = 100
  enabled          = true
  policy_in        = "REJECT"
  reset_on_destroy = true
}
resource "proxmox_firewall_alias" "office" {
  name    = "office"
  cidr    = "${v.officeCidr}"
  comment = "office"
}
resource "proxmox_firewall_alias" "vm_gw" {
  node  = "pve"
  vm_id = 100
  name  = "${v.gatewayName}"
  cidr  = "10.0.0.1"
}
resource "proxmox_firewall_ipset" "admins" {
  name    = "admins"
  comment = "may reach SSH"
  entry = [
    ${v.adminEntries}
  ]
}
resource "proxmox_firewall_ipset" "ct" {
  node         = "pve"
  container_id = 200
  name         = "ctnets"
  entry        = [{ cidr = "10.9.0.0/16" }]
}
resource "proxmox_firewall_security_group" "web" {
  name    = "webservers"
  comment = "${v.groupComment}"
  rule = [
    ${v.groupRules}
  ]
}
resource "proxmox_firewall_rules" "dc" {
  rule = [
    ${v.clusterRules}
  ]
}
resource "proxmox_firewall_rules" "node" {
  node = "pve"
  rule = [{ type = "in", action = "ACCEPT", proto = "tcp", dport = "8006", source = proxmox_firewall_alias.office.name }]
}
resource "proxmox_firewall_rules" "vm" {
  node  = "pve"
  vm_id = 100
  rule = [
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "443", iface = "net0" },
    { type = "out", action = "DROP", proto = "icmp", icmp_type = "echo-request", enabled = false },
    { type = "in", action = "ACCEPT", source = proxmox_firewall_alias.vm_gw.name },
  ]
}
data "proxmox_firewall_ipsets" "dc" {
  depends_on = [proxmox_firewall_ipset.admins]
}
data "proxmox_firewall_security_groups" "all" {
  depends_on = [proxmox_firewall_security_group.web]
}
`;
}

function guest(kind: SimGuest['kind'], vmid: number): SimGuest {
  const config: Record<string, string> =
    kind === 'qemu' ? { name: `vm${vmid}`, net0: 'virtio,bridge=vmbr0,firewall=1' } : { hostname: `ct${vmid}`, net0: 'name=eth0,bridge=vmbr0,firewall=1' };
  return { kind, vmid, node: 'pve', config, pending: {}, pendingDelete: new Set(), status: 'stopped', snapshots: new Map() };
}

const ruleComments = (sim: ProxmoxSimulator) => sim.state.firewall.cluster.rules.map((r) => r.comment ?? `${r.type}:${r.action}`);

const firewallCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox firewall resources',
  steps: [
    {
      config: firewallConfig(FIRST),
      expect: { 'proxmox_cluster_firewall.dc': 'create', 'proxmox_firewall_rules.dc': 'create', 'proxmox_firewall_ipset.admins': 'create' },
      prepare({ target: { state } }) {
        // The guests whose firewalls the case configures (their firewall files start empty).
        state.guests.set(100, guest('qemu', 100));
        state.guests.set(200, guest('lxc', 200));
      },
      async check({ target, resource }) {
        const fw = target.state.firewall;
        // policy_in = "DROP" is what pve-firewall takes for an absent policy_in: nothing to write.
        assert.deepEqual(fw.cluster.options, { enable: '1', log_ratelimit: 'enable=1,rate=10/minute,burst=5' });
        assert.deepEqual(fw.hosts.get('pve')?.options, { tcpflags: '1', nf_conntrack_helpers: 'ftp,tftp' });
        assert.deepEqual(fw.guests.get(100)?.options, { enable: '1', policy_in: 'REJECT' });
        assert.deepEqual(ruleComments(target), ['admins', 'group:webservers', 'no telnet']);
        assert.equal(fw.cluster.rules[0]?.source, '+admins');
        assert.deepEqual(
          fw.cluster.ipsets
            .get('admins')
            ?.entries.map((e) => [e.cidr, e.nomatch ?? false])
            .sort(),
          [
            ['198.51.100.0/24', false],
            ['198.51.100.7', true],
            ['office', false],
          ],
        );
        assert.deepEqual(
          fw.guests.get(100)?.rules.map((r) => [r.type, r.enable]),
          [
            ['in', '1'],
            ['out', '0'],
            ['in', '1'],
          ],
        );
        assert.equal(fw.guests.get(100)?.aliases.get('gw')?.cidr, '10.0.0.1');
        assert.deepEqual([...(fw.guests.get(200)?.ipsets.keys() ?? [])], ['ctnets']);
        assert.deepEqual(
          fw.cluster.groups.get('webservers')?.rules.map((r) => r.macro),
          ['HTTP', 'HTTPS'],
        );
        const ipsets = (await resource('data.proxmox_firewall_ipsets.dc')).values.ipsets as Array<{ name: string; cidrs: string[] }>;
        assert.deepEqual(
          ipsets.map((s) => [s.name, [...s.cidrs].sort()]),
          [['admins', ['!198.51.100.7', '198.51.100.0/24', 'office']]],
        );
        const groups = (await resource('data.proxmox_firewall_security_groups.all')).values.groups;
        assert.deepEqual(groups, [{ name: 'webservers', comment: 'web in' }]);
      },
    },
    {
      config: firewallConfig(SECOND),
      expect: {
        'proxmox_cluster_firewall.dc': 'update',
        'proxmox_firewall_alias.office': 'update',
        'proxmox_firewall_ipset.admins': 'update',
        'proxmox_firewall_security_group.web': 'update',
        'proxmox_firewall_rules.dc': 'update',
        'proxmox_node_firewall.pve': 'update',
      },
      check({ target }) {
        const fw = target.state.firewall;
        assert.deepEqual(fw.hosts.get('pve')?.options, { tcpflags: '1' });
        assert.equal(fw.cluster.options.policy_in, 'REJECT');
        assert.equal(fw.cluster.aliases.get('office')?.cidr, '192.0.2.128/25');
        assert.deepEqual(ruleComments(target), ['no telnet', 'admins', 'group:webservers']);
        assert.deepEqual(
          fw.cluster.ipsets
            .get('admins')
            ?.entries.map((e) => [e.cidr, e.comment ?? ''])
            .sort(),
          [
            ['198.51.100.0/24', 'lab network'],
            ['203.0.113.0/24', ''],
          ],
        );
        const group = fw.cluster.groups.get('webservers');
        assert.equal(group?.comment, 'web servers');
        assert.deepEqual(
          group?.rules.map((r) => [r.macro ?? r.dport, r.enable]),
          [
            ['HTTPS', '1'],
            ['8080', '1'],
            ['DNS', '0'],
          ],
        );
      },
    },
    {
      config: firewallConfig(THIRD),
      expect: { 'proxmox_firewall_alias.vm_gw': 'replace', 'proxmox_firewall_rules.vm': 'update', 'proxmox_node_firewall.pve': 'update' },
      check({ target }) {
        const aliases = target.state.firewall.guests.get(100)?.aliases;
        assert.deepEqual([...(aliases?.keys() ?? [])], ['gateway']);
        assert.equal(target.state.firewall.guests.get(100)?.rules[2]?.source, 'gateway');
      },
    },
    {
      // Changes outside Terraform: a rule edited, one added on top, two swapped; an option, an
      // IP set entry and a guest alias gone. The plan shows each; the apply puts them back.
      config: firewallConfig(THIRD),
      expect: {
        'proxmox_firewall_rules.dc': 'update',
        'proxmox_cluster_firewall.dc': 'update',
        'proxmox_firewall_ipset.admins': 'update',
        'proxmox_firewall_alias.vm_gw': 'create',
      },
      prepare({ target: { state } }) {
        const fw = state.firewall;
        const [telnet, ssh, group] = fw.cluster.rules;
        assert.ok(telnet && ssh && group);
        fw.cluster.rules = [{ type: 'in', action: 'ACCEPT', enable: '1', comment: 'intruder' }, { ...telnet, dport: '2323' }, group, ssh];
        fw.cluster.options.policy_in = 'ACCEPT';
        const admins = fw.cluster.ipsets.get('admins');
        assert.ok(admins);
        admins.entries = admins.entries.filter((e) => e.cidr !== '203.0.113.0/24');
        fw.guests.get(100)?.aliases.delete('gateway');
      },
      check({ target, plan }) {
        assert.match(plan, /~ comment\s+= "intruder" -> "no telnet"/);
        assert.match(plan, /- dport\s+= "2323" -> null/);
        assert.match(plan, /~ policy_in\s+= "ACCEPT" -> "REJECT"/);
        assert.deepEqual(ruleComments(target), ['no telnet', 'admins', 'group:webservers']);
        assert.equal(target.state.firewall.cluster.rules[0]?.dport, '23');
        assert.equal(target.state.firewall.cluster.options.policy_in, 'REJECT');
        assert.ok(target.state.firewall.cluster.ipsets.get('admins')?.entries.some((e) => e.cidr === '203.0.113.0/24'));
      },
    },
  ],
  // One import per resource type and kind of place (the datacenter alias, the container IP set
  // and the node rules read through the same code as the ones imported).
  imports: [
    { address: 'proxmox_cluster_firewall.dc', unreadable: ['reset_on_destroy'] },
    { address: 'proxmox_node_firewall.pve', unreadable: ['reset_on_destroy'] },
    { address: 'proxmox_firewall_options.vm', unreadable: ['reset_on_destroy'] },
    { address: 'proxmox_firewall_alias.vm_gw' },
    { address: 'proxmox_firewall_ipset.admins' },
    { address: 'proxmox_firewall_security_group.web' },
    { address: 'proxmox_firewall_rules.dc' },
    { address: 'proxmox_firewall_rules.vm' },
  ],
  leftovers({ state: { firewall } }) {
    const files = [
      ['cluster', firewall.cluster],
      ['node pve', firewall.hosts.get('pve')],
      ['vm 100', firewall.guests.get(100)],
      ['ct 200', firewall.guests.get(200)],
    ] as const;
    return [
      ...files.flatMap(([where, file]) => [
        ...Object.keys(file?.options ?? {}).map((o) => `${where} option ${o}`),
        ...(file?.rules ?? []).map((r) => `${where} rule ${r.comment ?? r.type}`),
        ...[...(file?.aliases.keys() ?? [])].map((a) => `${where} alias ${a}`),
        ...[...(file?.ipsets.keys() ?? [])].map((s) => `${where} ipset ${s}`),
      ]),
      ...[...firewall.cluster.groups.keys()].map((g) => `security group ${g}`),
    ];
  },
};

describe('firewall resources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ extraNodes: ['pve2'] });
  });
  after(() => e2e?.close());

  it('refuses bad rules, names and scopes at plan time, naming the attribute', async () => {
    e2e.config(`resource "proxmox_firewall_rules" "bad" {
  node  = "pve"
  vm_id = 100
  rule = [
    { type = "forward", action = "ACCEPT" },
    { type = "in", action = "ACCEPT", proto = "tcp", dport = "70000" },
    { type = "in", action = "ALLOW", macro = "Gopher" },
    { type = "in", action = "ACCEPT", dport = "22" },
  ]
}
resource "proxmox_firewall_ipset" "bad" {
  name  = "Admins"
  entry = [{ cidr = "10.0.0.5/24" }]
}
resource "proxmox_firewall_alias" "bad" {
  node = "pve"
  name = "1st"
  cidr = "10.0.0.300"
}
resource "proxmox_firewall_security_group" "bad" {
  name = "a-group-name-too-long"
  rule = [{ type = "group", action = "other" }]
}
resource "proxmox_firewall_rules" "comments" {
  rule = [{ type = "in", action = "ACCEPT", comment = "web " }]
}
resource "proxmox_firewall_alias" "host" {
  name    = "host"
  cidr    = "10.0.0.5/32"
  comment = "two\\nlines"
}
resource "proxmox_firewall_ipset" "comments" {
  name    = "spaced"
  comment = " "
  entry   = [{ cidr = "10.1.0.0/16", comment = "\\tlab" }]
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    for (const expected of [
      "rule[0].type: invalid rule type 'forward' for rule_env 'vm'",
      "rule[1].dport: invalid port '70000'",
      "rule[2].action: unknown action 'ALLOW'",
      "rule[2].macro: unknown macro 'Gopher'",
      "rule[3].proto: missing property - 'dport' requires this property",
      '"name" must be lowercase',
      'is stored by Proxmox as "10.0.0.0/24"',
      'No aliases or IP sets on a node',
      '"name" must be a letter followed by letters, digits',
      'value does not look like a valid IP address or CIDR network',
      '"name" must be between 2 and 18 characters long',
      "rule[0].type: invalid rule type 'group' for rule_env 'group'",
      'must not start or end with whitespace (Proxmox trims it when reading the firewall file), got "web "',
      'is read back by Proxmox as "10.0.0.5"; write it that way, got "10.0.0.5/32"',
      'must not contain line breaks',
      'must not start or end with whitespace (Proxmox trims it when reading the firewall file), got " "',
      'must not start or end with whitespace (Proxmox trims it when reading the firewall file), got " lab"', // the tab, as the whitespace-normalised output shows it
    ]) {
      assert.ok(errors.includes(expected), `missing "${expected}" in:\n${result.stderr}`);
    }
  });

  it("follows a guest's migration in place: its firewall file is cluster-wide, so nothing is emptied or re-created", async () => {
    // Every resource of the guest's firewall, at the node given.
    const config = (node: string) =>
      [
        ['rules', 'rule = [{ type = "in", action = "ACCEPT", macro = "SSH" }]'],
        ['options', 'ipfilter = true'],
        ['ipset', 'name = "ipfilter-net0"\n  entry = [{ cidr = "10.0.0.30" }]'],
        ['alias', 'name = "self"\n  cidr = "10.0.0.30"'],
      ]
        .map(([kind, body]) => `resource "proxmox_firewall_${kind}" "mig" {\n  node = "${node}"\n  vm_id = 300\n  ${body}\n}`)
        .join('\n');
    e2e.sim.state.guests.set(300, guest('qemu', 300));
    const apply = (): ReturnType<typeof e2e.ws.run> => e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    const emptyPlan = async (): Promise<void> => {
      const plan = await e2e.ws.run(['plan', '-detailed-exitcode', '-no-color', '-input=false']);
      assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    };
    e2e.config(config('pve'));
    assert.equal((await apply()).code, 0);
    // Migrated outside Terraform (HA, or by hand): the guest's firewall still reads as there.
    const vm = e2e.sim.state.guests.get(300);
    assert.ok(vm);
    vm.node = 'pve2';
    await emptyPlan();
    // The configuration follows (node = proxmox_vm.x.node does this): an update in place.
    e2e.sim.requests.length = 0;
    e2e.config(config('pve2'));
    const moved = await apply();
    assert.equal(moved.code, 0, moved.stderr);
    assert.doesNotMatch(moved.stdout, /must be replaced/);
    assert.match(moved.stdout, /4 changed, 0 destroyed/);
    const writes = e2e.sim.requests.filter((r) => r.path.includes('/qemu/300/firewall') && r.method !== 'GET');
    assert.deepEqual(
      writes.map((r) => `${r.method} ${r.path}`),
      ['PUT /nodes/pve2/qemu/300/firewall/aliases/self'],
    );
    const fw = e2e.sim.state.firewall.guests.get(300);
    assert.equal(fw?.rules.length, 1);
    assert.equal(fw?.ipsets.get('ipfilter-net0')?.entries.length, 1);
    await emptyPlan();
    e2e.config('');
    assert.equal((await apply()).code, 0);
    e2e.sim.state.guests.delete(300);
  });

  it('creates, updates, replaces, reorders, repairs drift, imports and destroys the firewall family', async () => {
    e2e.config('');
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [firewallCase]);
  });
});
