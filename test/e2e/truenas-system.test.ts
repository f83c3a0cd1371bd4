// System settings with the real terraform against TrueNAS simulators of 25.04, 25.10 and 26.0
// (alert services changed shape in 25.10), one workspace
// with a provider per release, on the lifecycle harness: static routes, NTP servers, cron jobs, init scripts, tunables, reporting
// exporters, alert services, the mail, network and alert class settings; create, update in place, import
// with an empty plan, destroy, nothing left. Network interfaces too (bridge, VLAN, bond, a NIC's
// settings), with a change that cuts the API off: not checked in, rolled back, state intact.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { startTrueNASReleases, TRUENAS_RELEASES, type TrueNASRelease as Release, type TrueNASReleasesE2e } from '../providers/truenas/harness.js';

const releases = TRUENAS_RELEASES;
type Sims = Map<string, TrueNASSimulator>;

interface Settings {
  description: string;
  prefer: boolean;
  schedule: string;
  timeout: number;
  swappiness: string;
  level: string;
  webhook: string;
  port: number;
  passVersion: number;
  policy: string;
  exporterEnabled: boolean;
  hostname: string;
  nameserver2: string;
}

function system(alias: string, v: Settings): string {
  const p = `provider = truenas-${alias}`;
  return `
resource "truenas_static_route" "lab_${alias}" {
  ${p}
  destination = "fd00:20::/64"
  gateway     = "fd00::1"
  description = "${v.description}"
}
resource "truenas_ntp_server" "router_${alias}" {
  ${p}
  address = "192.168.1.1"
  prefer  = ${v.prefer}
}
resource "truenas_cronjob" "trim_${alias}" {
  ${p}
  user     = "root"
  command  = "zpool trim tank"
  schedule = "${v.schedule}"
}
resource "truenas_init_script" "fans_${alias}" {
  ${p}
  command = "echo fans"
  when    = "POSTINIT"
  timeout = ${v.timeout}
}
resource "truenas_tunable" "swappiness_${alias}" {
  ${p}
  var   = "vm.swappiness"
  value = "${v.swappiness}"
}
resource "truenas_reporting_exporter" "graphite_${alias}" {
  ${p}
  name             = "graphite"
  enabled          = ${v.exporterEnabled}
  destination_ip   = "10.0.0.20"
  destination_port = 2003
  namespace        = "nas"
}
resource "truenas_alert_service" "slack_${alias}" {
  ${p}
  name  = "ops"
  type  = "Slack"
  level = "${v.level}"
  url   = "${v.webhook}"
}
resource "truenas_alert_service" "pagerduty_${alias}" {
  ${p}
  name               = "pager"
  type               = "PagerDuty"
  client_name        = "truenas"
  secrets_wo         = { service_key = "pd-key-${v.passVersion}" }
  secrets_wo_version = ${v.passVersion}
}
resource "truenas_mail_config" "main_${alias}" {
  ${p}
  fromemail       = "nas@example.org"
  outgoingserver  = "smtp.example.org"
  port            = ${v.port}
  security        = "TLS"
  smtp            = true
  user            = "nas@example.org"
  pass_wo         = "smtp-secret-${v.passVersion}"
  pass_wo_version = ${v.passVersion}
}
resource "truenas_network_config" "main_${alias}" {
  ${p}
  hostname    = "${v.hostname}"
  domain      = "lab.example"
  ipv4gateway = "192.168.1.1"
  nameserver1 = "192.168.1.1"
  nameserver2 = "${v.nameserver2}"
  hosts       = ["192.168.1.20 pve.lab.example"]
}
resource "truenas_alert_policy" "main_${alias}" {
  ${p}
  levels   = { ZpoolCapacityWarning = "ERROR" }
  policies = { ZpoolCapacityWarning = "${v.policy}" }
}
`;
}

const first: Settings = {
  description: 'lab',
  prefer: false,
  schedule: '0 3 * * 0',
  timeout: 10,
  swappiness: '10',
  level: 'WARNING',
  webhook: 'https://hooks.example.org/services/one',
  port: 587,
  passVersion: 1,
  policy: 'IMMEDIATELY',
  exporterEnabled: true,
  hostname: 'nas',
  nameserver2: '9.9.9.9',
};
const second: Settings = {
  description: 'lab network',
  prefer: true,
  schedule: '30 4 * * 6',
  timeout: 30,
  swappiness: '20',
  level: 'ERROR',
  webhook: 'https://hooks.example.org/services/two',
  port: 465,
  passVersion: 2,
  policy: 'HOURLY',
  exporterEnabled: false,
  hostname: 'nas2',
  nameserver2: '',
};

const KINDS = ['staticroute', 'system.ntpserver', 'cronjob', 'initshutdownscript', 'tunable', 'reporting.exporters', 'alertservice'];

function systemCase(release: Release): LifecycleCase<Sims> {
  const { alias } = release;
  const at = (type: string, name: string) => `${type}.${name}_${alias}`;
  const sim = (sims: Sims) => sims.get(alias)!;
  const rows = (sims: Sims, ns: string) => sim(sims).state.systemSettings.tables[ns as 'staticroute'].list();
  const pagerKey = (sims: Sims) =>
    (rows(sims, 'alertservice').find((row) => row['name'] === 'pager')?.['attributes'] as Record<string, unknown> | undefined)?.['service_key'];
  return {
    name: `truenas system settings on ${release.version}`,
    steps: [
      {
        config: system(alias, first),
        expect: Object.fromEntries(
          [
            'truenas_static_route.lab',
            'truenas_tunable.swappiness',
            'truenas_alert_service.slack',
            'truenas_alert_service.pagerduty',
            'truenas_mail_config.main',
            'truenas_network_config.main',
            'truenas_alert_policy.main',
          ].map((a) => [`${a}_${alias}`, 'create']),
        ),
        async check({ target, applied, plan, resource }) {
          const state = sim(target).state;
          assert.equal(pagerKey(target), 'pd-key-1', 'the write-only service key reached the server');
          assert.equal((await resource(at('truenas_alert_service', 'pagerduty'))).values.service_key, null, 'and is not in state');
          assert.equal(rows(target, 'staticroute')[0]?.['destination'], 'fd00:0020:0000:0000:0000:0000:0000:0000/64', 'the server keeps the exploded form');
          assert.equal(state.systemSettings.sysctls.get('vm.swappiness'), '10', 'the tunable is applied');
          assert.equal(rows(target, 'tunable')[0]?.['orig_value'], '60');
          const alert = rows(target, 'alertservice').find((row) => row['name'] === 'ops')!;
          assert.equal((alert['attributes'] as Record<string, unknown>)['type'], 'Slack');
          assert.equal(state.serviceConfigs['mail']?.['pass'], 'smtp-secret-1', 'the write-only password reached the server');
          assert.deepEqual(state.serviceConfigs['alertclasses']?.['classes'], { ZpoolCapacityWarning: { level: 'ERROR', policy: 'IMMEDIATELY' } });
          assert.match(plan, /Adopting the current mail settings/);
          const network = state.serviceConfigs['network.configuration']!;
          assert.deepEqual([network['hostname'], network['ipv4gateway'], network['nameserver2']], ['nas', '192.168.1.1', '9.9.9.9']);
          assert.equal((await resource(at('truenas_network_config', 'main'))).values.hostname_local, 'nas', 'what the server derives is read back');
          for (const secret of ['smtp-secret-1', 'services/one', 'pd-key-1'])
            assert.equal(applied.stdout.includes(secret), false, `${secret} stays out of the output`);
        },
      },
      {
        config: system(alias, second),
        expect: Object.fromEntries(
          [
            'truenas_static_route.lab',
            'truenas_ntp_server.router',
            'truenas_cronjob.trim',
            'truenas_init_script.fans',
            'truenas_tunable.swappiness',
            'truenas_reporting_exporter.graphite',
            'truenas_alert_service.slack',
            'truenas_alert_service.pagerduty',
            'truenas_mail_config.main',
            'truenas_network_config.main',
            'truenas_alert_policy.main',
          ].map((a) => [`${a}_${alias}`, 'update']),
        ),
        check({ target }) {
          const state = sim(target).state;
          assert.equal(rows(target, 'cronjob')[0]?.['schedule'] && (rows(target, 'cronjob')[0]!['schedule'] as Record<string, string>)['hour'], '4');
          assert.equal(state.systemSettings.sysctls.get('vm.swappiness'), '20', 'an update sets the kernel value too');
          assert.equal(rows(target, 'tunable')[0]?.['value'], '20');
          assert.equal(state.serviceConfigs['mail']?.['pass'], 'smtp-secret-2', 'a new pass_wo_version sends the new password');
          assert.equal(pagerKey(target), 'pd-key-2', 'a new secrets_wo_version sends the new key');
          assert.equal(state.serviceConfigs['mail']?.['port'], 465);
          assert.equal(rows(target, 'reporting.exporters')[0]?.['enabled'], false);
          const network = state.serviceConfigs['network.configuration']!;
          assert.deepEqual([network['hostname'], network['nameserver2']], ['nas2', ''], '"" clears a name server');
        },
      },
    ],
    imports: [
      { address: at('truenas_static_route', 'lab') },
      { address: at('truenas_ntp_server', 'router') },
      { address: at('truenas_cronjob', 'trim') },
      { address: at('truenas_init_script', 'fans') },
      { address: at('truenas_tunable', 'swappiness') },
      { address: at('truenas_reporting_exporter', 'graphite') },
      { address: at('truenas_alert_service', 'slack') },
      { address: at('truenas_alert_service', 'pagerduty'), unreadable: ['service_key', 'secrets_wo_version'] },
      { address: at('truenas_mail_config', 'main'), unreadable: ['pass_wo_version'] },
      { address: at('truenas_network_config', 'main') },
      { address: at('truenas_alert_policy', 'main') },
    ],
    leftovers(target) {
      const inventory = sim(target).state.inventory();
      const classes = sim(target).state.serviceConfigs['alertclasses']?.['classes'] as Record<string, unknown>;
      return [
        ...KINDS.flatMap((ns) => (inventory[`settings:${ns}`] ?? []).map((id) => `${ns} ${id}`)),
        ...Object.keys(classes).map((name) => `alert class override ${name}`),
        ...(sim(target).state.systemSettings.sysctls.get('vm.swappiness') === '60' ? [] : ['vm.swappiness not restored']),
      ];
    },
  };
}

interface Interfaces {
  lacpdu: string;
  pcp: number;
  stp: boolean;
  bridgeAliases: string;
  nicAddress: string;
  nicDescription: string;
}

/** A bond, a VLAN on a NIC whose settings are managed too, a bridge, and the list data source. */
function interfaces(alias: string, v: Interfaces): string {
  const p = `provider = truenas-${alias}`;
  return `
resource "truenas_network_interface" "nic_${alias}" {
  ${p}
  name        = "enp1s0"
  type        = "PHYSICAL"
  description = "${v.nicDescription}"
  aliases     = ["${v.nicAddress}/24"]
}
resource "truenas_network_interface" "bond_${alias}" {
  ${p}
  name         = "bond0"
  type         = "LINK_AGGREGATION"
  lag_protocol = "LACP"
  lag_ports    = ["enp3s0", "enp4s0"]
  lacpdu_rate  = "${v.lacpdu}"
  description  = "storage"
  aliases      = ["10.30.0.2/24"]
}
resource "truenas_network_interface" "vlan_${alias}" {
  ${p}
  name                  = "vlan20"
  type                  = "VLAN"
  vlan_parent_interface = truenas_network_interface.nic_${alias}.name
  vlan_tag              = 20
  vlan_pcp              = ${v.pcp}
  aliases               = ["10.20.0.2/24"]
}
resource "truenas_network_interface" "bridge_${alias}" {
  ${p}
  name           = "br0"
  type           = "BRIDGE"
  bridge_members = ["enp2s0"]
  stp            = ${v.stp}
  aliases        = [${v.bridgeAliases}]
}
data "truenas_network_interfaces" "virtual_${alias}" {
  ${p}
  name_regex = "^(br|bond|vlan)[0-9]+$"
  depends_on = [truenas_network_interface.bond_${alias}, truenas_network_interface.vlan_${alias}, truenas_network_interface.bridge_${alias}]
}
`;
}

const firstInterfaces: Interfaces = {
  lacpdu: 'SLOW',
  pcp: 0,
  stp: true,
  bridgeAliases: '"10.40.0.2/24"',
  nicAddress: '192.0.2.10',
  nicDescription: 'management',
};
const secondInterfaces: Interfaces = {
  ...firstInterfaces,
  lacpdu: 'FAST',
  pcp: 5,
  stp: false,
  bridgeAliases: '"10.40.0.2/24", "fd00:40::2/64"',
  nicDescription: 'mgmt',
};

function interfaceCase(release: Release): LifecycleCase<Sims> {
  const { alias } = release;
  const at = (name: string) => `truenas_network_interface.${name}_${alias}`;
  const sim = (sims: Sims) => sims.get(alias)!;
  const all = ['nic', 'bond', 'vlan', 'bridge'].map(at);
  return {
    name: `truenas network interfaces on ${release.version}`,
    steps: [
      {
        config: interfaces(alias, firstInterfaces),
        expect: Object.fromEntries(all.map((a) => [a, 'create'])),
        async check({ target, resource }) {
          const network = sim(target).state.network;
          assert.equal(network.hasPendingChanges(), false, 'every change was checked in');
          assert.equal(network.rollbackAt, null);
          assert.deepEqual([...network.applied.keys()].sort(), ['bond0', 'br0', 'enp1s0', 'vlan20'], 'committed: the kernel runs them');
          assert.deepEqual(network.applied.get('bond0')?.lag, {
            protocol: 'lacp',
            xmit_hash_policy: 'layer2+3',
            lacpdu_rate: 'slow',
            ports: ['enp3s0', 'enp4s0'],
          });
          assert.equal((await resource(at('bond'))).values.xmit_hash_policy, 'LAYER2+3', "the server's default is read back");
          assert.deepEqual((await resource(`data.truenas_network_interfaces.virtual_${alias}`)).values.names, ['bond0', 'br0', 'vlan20']);
        },
      },
      {
        config: interfaces(alias, secondInterfaces),
        expect: Object.fromEntries(all.map((a) => [a, 'update'])),
        // The management address moves away from the one the API is reached on: the provider
        // does not check the commit in, the server rolls it back, the state keeps the old address.
        refused: {
          config: interfaces(alias, { ...firstInterfaces, nicAddress: '192.0.2.99' }),
          prepare({ target }) {
            sim(target).faults.apiAddress = '192.0.2.10';
          },
          async check({ target, ws }, result) {
            const output = result.stdout + result.stderr;
            assert.match(output, /The API is unreachable after the network change/);
            assert.match(output, /interface enp1s0 \(aliases\)/);
            const s = sim(target);
            s.advanceClock(61_000);
            assert.deepEqual(s.state.network.configs.get('enp1s0')?.aliases, [{ type: 'INET', address: '192.0.2.10', netmask: 24 }], 'rolled back');
            assert.equal(s.state.network.hasPendingChanges(), false);
            const nic = (await ws.resources()).find((r) => r.address === at('nic'));
            assert.deepEqual(nic?.values.aliases, ['192.0.2.10/24'], 'the state keeps what the server holds after the rollback');
            s.faults.apiAddress = null;
          },
        },
        check({ target }) {
          const configs = sim(target).state.network.applied;
          assert.equal(configs.get('bond0')?.lag?.lacpdu_rate, 'fast');
          assert.equal(configs.get('vlan20')?.vlan?.pcp, 5);
          assert.deepEqual(configs.get('br0')?.bridge, { members: ['enp2s0'], stp: false, enable_learning: true });
          assert.equal(configs.get('br0')?.aliases.length, 2);
          assert.equal(configs.get('enp1s0')?.description, 'mgmt');
        },
      },
    ],
    imports: all.map((address) => ({ address })),
    leftovers(target) {
      const network = sim(target).state.network;
      return [
        ...(sim(target).state.inventory()['interfaces'] ?? []).map((name) => `interface ${name}`),
        ...(network.hasPendingChanges() ? ['pending changes'] : []),
      ];
    },
  };
}

describe('truenas system settings with terraform on every release', () => {
  let e2e: TrueNASReleasesE2e;
  before(async () => {
    // An interface in 192.168.1.0/24: the IPv4 gateway must be in the network of one.
    e2e = await startTrueNASReleases(releases, { interfaceAddresses: ['127.0.0.1', '192.168.1.10/24'] });
  });
  after(() => e2e?.close());

  it('creates, updates, imports and destroys every system setting and network interface; secrets stay out of the output; a network change that cuts the API off is rolled back', async () => {
    await runLifecycles({ ws: e2e.ws, providers: e2e.providers, target: e2e.sims }, [...releases.map(systemCase), ...releases.map(interfaceCase)]);
  });
});
