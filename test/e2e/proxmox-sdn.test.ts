// SDN zones, vnets, subnets, a controller and an IPAM with the real terraform against the
// simulator, on the lifecycle harness; the applier applies each step's changes exactly once,
// after the last SDN write of the step, and the deletions of the destroy leave nothing running.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function sdnConfig(fields: { mtu?: number; gateway?: string; range?: string; alias?: string } = {}): string {
  return `
resource "proxmox_sdn_zone" "lab" {
  zone = "lab"
  type = "simple"
  ipam = "pve"
  dhcp = "dnsmasq"
  mtu  = ${fields.mtu ?? 1450}
}
resource "proxmox_sdn_vnet" "servers" {
  vnet  = "servers"
  zone  = proxmox_sdn_zone.lab.zone
  alias = "${fields.alias ?? 'server network'}"
}
resource "proxmox_sdn_subnet" "servers" {
  vnet        = proxmox_sdn_vnet.servers.vnet
  cidr        = "10.10.0.0/24"
  gateway     = "${fields.gateway ?? '10.10.0.1'}"
  snat        = true
  dhcp_ranges = [{ start = "10.10.0.100", end = "${fields.range ?? '10.10.0.150'}" }]
}
resource "proxmox_sdn_zone" "office" {
  zone   = "office"
  type   = "vlan"
  bridge = "vmbr0"
}
resource "proxmox_sdn_vnet" "v20" {
  vnet = "v20"
  zone = proxmox_sdn_zone.office.zone
  tag  = 20
}
resource "proxmox_sdn_controller" "evpn" {
  controller = "evpn1"
  type       = "evpn"
  asn        = 65000
  peers      = ["10.0.0.1", "10.0.0.2"]
}
resource "proxmox_sdn_zone" "fabric" {
  zone       = "fabric"
  type       = "evpn"
  controller = proxmox_sdn_controller.evpn.controller
  vrf_vxlan  = 10000
}
resource "proxmox_sdn_ipam" "netbox" {
  ipam  = "netbox"
  type  = "netbox"
  url   = "https://netbox.lab.example/api"
  token = "netbox-secret-token"
}
resource "proxmox_sdn_ipam" "phpipam" {
  ipam             = "phpipam"
  type             = "phpipam"
  url              = "https://phpipam.lab.example/api/tf"
  section          = 1
  token_wo         = "phpipam-write-only-token"
  token_wo_version = 1
}
resource "proxmox_sdn_applier" "sdn" {
  depends_on = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers, proxmox_sdn_zone.office, proxmox_sdn_vnet.v20, proxmox_sdn_controller.evpn, proxmox_sdn_zone.fabric]
  lifecycle {
    replace_triggered_by = [proxmox_sdn_zone.lab, proxmox_sdn_vnet.servers, proxmox_sdn_subnet.servers, proxmox_sdn_zone.office, proxmox_sdn_vnet.v20, proxmox_sdn_controller.evpn, proxmox_sdn_zone.fabric]
  }
}
`;
}

/** Where in the request log the step's SDN writes and applies are (from `from` on). */
function sdnRequests(sim: ProxmoxSimulator, from: number): { lastWrite: number; applies: number[] } {
  let lastWrite = -1;
  const applies: number[] = [];
  sim.requests.forEach((request, index) => {
    if (index < from || !request.path.startsWith('/cluster/sdn') || request.method === 'GET') return;
    if (request.method === 'PUT' && request.path === '/cluster/sdn') applies.push(index);
    else if (!request.path.startsWith('/cluster/sdn/ipams')) lastWrite = index;
  });
  return { lastWrite, applies };
}

function assertAppliedOnceAfterWrites(sim: ProxmoxSimulator, from: number): void {
  const { lastWrite, applies } = sdnRequests(sim, from);
  assert.equal(applies.length, 1, 'one SDN apply per terraform apply');
  assert.ok(lastWrite >= 0 && (applies[0] ?? -1) > lastWrite, 'the apply comes after every SDN write');
  const { sdn } = sim.state;
  for (const kind of ['zones', 'vnets', 'subnets', 'controllers'] as const) {
    assert.deepEqual(
      [...sdn.running[kind]].map(([id, s]) => [id, s]),
      [...sdn.config[kind]].map(([id, s]) => [id, s]),
      `${kind}: running = written`,
    );
  }
}

let stepStart = 0;

const sdnCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox SDN resources',
  steps: [
    {
      config: sdnConfig(),
      expect: { 'proxmox_sdn_zone.lab': 'create', 'proxmox_sdn_subnet.servers': 'create', 'proxmox_sdn_applier.sdn': 'create' },
      prepare: ({ target }) => void (stepStart = target.requests.length),
      async check({ target, resource }) {
        assertAppliedOnceAfterWrites(target, stepStart);
        const { sdn } = target.state;
        assert.deepEqual(sdn.running.subnets.get('lab-10.10.0.0-24'), {
          type: 'subnet',
          vnet: 'servers',
          gateway: '10.10.0.1',
          snat: '1',
          'dhcp-range': ['start-address=10.10.0.100,end-address=10.10.0.150'],
        });
        assert.equal(sdn.ipams.get('netbox')?.token, 'netbox-secret-token');
        // The write-only token reached the server and is nowhere in state.
        assert.equal(sdn.ipams.get('phpipam')?.token, 'phpipam-write-only-token');
        const phpipam = await resource('proxmox_sdn_ipam.phpipam');
        assert.equal(phpipam.values.token, null);
        assert.equal(phpipam.values.token_wo, null);
        assert.equal(phpipam.values.token_wo_version, 1);
        // Written before the applier ran: state recorded the change as pending then.
        assert.equal((await resource('proxmox_sdn_zone.lab')).values.pending_change, 'new');
      },
    },
    {
      config: sdnConfig({ mtu: 1400, gateway: '10.10.0.254', range: '10.10.0.199', alias: 'servers' }),
      expect: {
        'proxmox_sdn_zone.lab': 'update',
        'proxmox_sdn_vnet.servers': 'update',
        'proxmox_sdn_subnet.servers': 'update',
      },
      prepare: ({ target }) => void (stepStart = target.requests.length),
      check({ target, plan }) {
        assert.match(plan, /proxmox_sdn_applier\.sdn will be replaced due to changes in replace_triggered_by/);
        assertAppliedOnceAfterWrites(target, stepStart);
        const { sdn } = target.state;
        assert.equal(sdn.running.zones.get('lab')?.mtu, '1400');
        assert.equal(sdn.running.subnets.get('lab-10.10.0.0-24')?.gateway, '10.10.0.254');
        assert.equal(sdn.running.vnets.get('servers')?.alias, 'servers');
      },
    },
    {
      // A change written outside terraform and left pending (a zone made in the GUI, not applied):
      // the applier's read sees it and the plan applies it.
      config: sdnConfig({ mtu: 1400, gateway: '10.10.0.254', range: '10.10.0.199', alias: 'servers' }),
      expect: { 'proxmox_sdn_applier.sdn': 'create' },
      prepare({ target }) {
        target.state.sdn.config.zones.set('gui', { type: 'simple' });
      },
      check({ target, plan }) {
        assert.match(plan, /Plan: 1 to add, 0 to change, 0 to destroy/);
        const { sdn } = target.state;
        assert.deepEqual(sdn.running.zones.get('gui'), { type: 'simple' });
        sdn.config.zones.delete('gui');
        sdn.running.zones.delete('gui');
      },
    },
  ],
  imports: [
    { address: 'proxmox_sdn_zone.lab', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_zone.office', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_zone.fabric', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_vnet.servers', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_vnet.v20', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_subnet.servers', id: () => 'servers/10.10.0.0/24', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_controller.evpn', unreadable: ['pending_change'] },
    { address: 'proxmox_sdn_ipam.netbox', unreadable: ['token'] },
    { address: 'proxmox_sdn_ipam.phpipam', unreadable: ['token_wo_version'] },
    { address: 'proxmox_sdn_applier.sdn' },
  ],
  leftovers: ({ state: { sdn } }) => [
    ...(['zones', 'vnets', 'subnets', 'controllers'] as const).flatMap((kind) => [
      ...[...sdn.config[kind].keys()].map((id) => `written ${kind} ${id}`),
      ...[...sdn.running[kind].keys()].map((id) => `running ${kind} ${id}`),
    ]),
    ...[...sdn.ipams.keys()].filter((id) => id !== 'pve').map((id) => `ipam ${id}`),
  ],
};

describe('SDN resources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('refuses zone options the type does not take, naming the attribute, before any API call', async () => {
    e2e.config(`resource "proxmox_sdn_zone" "bad" {
  zone = "bad"
  type = "vlan"
  tag  = 5
}`);
    const plan = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(plan.code, 0);
    assert.match(plan.stderr, /A "vlan" zone does not take tag/);
    assert.match(plan.stderr, /A "vlan" zone needs bridge/);
    assert.equal(e2e.sim.requests.filter((r) => r.path.startsWith('/cluster/sdn')).length, 0);
  });

  it('refuses empty lists and ids out of each kind\'s format at plan time; takes controller ids with "-"', async () => {
    e2e.config(`resource "proxmox_sdn_zone" "short" {
  zone  = "a"
  type  = "simple"
  nodes = []
}
resource "proxmox_sdn_controller" "ctl" {
  controller = "evpn-ctl"
  type       = "evpn"
  asn        = 65000
  peers      = []
}
resource "proxmox_sdn_vnet" "odd" {
  vnet  = "odd"
  zone  = "zone1"
  alias = "it's #1"
}
resource "proxmox_sdn_ipam" "long" {
  ipam  = "netbox01x"
  type  = "netbox"
  url   = "https://netbox.example/api"
  token = "t"
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    assert.match(errors, /"zone" must be between 2 and 8 characters long, got 1/);
    assert.match(errors, /"nodes" must not be an empty list/);
    assert.match(errors, /"peers" must not be an empty list/);
    assert.match(errors, /"alias" must be letters, digits, spaces and/);
    assert.doesNotMatch(errors, /"controller" must/);
    assert.doesNotMatch(errors, /"ipam" must/);
  });

  it('creates, updates, applies once per apply, imports and destroys SDN objects; nothing stays running', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [sdnCase]);
  });
});
