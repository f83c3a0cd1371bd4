// NVMe over Fabrics (all seven nvmet resources), truenas_iscsi_global and the SMB, FTP, SNMP,
// UPS, SSH and NFS settings with the real terraform against TrueNAS simulators of 25.04, 25.10 and 26.0, on the
// lifecycle harness in one workspace (a provider per release): create everything, update
// everything in place, import with an empty plan, destroy (the singletons leave their settings).
// NVMe-oF runs on 25.10 and 26.0; 25.04 refuses it at plan time, naming the release.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { startTrueNASReleases, TRUENAS_RELEASES, type TrueNASRelease, type TrueNASReleasesE2e } from '../providers/truenas/harness.js';
import { versionAtLeast } from '../../src/sim/truenas/version.js';

type Sims = Map<string, TrueNASSimulator>;

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

/** One release's configuration at a step (resource names end with the release's alias); NVMe-oF from 25.10. */
function config(release: TrueNASRelease, v: Step): string {
  const a = release.alias;
  const p = `provider = truenas-${a}`;
  return `${hasNvmet(release) ? nvmeConfig(a, p, v) : ''}
resource "truenas_iscsi_global" "main_${a}" {
  ${p}
  pool_avail_threshold = ${v.threshold}
  isns_servers         = []
}
resource "truenas_smb_config" "main_${a}" {
  ${p}
  netbiosname = "nas"
  workgroup   = "HOME"
  description = "${v.description}"
  ${versionAtLeast(release.version, '26') ? '' : 'enable_smb1 = false # gone in 26.0'}
}
resource "truenas_ftp_config" "main_${a}" {
  ${p}
  port    = 2121
  clients = ${v.clients}
}
resource "truenas_snmp_config" "main_${a}" {
  ${p}
  v3                     = true
  v3_username            = "monitor"
  v3_authtype            = "SHA"
  v3_password_wo         = "snmp-secret-${v.snmpVersion}"
  v3_password_wo_version = ${v.snmpVersion}
  location               = "${v.location}"
}
data "truenas_pools" "all_${a}" {
  ${p}
}
data "truenas_users" "admin_${a}" {
  ${p}
  name_regex = "^truenas_"
}
data "truenas_groups" "builtin_${a}" {
  ${p}
  name_regex = "^builtin_"
}
data "truenas_disks" "all_${a}" {
  ${p}
}
resource "truenas_ups_config" "main_${a}" {
  ${p}
  mode   = "MASTER"
  driver = "usbhid-ups$Back-UPS ES"
  port   = "auto"
  monpwd = "${v.monpwd}"
}
`;
}

function nvmeConfig(a: string, p: string, v: Step): string {
  return `
resource "truenas_zvol" "nvme0_${a}" {
  ${p}
  name    = "tank/nvme0"
  volsize = 1073741824
}
resource "truenas_nvmet_global" "main_${a}" {
  ${p}
  xport_referral = ${v.referral}
}
resource "truenas_nvmet_host" "pve1_${a}" {
  ${p}
  hostnqn                    = "nqn.2014-08.org.nvmexpress:uuid:0000-pve1"
  dhchap_key                 = "${KEY_1}"
  dhchap_hash                = "${v.hash}"
  dhchap_ctrl_key_wo         = "${KEY_2}"
  dhchap_ctrl_key_wo_version = 1
}
resource "truenas_nvmet_subsys" "vm_${a}" {
  ${p}
  name           = "vm-disks"
  allow_any_host = ${v.anyHost}
}
resource "truenas_nvmet_namespace" "disk0_${a}" {
  ${p}
  subsys_id   = truenas_nvmet_subsys.vm_${a}.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.nvme0_${a}.name}"
  enabled     = ${v.enabled}
}
resource "truenas_nvmet_port" "tcp_${a}" {
  ${p}
  addr_trtype  = "TCP"
  addr_traddr  = "0.0.0.0"
  addr_trsvcid = ${v.svcid}
}
resource "truenas_nvmet_host_subsys" "pve1_vm_${a}" {
  ${p}
  host_id   = truenas_nvmet_host.pve1_${a}.id
  subsys_id = truenas_nvmet_subsys.vm_${a}.id
}
resource "truenas_nvmet_port_subsys" "tcp_vm_${a}" {
  ${p}
  port_id   = truenas_nvmet_port.tcp_${a}.id
  subsys_id = truenas_nvmet_subsys.vm_${a}.id
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

const SETTINGS = ['iscsi_global', 'smb_config', 'ftp_config', 'snmp_config', 'ups_config'];
const NVMET = ['nvmet_host.pve1', 'nvmet_subsys.vm', 'nvmet_namespace.disk0', 'nvmet_port.tcp', 'nvmet_host_subsys.pve1_vm', 'nvmet_port_subsys.tcp_vm'];

/** NVMe over Fabrics came with 25.10. */
const hasNvmet = (release: TrueNASRelease): boolean => versionAtLeast(release.version, '25.10');

/** NVMe-oF on a 25.04 server: refused at plan time, nothing sent. */
const nvmetRefusedOn2504 = {
  config: `resource "truenas_nvmet_subsys" "old" {
  provider = truenas-v2504
  name     = "vm-disks"
}
resource "truenas_smb_config" "old" {
  provider         = truenas-v2504
  minimum_protocol = "SMB3"
}
`,
  check({ target }: { readonly target: Sims }, result: { readonly stdout: string; readonly stderr: string }) {
    const out = result.stdout + result.stderr;
    assert.match(out, /NVMe over Fabrics \(nvmet\) needs TrueNAS 25\.10 or later/);
    assert.match(out, /runs TrueNAS 25\.04/);
    assert.match(out, /minimum_protocol is not in TrueNAS 25\.04/);
    assert.equal(target.get('v2504')!.state.serviceConfigs['smb']?.['minimum_protocol'], 'SMB2', 'nothing was sent');
  },
};

function blockCase(release: TrueNASRelease): LifecycleCase<Sims> {
  const a = release.alias;
  const nvme = hasNvmet(release);
  const singletons = [...(nvme ? ['nvmet_global'] : []), ...SETTINGS].map((s) => `truenas_${s}.main_${a}`);
  const nvmet = nvme ? NVMET.map((n) => `truenas_${n}_${a}`) : [];
  const sim = (sims: Sims) => sims.get(a)!;
  return {
    name: `truenas ${nvme ? 'NVMe-oF, ' : ''}iSCSI global and service settings on ${release.version}`,
    steps: [
      {
        config: config(release, first),
        expect: Object.fromEntries([...singletons, ...nvmet].map((address) => [address, 'create'])),
        ...(release.alias === 'v2504' ? { refused: nvmetRefusedOn2504 } : {}),
        async check({ target, plan, applied, resource }) {
          const { state } = sim(target);
          if (nvme) {
            assert.match(plan, /Adopting the current nvmet\.global settings/);
            const [subsys] = state.nvmet.subsystems.list();
            const basenqn = String(state.serviceConfigs['nvmet.global']?.['basenqn']);
            assert.equal(subsys?.subnqn, `${basenqn}:vm-disks`, 'the server made the NQN from basenqn');
            const [ns] = state.nvmet.namespaces.list();
            assert.deepEqual([ns?.device_path, ns?.nsid, ns?.subsys_id], ['zvol/tank/nvme0', 1, subsys?.id]);
            assert.equal(state.nvmet.ports.list()[0]?.addr_adrfam, 'IPV4');
            const host = state.nvmet.hosts.list()[0];
            assert.deepEqual([host?.dhchap_key, host?.dhchap_ctrl_key], [KEY_1, KEY_2]);
            const saved = await resource(`truenas_nvmet_host.pve1_${a}`);
            assert.equal(saved.values['dhchap_ctrl_key'], null, 'a write-only key stays out of state');
            assert.equal(saved.sensitive_values?.['dhchap_key'], true);
          }
          assert.equal(state.iscsiGlobal.pool_avail_threshold, 80);
          assert.equal(state.serviceConfigs['smb']?.['netbiosname'], 'nas');
          assert.equal(
            (await resource(`truenas_smb_config.main_${a}`)).values['server_sid'],
            state.serviceConfigs['smb']?.['server_sid'],
            'server_sid is read',
          );
          assert.equal(state.serviceConfigs['ftp']?.['port'], 2121);
          assert.equal(state.serviceConfigs['snmp']?.['v3_password'], 'snmp-secret-1');
          assert.equal((await resource(`truenas_snmp_config.main_${a}`)).values['v3_password'], null);
          assert.equal(state.serviceConfigs['ups']?.['complete_identifier'], 'ups@localhost:3493');
          assert.deepEqual((await resource(`data.truenas_pools.all_${a}`)).values['names'], ['tank']);
          // Every release's user.query lists the synthetic container root among the local users.
          assert.deepEqual((await resource(`data.truenas_users.admin_${a}`)).values['names'], ['truenas_admin', 'truenas_container_unpriv_root']);
          assert.deepEqual((await resource(`data.truenas_groups.builtin_${a}`)).values['names'], ['builtin_administrators', 'builtin_guests', 'builtin_users']);
          const disks = (await resource(`data.truenas_disks.all_${a}`)).values['items'] as { name: string; pool: string }[];
          assert.deepEqual(
            disks.map((d) => [d.name, d.pool]),
            [['sda', 'tank']],
            'one simulated disk per pool',
          );
          for (const secret of [KEY_1, KEY_2, 'snmp-secret-1', 'ups-secret-1']) assert.equal((applied.stdout + applied.stderr).includes(secret), false);
        },
      },
      {
        config: config(release, second),
        expect: Object.fromEntries(
          [
            ...singletons,
            ...(nvme ? ['nvmet_host.pve1', 'nvmet_subsys.vm', 'nvmet_namespace.disk0', 'nvmet_port.tcp'].map((n) => `truenas_${n}_${a}`) : []),
          ].map((address) => [address, 'update']),
        ),
        check({ target }) {
          const { state } = sim(target);
          if (nvme) {
            assert.equal(state.serviceConfigs['nvmet.global']?.['xport_referral'], true);
            assert.equal(state.nvmet.hosts.list()[0]?.dhchap_hash, 'SHA-512');
            assert.equal(state.nvmet.subsystems.list()[0]?.allow_any_host, true);
            assert.equal(state.nvmet.namespaces.list()[0]?.enabled, false);
            assert.equal(state.nvmet.ports.list()[0]?.addr_trsvcid, 4421);
          }
          assert.equal(state.iscsiGlobal.pool_avail_threshold, 90);
          assert.equal(state.serviceConfigs['smb']?.['description'], 'lab nas');
          assert.equal(state.serviceConfigs['ftp']?.['clients'], 10);
          assert.deepEqual([state.serviceConfigs['snmp']?.['location'], state.serviceConfigs['snmp']?.['v3_password']], ['rack 2', 'snmp-secret-2']);
          assert.equal(state.serviceConfigs['ups']?.['monpwd'], 'ups-secret-2');
        },
      },
    ],
    imports: [
      ...singletons.filter((address) => !address.startsWith('truenas_snmp_config.')).map((address) => ({ address })),
      // The server gives the password back, but not which version of a write-only value was sent.
      { address: `truenas_snmp_config.main_${a}`, unreadable: ['v3_password', 'v3_password_wo_version'] },
      ...(nvme
        ? [
            { address: `truenas_nvmet_host.pve1_${a}`, unreadable: ['dhchap_ctrl_key', 'dhchap_ctrl_key_wo_version'] },
            ...nvmet.filter((address) => !address.startsWith('truenas_nvmet_host.')).map((address) => ({ address })),
          ]
        : []),
    ],
    leftovers(target) {
      const { state } = sim(target);
      const inventory = state.inventory();
      const kinds = ['nvmetHosts', 'nvmetSubsystems', 'nvmetNamespaces', 'nvmetPorts', 'nvmetHostSubsys', 'nvmetPortSubsys', 'zvols'];
      const left = kinds.flatMap((kind) => (inventory[kind] ?? []).map((id) => `${kind} ${String(id)}`));
      // Destroy leaves the settings as the last apply made them.
      if (state.serviceConfigs['ftp']?.['clients'] !== 10) left.push('ftp settings were reset on destroy');
      return left;
    },
  };
}

/**
 * The SSH and NFS settings: create adopts the current settings and changes only what is set (the
 * plan says so), update in place, import with an empty plan, destroy leaves the settings.
 */
function settings(alias: string, v: { port: number; protocols: string }): string {
  return `
resource "truenas_ssh_config" "main_${alias}" {
  provider     = truenas-${alias}
  tcpport      = ${v.port}
  passwordauth = false
}
resource "truenas_nfs_config" "main_${alias}" {
  provider  = truenas-${alias}
  protocols = [${v.protocols}]
}
`;
}

function serviceSettingsCase({ alias, version }: TrueNASRelease): LifecycleCase<Sims> {
  const ssh = `truenas_ssh_config.main_${alias}`;
  const nfs = `truenas_nfs_config.main_${alias}`;
  const state = (sims: Sims) => sims.get(alias)!.state;
  return {
    name: `truenas service settings on ${version}`,
    steps: [
      {
        config: settings(alias, { port: 2222, protocols: '"NFSV4"' }),
        expect: { [ssh]: 'create', [nfs]: 'create' },
        async check({ target, plan, resource }) {
          assert.match(plan, /Adopting the current ssh settings/);
          assert.equal(state(target).serviceConfigs['ssh']?.['tcpport'], 2222);
          assert.deepEqual(state(target).serviceConfigs['nfs']?.['protocols'], ['NFSV4']);
          const saved = await resource(ssh);
          assert.deepEqual(saved.values['weak_ciphers'], ['AES128-CBC', 'NONE'], 'unset attributes adopt the server values');
        },
      },
      {
        config: settings(alias, { port: 2200, protocols: '"NFSV3", "NFSV4"' }),
        expect: { [ssh]: 'update', [nfs]: 'update' },
        check({ target }) {
          assert.equal(state(target).serviceConfigs['ssh']?.['tcpport'], 2200);
          assert.deepEqual(state(target).serviceConfigs['nfs']?.['protocols'], ['NFSV3', 'NFSV4']);
        },
      },
    ],
    imports: [{ address: ssh }, { address: nfs }],
    // Destroy leaves the settings: what the last apply set is still there, and nothing else exists.
    leftovers: (sims) => (state(sims).serviceConfigs['ssh']?.['tcpport'] === 2200 ? [] : [`${version}: ssh settings were reset on destroy`]),
  };
}

describe('truenas NVMe-oF, iSCSI global and service settings with terraform on every release', () => {
  let e2e: TrueNASReleasesE2e;
  before(async () => {
    e2e = await startTrueNASReleases();
  });
  after(() => e2e?.close());

  it('creates, updates, imports and destroys them all on each release (the settings singletons adopted and left); 25.04 refuses NVMe-oF at plan time', async () => {
    await runLifecycles({ ws: e2e.ws, providers: e2e.providers, target: e2e.sims }, [
      ...TRUENAS_RELEASES.map(blockCase),
      ...TRUENAS_RELEASES.map(serviceSettingsCase),
    ]);
  });
});
