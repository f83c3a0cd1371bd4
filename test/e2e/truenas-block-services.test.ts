// NVMe over Fabrics (all seven nvmet resources), truenas_iscsi_global and the SMB, FTP, SNMP and
// UPS settings with the real terraform against a TrueNAS 25.10 simulator, on the lifecycle
// harness in one workspace: create everything, update everything in place, import with an empty
// plan, destroy (the singletons leave their settings). A 25.04 simulator beside it refuses
// NVMe-oF at plan time, naming the release.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { TRUENAS_KEY } from '../providers/truenas/harness.js';

interface Sims {
  readonly modern: TrueNASSimulator;
  readonly old: TrueNASSimulator;
}

/** A DH-HMAC-CHAP key as "nvme gen-dhchap-key" prints it (hash 00: any length, ends with ":"). */
const KEY_1 = `DHHC-1:00:${Buffer.alloc(32, 1).toString('base64')}:`;
const KEY_2 = `DHHC-1:00:${Buffer.alloc(32, 2).toString('base64')}:`;

interface Step {
  readonly referral: boolean;
  readonly hash: string;
  readonly anyHost: boolean;
  readonly enabled: boolean;
  readonly svcid: number;
  readonly threshold: number;
  readonly description: string;
  readonly clients: number;
  readonly location: string;
  readonly snmpVersion: number;
  readonly monpwd: string;
}

function config(v: Step): string {
  const p = 'provider = truenas.v2510';
  return `
resource "truenas_zvol" "nvme0" {
  ${p}
  name    = "tank/nvme0"
  volsize = 1073741824
}
resource "truenas_nvmet_global" "main" {
  ${p}
  xport_referral = ${v.referral}
}
resource "truenas_nvmet_host" "pve1" {
  ${p}
  hostnqn                    = "nqn.2014-08.org.nvmexpress:uuid:0000-pve1"
  dhchap_key                 = "${KEY_1}"
  dhchap_hash                = "${v.hash}"
  dhchap_ctrl_key_wo         = "${KEY_2}"
  dhchap_ctrl_key_wo_version = 1
}
resource "truenas_nvmet_subsys" "vm" {
  ${p}
  name           = "vm-disks"
  allow_any_host = ${v.anyHost}
}
resource "truenas_nvmet_namespace" "disk0" {
  ${p}
  subsys_id   = truenas_nvmet_subsys.vm.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.nvme0.name}"
  enabled     = ${v.enabled}
}
resource "truenas_nvmet_port" "tcp" {
  ${p}
  addr_trtype  = "TCP"
  addr_traddr  = "0.0.0.0"
  addr_trsvcid = ${v.svcid}
}
resource "truenas_nvmet_host_subsys" "pve1_vm" {
  ${p}
  host_id   = truenas_nvmet_host.pve1.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
resource "truenas_nvmet_port_subsys" "tcp_vm" {
  ${p}
  port_id   = truenas_nvmet_port.tcp.id
  subsys_id = truenas_nvmet_subsys.vm.id
}
resource "truenas_iscsi_global" "main" {
  ${p}
  pool_avail_threshold = ${v.threshold}
  isns_servers         = []
}
resource "truenas_smb_config" "main" {
  ${p}
  netbiosname = "nas"
  workgroup   = "HOME"
  description = "${v.description}"
  enable_smb1 = false
}
resource "truenas_ftp_config" "main" {
  ${p}
  port    = 2121
  clients = ${v.clients}
}
resource "truenas_snmp_config" "main" {
  ${p}
  v3                     = true
  v3_username            = "monitor"
  v3_authtype            = "SHA"
  v3_password_wo         = "snmp-secret-${v.snmpVersion}"
  v3_password_wo_version = ${v.snmpVersion}
  location               = "${v.location}"
}
data "truenas_pools" "all" {
  ${p}
}
data "truenas_users" "admin" {
  ${p}
  name_regex = "^truenas_"
}
data "truenas_groups" "builtin" {
  ${p}
  name_regex = "^builtin_"
}
data "truenas_disks" "all" {
  ${p}
}
resource "truenas_ups_config" "main" {
  ${p}
  mode   = "MASTER"
  driver = "usbhid-ups$Back-UPS ES"
  port   = "auto"
  monpwd = "${v.monpwd}"
}
`;
}

const first: Step = {
  referral: false,
  hash: 'SHA-256',
  anyHost: false,
  enabled: true,
  svcid: 4420,
  threshold: 80,
  description: 'lab',
  clients: 5,
  location: 'rack 1',
  snmpVersion: 1,
  monpwd: 'ups-secret-1',
};
const second: Step = {
  referral: true,
  hash: 'SHA-512',
  anyHost: true,
  enabled: false,
  svcid: 4421,
  threshold: 90,
  description: 'lab nas',
  clients: 10,
  location: 'rack 2',
  snmpVersion: 2,
  monpwd: 'ups-secret-2',
};

const SINGLETONS = ['nvmet_global', 'iscsi_global', 'smb_config', 'ftp_config', 'snmp_config', 'ups_config'];
const NVMET = ['nvmet_host.pve1', 'nvmet_subsys.vm', 'nvmet_namespace.disk0', 'nvmet_port.tcp', 'nvmet_host_subsys.pve1_vm', 'nvmet_port_subsys.tcp_vm'];

const blockCase: LifecycleCase<Sims> = {
  name: 'truenas NVMe-oF, iSCSI global and service settings on 25.10',
  steps: [
    {
      config: config(first),
      expect: Object.fromEntries([...SINGLETONS.map((s) => `truenas_${s}.main`), ...NVMET.map((n) => `truenas_${n}`)].map((a) => [a, 'create'])),
      refused: {
        // NVMe-oF on a 25.04 server: refused at plan time, nothing sent.
        config: `resource "truenas_nvmet_subsys" "old" {
  provider = truenas.v2504
  name     = "vm-disks"
}
resource "truenas_smb_config" "old" {
  provider         = truenas.v2504
  minimum_protocol = "SMB3"
}
`,
        check({ target }, result) {
          const out = result.stdout + result.stderr;
          assert.match(out, /NVMe over Fabrics \(nvmet\) needs TrueNAS 25\.10 or later/);
          assert.match(out, /runs TrueNAS 25\.04/);
          assert.match(out, /minimum_protocol is not in TrueNAS 25\.04/);
          assert.equal(target.old.state.serviceConfigs['smb']?.['minimum_protocol'], 'SMB2', 'nothing was sent');
        },
      },
      async check({ target: { modern }, plan, applied, resource }) {
        const { state } = modern;
        assert.match(plan, /Adopting the current nvmet\.global settings/);
        const [subsys] = state.nvmet.subsystems.list();
        const basenqn = String(state.serviceConfigs['nvmet.global']?.['basenqn']);
        assert.equal(subsys?.subnqn, `${basenqn}:vm-disks`, 'the server made the NQN from basenqn');
        const [ns] = state.nvmet.namespaces.list();
        assert.deepEqual([ns?.device_path, ns?.nsid, ns?.subsys_id], ['zvol/tank/nvme0', 1, subsys?.id]);
        assert.equal(state.nvmet.ports.list()[0]?.addr_adrfam, 'IPV4');
        const host = state.nvmet.hosts.list()[0];
        assert.deepEqual([host?.dhchap_key, host?.dhchap_ctrl_key], [KEY_1, KEY_2]);
        const saved = await resource('truenas_nvmet_host.pve1');
        assert.equal(saved.values['dhchap_ctrl_key'], null, 'a write-only key stays out of state');
        assert.equal(saved.sensitive_values?.['dhchap_key'], true);
        assert.equal(state.iscsiGlobal.pool_avail_threshold, 80);
        assert.equal(state.serviceConfigs['smb']?.['netbiosname'], 'nas');
        assert.equal(state.serviceConfigs['ftp']?.['port'], 2121);
        assert.equal(state.serviceConfigs['snmp']?.['v3_password'], 'snmp-secret-1');
        assert.equal((await resource('truenas_snmp_config.main')).values['v3_password'], null);
        assert.equal(state.serviceConfigs['ups']?.['complete_identifier'], 'ups@localhost:3493');
        assert.deepEqual((await resource('data.truenas_pools.all')).values['names'], ['tank']);
        assert.deepEqual((await resource('data.truenas_users.admin')).values['names'], ['truenas_admin']);
        assert.deepEqual((await resource('data.truenas_groups.builtin')).values['names'], ['builtin_administrators', 'builtin_guests', 'builtin_users']);
        const disks = (await resource('data.truenas_disks.all')).values['items'] as { name: string; pool: string }[];
        assert.deepEqual(
          disks.map((d) => [d.name, d.pool]),
          [['sda', 'tank']],
          'one simulated disk per pool',
        );
        for (const secret of [KEY_1, KEY_2, 'snmp-secret-1', 'ups-secret-1']) assert.equal((applied.stdout + applied.stderr).includes(secret), false);
      },
    },
    {
      config: config(second),
      expect: Object.fromEntries(
        [
          ...SINGLETONS.map((s) => `truenas_${s}.main`),
          'truenas_nvmet_host.pve1',
          'truenas_nvmet_subsys.vm',
          'truenas_nvmet_namespace.disk0',
          'truenas_nvmet_port.tcp',
        ].map((a) => [a, 'update']),
      ),
      check({ target: { modern } }) {
        const { state } = modern;
        assert.equal(state.serviceConfigs['nvmet.global']?.['xport_referral'], true);
        assert.equal(state.nvmet.hosts.list()[0]?.dhchap_hash, 'SHA-512');
        assert.equal(state.nvmet.subsystems.list()[0]?.allow_any_host, true);
        assert.equal(state.nvmet.namespaces.list()[0]?.enabled, false);
        assert.equal(state.nvmet.ports.list()[0]?.addr_trsvcid, 4421);
        assert.equal(state.iscsiGlobal.pool_avail_threshold, 90);
        assert.equal(state.serviceConfigs['smb']?.['description'], 'lab nas');
        assert.equal(state.serviceConfigs['ftp']?.['clients'], 10);
        assert.deepEqual([state.serviceConfigs['snmp']?.['location'], state.serviceConfigs['snmp']?.['v3_password']], ['rack 2', 'snmp-secret-2']);
        assert.equal(state.serviceConfigs['ups']?.['monpwd'], 'ups-secret-2');
      },
    },
  ],
  imports: [
    ...SINGLETONS.filter((s) => s !== 'snmp_config').map((s) => ({ address: `truenas_${s}.main` })),
    // The server gives the password back, but not which version of a write-only value was sent.
    { address: 'truenas_snmp_config.main', unreadable: ['v3_password', 'v3_password_wo_version'] },
    { address: 'truenas_nvmet_host.pve1', unreadable: ['dhchap_ctrl_key', 'dhchap_ctrl_key_wo_version'] },
    ...NVMET.filter((n) => n !== 'nvmet_host.pve1').map((n) => ({ address: `truenas_${n}` })),
  ],
  leftovers({ modern }) {
    const inventory = modern.state.inventory();
    const kinds = ['nvmetHosts', 'nvmetSubsystems', 'nvmetNamespaces', 'nvmetPorts', 'nvmetHostSubsys', 'nvmetPortSubsys', 'zvols'];
    const left = kinds.flatMap((kind) => (inventory[kind] ?? []).map((id) => `${kind} ${String(id)}`));
    // Destroy leaves the settings as the last apply made them.
    if (modern.state.serviceConfigs['ftp']?.['clients'] !== 10) left.push('ftp settings were reset on destroy');
    return left;
  },
};

describe('truenas NVMe-oF, iSCSI global and service settings with terraform', () => {
  let ws: Workspace;
  let sims: Sims;
  let providers = 'terraform {\n  required_providers {\n    truenas = { source = "truemox/truenas" }\n  }\n}\n';

  before(async () => {
    const start = (version: string) => startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, version });
    sims = { modern: await start('25.10.1'), old: await start('25.04.2') };
    for (const [alias, sim] of [
      ['v2510', sims.modern],
      ['v2504', sims.old],
    ] as const)
      providers += `provider "truenas" {\n  alias    = "${alias}"\n  endpoint = "${sim.url}"\n}\n`;
    ws = providerWorkspace({ TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
    ws.writeConfig(providers, 'main.tf');
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    await sims?.modern.stop();
    await sims?.old.stop();
  });

  it('creates, updates, imports and destroys them all on 25.10; 25.04 refuses NVMe-oF at plan time', async () => {
    await runLifecycles({ ws, providers, target: sims }, [blockCase]);
  });
});
